// Scale-out on one machine (issue 7 part 6): PostgreSQL + a private Redis, the demo article page
// and comment POSTs on 1 node vs 2 nodes (load split over them, answers summed), the page from
// the page cache vs rendered each time (a third node with SERAI_PAGE_CACHE=false), and each
// node's resident memory under load (target ≤ 150 MB).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeDataDir, REPO_ROOT, startSerai, type SeraiProcess } from '../e2e/support/server.ts';
import { startPrivateRedis } from '../test/redis.ts';
import { loadSplit, rssMb, type SplitLoad } from './cluster-load.ts';
import { formOf, OPEN_LIMITS } from './comment-posts.ts';
import type { LoadOptions } from './load.ts';
import { createBenchDatabase } from './postgres.ts';
import type { Target } from './report.ts';

export interface ClusterBenchResult {
  articlePath: string;
  seconds: number;
  pages: { oneNode: SplitLoad; twoNodes: SplitLoad; uncachedOneNode: SplitLoad };
  comments: { oneNode: SplitLoad; twoNodes: SplitLoad };
  maxRssMb: number | null;
  /** RSS of a node just started, before any load (the floor under the figure above). */
  idleRssMb: number | null;
}

const RSS_TARGET_MB = 150;
/** Two nodes must not be slower than one (on two shared cores they cannot be twice as fast). */
const TWO_NODE_TARGET = 0.9;
/** Undefined when PostgreSQL is not reachable (reported as not run, like the other PostgreSQL cases). */
export async function measureCluster(load: LoadOptions): Promise<ClusterBenchResult | undefined> {
  const database = await createBenchDatabase();
  if (!database) return undefined;
  const redis = await startPrivateRedis();
  const dirs: string[] = [];
  const servers: SeraiProcess[] = [];
  const env = { ...OPEN_LIMITS, SERAI_DATABASE_URL: database.url, SERAI_REDIS_URL: redis.url, SERAI_REDIS_PREFIX: 'serai_bench:' };
  const start = async (args: string[], extra: Record<string, string> = {}) => {
    const dataDir = makeDataDir('serai-bench-node-');
    dirs.push(dataDir);
    const server = await startSerai({ dataDir, args, env: { ...env, ...extra } });
    servers.push(server);
    return server;
  };
  try {
    // The demo is seeded by its own short-lived process (`serai seed-demo`), so no node under
    // measurement carries the seeding's memory: each starts as a production node would.
    const seedDir = makeDataDir('serai-bench-seed-');
    dirs.push(seedDir);
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'bin/serai.js'), 'seed-demo'], {
      cwd: seedDir, timeout: 180_000, stdio: ['ignore', 'ignore', 'inherit'],
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? seedDir, SERAI_DATA_DIR: seedDir, ...env, SERAI_LOG_LEVEL: 'warn' },
    });
    const a = await start([]);
    const b = await start([]);
    const uncached = await start([], { SERAI_PAGE_CACHE: 'false' });
    const idle = [rssMb(a.pid), rssMb(b.pid)].filter((m): m is number => m !== null);
    const { articlePath, token } = await formOf(a.url);
    const pageOptions = { seconds: load.seconds, warmupSeconds: load.warmupSeconds, connections: load.connections };
    const step = (label: string) => console.log(`- cluster (PostgreSQL + Redis): ${label}, ${load.warmupSeconds} s warm-up, ${load.seconds} s measured, ${load.connections} connections …`);
    step('article page, 1 node');
    const oneNode = await loadSplit([a], articlePath, pageOptions);
    step('article page, 2 nodes');
    const twoNodes = await loadSplit([a, b], articlePath, pageOptions);
    step('article page without page cache, 1 node');
    const uncachedOneNode = await loadSplit([uncached], articlePath, pageOptions);
    const post = {
      method: 'POST', accepted: 303, headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `name=Bench+Reader&email=bench-[<id>]%40example.org&token=${encodeURIComponent(token)}&body=${encodeURIComponent('Bench comment ')}[<id>]+${encodeURIComponent('with some text, as readers write it.')}`,
    };
    const postOptions = { ...pageOptions, warmupSeconds: 0 };
    step('comment POSTs, 1 node');
    const commentsOne = await loadSplit([a], `${articlePath}/comments`, postOptions, post);
    step('comment POSTs, 2 nodes');
    const commentsTwo = await loadSplit([a, b], `${articlePath}/comments`, postOptions, post);
    const all = [oneNode, twoNodes, uncachedOneNode, commentsOne, commentsTwo];
    const rss = all.map((r) => r.maxRssMb).filter((m): m is number => m !== null);
    return {
      articlePath, seconds: load.seconds,
      pages: { oneNode, twoNodes, uncachedOneNode }, comments: { oneNode: commentsOne, twoNodes: commentsTwo },
      maxRssMb: rss.length ? Math.max(...rss) : null, idleRssMb: idle.length ? Math.max(...idle) : null,
    };
  } catch (error) {
    for (const s of servers) console.error(`--- server output ---\n${s.output().slice(-3_000)}`);
    throw error;
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    await redis.stop();
    await database.drop();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function clusterProblems(r: ClusterBenchResult | undefined): string[] {
  if (!r) return [];
  const check = (label: string, s: SplitLoad, ok: string) => {
    const { [ok]: _fine, ...others } = s.statusCodes;
    return [
      ...(s.errors || s.timeouts ? [`cluster ${label}: ${s.errors} errors, ${s.timeouts} timeouts`] : []),
      ...(Object.keys(others).length ? [`cluster ${label}: answers other than ${ok}: ${JSON.stringify(others)}`] : []),
      ...(s.responses === 0 ? [`cluster ${label}: no responses`] : []),
    ];
  };
  return [
    ...check('page 1 node', r.pages.oneNode, '200'), ...check('page 2 nodes', r.pages.twoNodes, '200'),
    ...check('page uncached', r.pages.uncachedOneNode, '200'),
    ...check('comments 1 node', r.comments.oneNode, '303'), ...check('comments 2 nodes', r.comments.twoNodes, '303'),
  ];
}

export function clusterTargets(r: ClusterBenchResult | undefined): Target[] {
  if (!r) return [];
  const targets = [
    { name: 'cluster-pages', description: 'article page req/s, 2 nodes vs 1 node (PostgreSQL + Redis, 2 shared cores)', ratio: r.pages.twoNodes.requestsPerSecond / r.pages.oneNode.requestsPerSecond, minimum: TWO_NODE_TARGET },
    { name: 'cluster-comments', description: 'accepted comment POSTs/s, 2 nodes vs 1 node (PostgreSQL + Redis, 2 shared cores)', ratio: r.comments.twoNodes.acceptedPerSecond / r.comments.oneNode.acceptedPerSecond, minimum: TWO_NODE_TARGET },
    ...(r.maxRssMb === null ? [] : [{ name: 'cluster-rss', description: `highest RSS of a node under load (${r.maxRssMb.toFixed(0)} MB) vs ${RSS_TARGET_MB} MB`, ratio: RSS_TARGET_MB / r.maxRssMb, minimum: 1 }]),
  ];
  return targets.map((t) => ({ ...t, met: t.ratio >= t.minimum }));
}

const fmt = (n: number | null, digits = 0) => (n === null ? 'n/a' : n.toFixed(digits));

export function printCluster(r: ClusterBenchResult | undefined): void {
  if (!r) {
    console.log('cluster (PostgreSQL + Redis): not run (no PostgreSQL)');
    return;
  }
  const rows: Array<[string, SplitLoad, 'req' | 'accepted']> = [
    ['article page, page cache, 1 node', r.pages.oneNode, 'req'], ['article page, page cache, 2 nodes', r.pages.twoNodes, 'req'],
    ['article page, no page cache, 1 node', r.pages.uncachedOneNode, 'req'],
    ['comment POSTs accepted, 1 node', r.comments.oneNode, 'accepted'], ['comment POSTs accepted, 2 nodes', r.comments.twoNodes, 'accepted'],
  ];
  console.log(`cluster (PostgreSQL + Redis, ${r.articlePath}):`);
  for (const [label, s, kind] of rows) {
    const rate = kind === 'req' ? s.requestsPerSecond : s.acceptedPerSecond;
    console.log(`  ${label.padEnd(38)} ${fmt(rate).padStart(7)}/s  p99 ${fmt(s.latencyP99Ms, 1).padStart(6)} ms  CPU ${fmt(s.serverCpuMicrosPerRequest).padStart(6)} µs/req  max RSS ${fmt(s.maxRssMb)} MB`);
  }
  console.log(`  RSS of a node: ${fmt(r.idleRssMb)} MB just started, ${fmt(r.maxRssMb)} MB at most under load`);
  const hit = r.pages.oneNode.serverCpuMicrosPerRequest;
  const miss = r.pages.uncachedOneNode.serverCpuMicrosPerRequest;
  if (hit !== null && miss !== null) console.log(`  cache miss costs ${fmt(miss)} µs CPU per request vs ${fmt(hit)} µs for a hit (${(miss / hit).toFixed(1)}×)`);
}
