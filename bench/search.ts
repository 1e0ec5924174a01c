// Search over a generated corpus of 100,000 articles in English and Russian (issue 6: p95 under
// 50 ms on SQLite and PostgreSQL). Seeds rows and index in bulk, starts `serai serve` on the
// data, then GETs /{locale}/search one request after another (a reader's wait), over a mix of
// queries (bench/search-corpus.ts); reports median and p95 per engine.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { openDatabase, prepareDeps } from '../src/server.ts';
import { addSiteLocale } from '../test/public-fixtures.ts';
import { ensureDefaultSite } from '../src/sites/bootstrap.ts';
import { createSection, defaultSiteId } from '../test/factories.ts';
import { plainTextOfHtml } from '../src/search/plain-text.ts';
import { searchIndexOf, type SearchDocument } from '../src/search/search-index.ts';
import { makeDataDir, startSerai } from '../e2e/support/server.ts';
import { corpus, QUERIES } from './search-corpus.ts';
import { createBenchDatabase } from './postgres.ts';

export interface SearchSpeed { engine: 'sqlite' | 'postgres'; articles: number; seedSeconds: number; medianMs: number; p95Ms: number; requests: number }

const BATCH = 1000;
const NOW = Date.parse('2026-06-01T00:00:00Z');

export async function seed(env: Record<string, string>, count: number): Promise<void> {
  const config = loadConfig({ ...env, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    await ensureDefaultSite(deps);
    await addSiteLocale(deps, 'ru');
    const siteId = await defaultSiteId(deps);
    const section = await createSection(deps, { name: 'News' });
    if (deps.engine === 'sqlite') await sql`PRAGMA cache_size = -262144`.execute(deps.db);
    let rows: Array<Record<string, unknown>> = [];
    let docs: SearchDocument[] = [];
    const flush = async () => {
      await deps.db.transaction().execute(async (trx) => {
        await trx.insertInto('articles').values(rows as never).execute();
        await searchIndexOf(trx).putMany(trx, docs);
      });
      rows = [];
      docs = [];
    };
    let i = 0;
    for (const a of corpus(count)) {
      const id = `bench${String(i).padStart(8, '0')}`;
      const at = new Date(NOW - a.daysAgo * 86_400_000 - i * 1000).toISOString();
      // The body is plain paragraphs: what markdown-it would make of it, without its cost per article.
      const html = a.body.split('\n\n').map((p) => `<p>${p}</p>`).join('\n');
      rows.push({
        id, site_id: siteId, locale: a.locale, translation_group_id: id, slug: `a-${i}`, headline: a.headline, summary: a.summary,
        section_id: section.id, dateline: '', lead_media_id: null, lead_caption: '', lead_credit: '', lead_alt: '', body_md: a.body,
        body_html: html, status: 'published', publish_at: null, published_at: at, content_updated_at: null, created_by: null,
        created_at: at, updated_at: at, version: 1,
      });
      docs.push({ articleId: id, siteId, locale: a.locale, sectionId: section.id, publishedAt: at, headline: a.headline, summary: a.summary, body: plainTextOfHtml(html), extra: 'News' });
      if (rows.length === BATCH) await flush();
      i++;
    }
    if (rows.length) await flush();
    if (deps.engine === 'postgres') await sql`analyze`.execute(deps.db);
  } finally {
    await database.close();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function timeQueries(baseUrl: string, requests: number): Promise<number[]> {
  const once = async (n: number) => {
    const { locale, q } = QUERIES[n % QUERIES.length]!;
    const started = performance.now();
    const res = await fetch(`${baseUrl}/${locale}/search?q=${encodeURIComponent(q)}`);
    const html = await res.text();
    const ms = performance.now() - started;
    if (res.status !== 200 || !html.includes('class="search-hit"')) throw new Error(`search "${q}" answered ${res.status} without results`);
    return ms;
  };
  for (let n = 0; n < QUERIES.length; n++) await once(n);
  const times: number[] = [];
  for (let n = 0; n < requests; n++) times.push(await once(n));
  return times.sort((a, b) => a - b);
}

export async function measureSearch(engine: 'sqlite' | 'postgres', count: number, requests: number): Promise<SearchSpeed | undefined> {
  const dataDir = makeDataDir('serai-bench-search-');
  const database = engine === 'postgres' ? await createBenchDatabase() : undefined;
  if (engine === 'postgres' && !database) return undefined;
  const env: Record<string, string> = { SERAI_DATA_DIR: dataDir, ...(database ? { SERAI_DATABASE_URL: database.url } : {}) };
  try {
    console.log(`- search on ${engine}: generating ${count.toLocaleString('en')} articles …`);
    const started = performance.now();
    await seed(env, count);
    const seedSeconds = (performance.now() - started) / 1000;
    const server = await startSerai({ dataDir, env: { ...env, SERAI_LOG_LEVEL: 'warn' }, timeoutMs: 120_000 });
    try {
      console.log(`- search on ${engine}: ${requests} searches, one at a time …`);
      const times = await timeQueries(server.url, requests);
      return { engine, articles: count, seedSeconds, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), requests };
    } finally {
      await server.stop();
    }
  } finally {
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printSearch(results: SearchSpeed[]): void {
  for (const r of results) {
    console.log(`search on ${r.engine} (${r.articles.toLocaleString('en')} articles, seeded in ${r.seedSeconds.toFixed(1)} s): median ${r.medianMs.toFixed(1)} ms, p95 ${r.p95Ms.toFixed(1)} ms over ${r.requests} requests`);
  }
}

/** Issue 6: search p95 under 50 ms with 100,000 articles, on each engine. */
export const SEARCH_P95_MS_TARGET = 50;

const setting = (name: string, fallback: number, min: number, max: number): number => {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
};

export const searchSettings = () => ({
  articles: setting('BENCH_SEARCH_ARTICLES', 100_000, 1_000, 1_000_000), requests: setting('BENCH_SEARCH_REQUESTS', 200, 12, 10_000),
});

/** SQLite, then PostgreSQL when one answers; a failed engine is reported as an error, the other still runs. */
export async function measureSearches(errors: string[]): Promise<SearchSpeed[]> {
  const { articles, requests } = searchSettings();
  const results: SearchSpeed[] = [];
  for (const engine of ['sqlite', 'postgres'] as const) {
    try {
      const result = await measureSearch(engine, articles, requests);
      if (result) results.push(result);
    } catch (error) {
      errors.push(`search on ${engine}: ${(error as Error).message}`);
    }
  }
  return results;
}

export function searchTargets(results: SearchSpeed[]): Array<{ name: string; description: string; ratio: number; minimum: number; met: boolean }> {
  return results.map((r) => ({
    name: `search-${r.engine}`, description: `search over ${r.articles.toLocaleString('en')} articles on ${r.engine}, p95 ms (${r.p95Ms.toFixed(1)} ms) vs ${SEARCH_P95_MS_TARGET} ms`,
    ratio: SEARCH_P95_MS_TARGET / r.p95Ms, minimum: 1, met: r.p95Ms < SEARCH_P95_MS_TARGET,
  }));
}
