// `npm run bench`: the article page served from Serai's page cache and rendered from the
// database, beside a raw node:http server sending the same bytes, in the same run.
// autocannon runs here; every server runs in its own child process, one at a time.
// Exits non-zero only when something broke (errors, non-2xx answers), not on missed targets.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeDataDir, startSerai, type SeraiProcess } from '../e2e/support/server.ts';
import { measure, type LoadOptions } from './load.ts';
import { record, startRawServer, type RecordedResponse } from './processes.ts';
import { printTable, printTargets, writeResults, type CaseResult, type Target } from './report.ts';
import { measureCommentPosts, type CommentPostResult } from './comment-posts.ts';
import { measureThreadPages, type ThreadPageResult } from './thread-page.ts';
import { measureScreening, type ScreeningSpeed } from './screening.ts';
import { measureModerationQueue, printModerationQueue, type ModerationQueueResult } from './moderation-queue.ts';
import { measureSearches, printSearch, searchSettings, searchTargets } from './search.ts';
import { clusterProblems, clusterTargets, measureCluster, printCluster } from './cluster-case.ts';

const RESULTS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'results/latest.json');
const CACHED_TARGET = 0.6;
const UNCACHED_TARGET = 0.1;
const COMMENTS_PER_SECOND_TARGET = 1000;
const LARGE_THREAD_TARGET = 0.9;
const SCREENING_MEDIAN_MS_TARGET = 2;
const QUEUE_PAGE_P95_MS_TARGET = 200;

class SettingError extends Error {}

