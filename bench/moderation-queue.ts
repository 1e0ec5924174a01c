// The moderation queue with 100,000 pending comments (issue 4 part 9): seeded on SQLite and
// on a throwaway PostgreSQL database, then GET /admin/moderation as a signed-in moderator,
// the first page and a page half-way down through the cursor, one request after another
// on loopback HTTP (a moderator's wait, not throughput): median and p95 per page.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { openDatabase, prepareDeps } from '../src/server.ts';
import { ensureDefaultSite } from '../src/sites/bootstrap.ts';
import { createArticle, createSection, createUser } from '../test/factories.ts';
import { makeDataDir, startSerai } from '../e2e/support/server.ts';
import { seedPendingComments, type QueueArticle } from './moderation-seed.ts';
import { createBenchDatabase } from './postgres.ts';

export interface QueuePageSpeed { label: string; medianMs: number; p95Ms: number; requests: number; bytes: number }

export interface ModerationQueueResult {
  engine: 'sqlite' | 'postgres';
  pending: number;
  seedSeconds: number;
  pages: QueuePageSpeed[];
}

const ARTICLES = 300;
const PAGE_ITEMS = 20;
const MODERATOR = { email: 'bench-moderator@example.test', password: 'bench moderator lantern' };

interface Seeded { deepAfter: string; depth: number }

async function seedArticles(deps: Awaited<ReturnType<typeof prepareDeps>>): Promise<QueueArticle[]> {
  const section = await createSection(deps, { name: 'Regions' });
  const articles: QueueArticle[] = [];
  for (let i = 0; i < ARTICLES; i++) {
    const row = await createArticle(deps, { sectionId: section.id, headline: `Valley news ${i + 1}: the cold store, the road and the bazaar`, slug: `valley-news-${i + 1}`, locale: i % 3 === 2 ? 'ru' : 'en' });
    articles.push({ id: row.id, siteId: row.site_id, locale: row.locale });
  }
  return articles;
}

/** The newsroom, the moderator and the comments; returns the cursor of a page half-way down the queue. */
async function seed(env: Record<string, string>, pending: number): Promise<Seeded> {
  const config = loadConfig({ ...env, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    await ensureDefaultSite(deps);
    await createUser(deps, { ...MODERATOR, role: 'moderator', displayName: 'Bench Moderator' });
    const articles = await seedArticles(deps);
    // SQLite's default 2 MB page cache spills the seed's one big transaction to disk again and again.
    if (deps.engine === 'sqlite') await sql`PRAGMA cache_size = -262144`.execute(deps.db);
    await seedPendingComments(deps.db, articles, pending, Date.now());
    // The page a moderator reaches by following "Next page" ~2,500 times: the cursor names its previous comment.
    const depth = Math.floor(pending / 2);
    const anchor = await deps.db.selectFrom('comments').select('id').where('site_id', '=', articles[0]!.siteId).where('queue', '=', 'pending')
      .orderBy('risk', 'desc').orderBy('created_at', 'desc').orderBy('id', 'desc').offset(depth).limit(1).executeTakeFirstOrThrow();
    return { deepAfter: anchor.id, depth };
  } finally {
    await database.close();
  }
}

function mergeCookies(...headers: string[][]): string {
  const jar = new Map<string, string>();
  for (const list of headers) for (const c of list) {
    const pair = c.split(';')[0]!;
    jar.set(pair.slice(0, pair.indexOf('=')), pair);
  }
  return [...jar.values()].join('; ');
}

/** Signs in through the real login form; returns the cookie header to send. */
async function signIn(baseUrl: string): Promise<string> {
  const form = await fetch(`${baseUrl}/admin/login`);
  const csrf = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  if (!csrf) throw new Error('no CSRF field on /admin/login');
  const anonymous = form.headers.getSetCookie();
  const res = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST', redirect: 'manual',
    headers: { cookie: mergeCookies(anonymous), origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: MODERATOR.email, password: MODERATOR.password }),
  });
  await res.arrayBuffer();
  if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
  return mergeCookies(anonymous, res.headers.getSetCookie());
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

/** `requests` GETs one after another (after a short warm-up); each must be the full queue page. */
async function timePage(url: string, cookie: string, label: string, requests: number): Promise<QueuePageSpeed> {
  const once = async () => {
    const started = performance.now();
    const res = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    const html = await res.text();
    const ms = performance.now() - started;
    const items = html.match(/<li class="moderation-item/g)?.length ?? 0;
    if (res.status !== 200 || items !== PAGE_ITEMS) throw new Error(`${label}: ${url} answered ${res.status} with ${items} comments, expected 200 with ${PAGE_ITEMS}`);
    return { ms, bytes: html.length };
  };
  for (let i = 0; i < 10; i++) await once();
  const runs: Array<{ ms: number; bytes: number }> = [];
  for (let i = 0; i < requests; i++) runs.push(await once());
  const times = runs.map((r) => r.ms).sort((a, b) => a - b);
  return { label, medianMs: percentile(times, 0.5), p95Ms: percentile(times, 0.95), requests, bytes: runs[0]!.bytes };
}

export async function measureModerationQueue(engine: 'sqlite' | 'postgres', pending: number, requests: number): Promise<ModerationQueueResult | undefined> {
  const dataDir = makeDataDir('serai-bench-queue-');
  const database = engine === 'postgres' ? await createBenchDatabase() : undefined;
  if (engine === 'postgres' && !database) return undefined;
  const env: Record<string, string> = { SERAI_DATA_DIR: dataDir, ...(database ? { SERAI_DATABASE_URL: database.url } : {}) };
  try {
    console.log(`- moderation queue on ${engine}: seeding ${pending.toLocaleString('en')} pending comments over ${ARTICLES} articles …`);
    const started = performance.now();
    const { deepAfter, depth } = await seed(env, pending);
    const seedSeconds = (performance.now() - started) / 1000;
    const server = await startSerai({ dataDir, env: { ...env, SERAI_LOG_LEVEL: 'warn' } });
    try {
      const cookie = await signIn(server.url);
      console.log(`- moderation queue on ${engine}: ${requests} requests per page, one at a time …`);
      const pages = [
        await timePage(`${server.url}/admin/moderation`, cookie, 'first page', requests),
        await timePage(`${server.url}/admin/moderation?after=${deepAfter}`, cookie, `page after ${depth.toLocaleString('en')} comments`, requests),
      ];
      return { engine, pending, seedSeconds, pages };
    } catch (error) {
      console.error(`--- server output ---\n${server.output()}`);
      throw error;
    } finally {
      await server.stop();
    }
  } finally {
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

export function printModerationQueue(results: ModerationQueueResult[]): void {
  for (const r of results) {
    const pages = r.pages.map((p) => `${p.label} median ${p.medianMs.toFixed(1)} ms, p95 ${p.p95Ms.toFixed(1)} ms`).join('; ');
    console.log(`moderation queue on ${r.engine} (${r.pending.toLocaleString('en')} pending, seeded in ${r.seedSeconds.toFixed(1)} s, ${r.pages[0]?.requests ?? 0} requests each): ${pages}`);
  }
}