function whole(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new SettingError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function readSettings(): LoadOptions {
  const seconds = whole('BENCH_SECONDS', 10, 1, 120);
  return { seconds, warmupSeconds: Math.min(2, seconds), connections: whole('BENCH_CONNECTIONS', 50, 1, 500) };
}

const commentAmount = () => whole('BENCH_COMMENTS', 10_000, 100, 1_000_000);
const queueSettings = () => ({ pending: whole('BENCH_QUEUE_COMMENTS', 100_000, 1_000, 1_000_000), requests: whole('BENCH_QUEUE_REQUESTS', 100, 10, 10_000) });
// Request logs would measure pino and the pipe to this process, not the page: warnings only.
const SERVER_ENV = { SERAI_LOG_LEVEL: 'warn' };

/** The first article linked from the home page: the demo's lead story. */
async function findArticlePath(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}/`);
  const html = await res.text();
  const match = /href="(\/[a-z]{2,3}(?:-[A-Za-z0-9]+)?\/articles\/[^"?#]+)"/.exec(html);
  if (!match) throw new Error(`no article link on the home page (${res.url} answered ${res.status}): did the demo seed run?`);
  return match[1]!;
}

async function withSerai<T>(dataDir: string, env: Record<string, string>, args: string[], use: (server: SeraiProcess) => Promise<T>): Promise<T> {
  const server = await startSerai({ dataDir, args, env: { ...SERVER_ENV, ...env } });
  try {
    return await use(server);
  } catch (error) {
    console.error(`--- server output ---\n${server.output()}`);
    throw error;
  } finally {
    await server.stop();
  }
}

async function runCase(load: LoadOptions, name: string, label: string, url: string, pid: number): Promise<CaseResult> {
  console.log(`- ${label}: ${load.warmupSeconds} s warm-up, ${load.seconds} s measured, ${load.connections} connections …`);
  return { name, label, ...(await measure(url, pid, load)) };
}

function problemsOf(c: CaseResult, expectedBytes: number): string[] {
  const problems: string[] = [];
  if (c.errors || c.timeouts) problems.push(`${c.label}: ${c.errors} errors, ${c.timeouts} timeouts`);
  if (c.non2xx) problems.push(`${c.label}: ${c.non2xx} non-2xx answers (${JSON.stringify(c.statusCodes)})`);
  if (c.responses === 0) problems.push(`${c.label}: no responses`);
  // A different size means a different page (an error page, a redirect), not the one under test.
  else if (Math.abs(c.bytesPerResponse - expectedBytes) > expectedBytes * 0.05) problems.push(`${c.label}: ${c.bytesPerResponse} bytes per response, expected about ${expectedBytes}`);
  return problems;
}

interface ArticleCases {
  articlePath: string;
  baseline: CaseResult;
  cached: CaseResult;
  uncached: CaseResult;
}

/** Seeds the demo, records the lead article page, and measures the three servers one after another. */
async function measureArticlePage(load: LoadOptions, dataDir: string): Promise<ArticleCases> {
  let articlePath = '';
  let page: RecordedResponse | undefined;
  const cached = await withSerai(dataDir, {}, ['--demo-if-empty'], async (server) => {
    articlePath = await findArticlePath(server.url);
    page = await record(`${server.url}${articlePath}`);
    if (page.status !== 200) throw new Error(`${articlePath} answered ${page.status}`);
    console.log(`article page: ${articlePath} (${Buffer.from(page.bodyBase64, 'base64').length} bytes of HTML; headers: ${Object.keys(page.headers).join(', ')})`);
    return runCase(load, 'cached', 'article, page cache', `${server.url}${articlePath}`, server.pid);
  });
  const raw = await startRawServer(page!);
  const baseline = await runCase(load, 'raw', 'raw node:http, same bytes', `${raw.url}${articlePath}`, raw.pid).finally(() => raw.stop());
  const uncached = await withSerai(dataDir, { SERAI_PAGE_CACHE: 'false' }, [], (server) =>
    runCase(load, 'uncached', 'article, from database', `${server.url}${articlePath}`, server.pid));
  return { articlePath, baseline, cached, uncached };
}

function targetsOf({ baseline, cached, uncached }: ArticleCases): Target[] {
  return [
    { name: 'cached', description: 'article page from the page cache vs raw node:http (req/s)', ratio: cached.requestsPerSecond / baseline.requestsPerSecond, minimum: CACHED_TARGET },
    { name: 'uncached', description: 'article page from the database vs raw node:http (req/s)', ratio: uncached.requestsPerSecond / baseline.requestsPerSecond, minimum: UNCACHED_TARGET },
  ].map((t) => ({ ...t, met: t.ratio >= t.minimum }));
}

function commentProblems(results: CommentPostResult[]): string[] {
  return results.flatMap((r) => [
    ...(r.lost ? [`comments on ${r.engine}: ${r.lost} answered 303 but not stored`] : []),
    ...(r.duplicated ? [`comments on ${r.engine}: ${r.duplicated} stored twice`] : []),
    ...(r.unacknowledged ? [`comments on ${r.engine}: ${r.unacknowledged} stored without a 303 answer`] : []),
    ...(Object.keys(r.otherAnswers).length ? [`comments on ${r.engine}: answers other than 303: ${JSON.stringify(r.otherAnswers)}`] : []),
  ]);
}

function printComments(results: CommentPostResult[]): void {
  for (const r of results) {
    const cpu = r.serverCpuMicrosPerComment === null ? 'n/a' : `${r.serverCpuMicrosPerComment.toFixed(0)} µs CPU each`;
    console.log(`comments on ${r.engine}: ${r.acceptedPerSecond.toFixed(0)} accepted/s (${r.accepted} of ${r.sent} answered 303, p99 ${r.latencyP99Ms} ms, ${cpu}); rows stored ${r.rowsStored}: lost ${r.lost}, duplicated ${r.duplicated}, unacknowledged ${r.unacknowledged}`);
  }
}

function engagementTargets(comments: CommentPostResult[], thread: ThreadPageResult): Target[] {
  const sqlite = comments.find((c) => c.engine === 'sqlite');
  return [
    ...(sqlite ? [{ name: 'comments-sqlite', description: `accepted comment POSTs per second on SQLite vs ${COMMENTS_PER_SECOND_TARGET}`, ratio: sqlite.acceptedPerSecond / COMMENTS_PER_SECOND_TARGET, minimum: 1 }] : []),
    { name: 'large-thread', description: 'article page with 10,000 comments vs with 10 (req/s, from the database)', ratio: thread.large.requestsPerSecond / thread.small.requestsPerSecond, minimum: LARGE_THREAD_TARGET },
  ].map((t) => ({ ...t, met: t.ratio >= t.minimum }));
}

function screeningTargets(speeds: ScreeningSpeed[]): Target[] {
  const slowest = Math.max(...speeds.map((s) => s.medianMs));
  // Ratio ≥ 1 means under the limit: the target over the slowest sample's median.
  return [{ name: 'screening', description: `screening a 1,500-character comment, median ms (slowest sample ${slowest.toFixed(2)} ms) vs ${SCREENING_MEDIAN_MS_TARGET} ms`, ratio: SCREENING_MEDIAN_MS_TARGET / slowest, minimum: 1, met: slowest < SCREENING_MEDIAN_MS_TARGET }];
}

function queueTargets(results: ModerationQueueResult[]): Target[] {
  if (results.length === 0) return [];
  const slowest = Math.max(...results.flatMap((r) => r.pages.map((p) => p.p95Ms)));
  const pending = results[0]!.pending.toLocaleString('en');
  return [{ name: 'moderation-queue', description: `moderation queue page with ${pending} pending comments, p95 ms (slowest page and engine ${slowest.toFixed(1)} ms) vs ${QUEUE_PAGE_P95_MS_TARGET} ms`, ratio: QUEUE_PAGE_P95_MS_TARGET / slowest, minimum: 1, met: slowest < QUEUE_PAGE_P95_MS_TARGET }];
}

/** SQLite, then PostgreSQL when one answers; a failed engine is reported as an error, the other still runs. */
async function measureQueues(errors: string[]): Promise<ModerationQueueResult[]> {
  const { pending, requests } = queueSettings();
  const results: ModerationQueueResult[] = [];
  for (const engine of ['sqlite', 'postgres'] as const) {
    try {
      const result = await measureModerationQueue(engine, pending, requests);
      if (result) results.push(result);
    } catch (error) {
      errors.push(`moderation queue on ${engine}: ${(error as Error).message}`);
    }
  }
  return results;
}

async function main(): Promise<number> {
  const load = readSettings();
  const dataDir = makeDataDir('serai-bench-');
  try {
    console.log(`Serai benchmark: autocannon on 127.0.0.1, ${load.connections} connections, ${load.seconds} s per case (BENCH_SECONDS)`);
    const article = await measureArticlePage(load, dataDir);
    const cases = [article.baseline, article.cached, article.uncached];
    const errors = cases.flatMap((c) => problemsOf(c, article.baseline.bytesPerResponse));
    const comments = [await measureCommentPosts(load, 'sqlite', commentAmount()), await measureCommentPosts(load, 'postgres', commentAmount())]
      .filter((r): r is CommentPostResult => r !== undefined);
    const thread = await measureThreadPages(load);
    const threadCases: CaseResult[] = [{ name: 'thread-10', label: 'article, 10 comments, from database', ...thread.small }, { name: 'thread-10000', label: 'article, 10,000 comments, from database', ...thread.large }];
    errors.push(...commentProblems(comments), ...threadCases.flatMap((c) => problemsOf(c, c.bytesPerResponse)));
    console.log('- screening 1,500-character comments in this process …');
    const screening = measureScreening();
    const queues = await measureQueues(errors);
    const searches = await measureSearches(errors);
    const cluster = await measureCluster(load);
    errors.push(...clusterProblems(cluster));
    const targets = [...targetsOf(article), ...engagementTargets(comments, thread), ...screeningTargets(screening), ...queueTargets(queues), ...searchTargets(searches), ...clusterTargets(cluster)];
    console.log('');
    printTable([...cases, ...threadCases], article.baseline);
    console.log('');
    printComments(comments);
    for (const s of screening) console.log(`screening (${s.label}): median ${s.medianMs.toFixed(2)} ms, p95 ${s.p95Ms.toFixed(2)} ms`);
    printModerationQueue(queues);
    printSearch(searches);
    printCluster(cluster);
    console.log('');
    printTargets(targets);
    const results = { settings: { ...load, articlePath: article.articlePath, commentAmount: commentAmount(), queue: queueSettings(), search: searchSettings() }, cases: [...cases, ...threadCases], targets, errors, comments, screening, moderationQueue: queues, search: searches, cluster };
    writeResults(RESULTS_FILE, results);
    console.log(`\nresults: ${path.relative(process.cwd(), RESULTS_FILE)}`);
    for (const e of errors) console.error(`ERROR ${e}`);
    return errors.length ? 1 : 0;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // A bad setting is a one-line message; anything else keeps its stack for whoever debugs it.
  const message = error instanceof SettingError ? error.message : ((error as Error).stack ?? String(error));
  console.error(`bench failed: ${message}`);
  process.exitCode = 1;
}
