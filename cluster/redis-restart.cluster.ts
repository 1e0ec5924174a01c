// Redis stops mid-run and comes back. Meanwhile pages keep answering 200, comments keep being
// accepted, rate limits still hold (each node falls back to counting in process), /readyz says
// Redis is down, and approvals still reach other nodes' live streams (by polling the event log);
// when Redis returns, /readyz recovers and live updates flow through pub/sub again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputOf, startCluster, type Cluster, type ClusterNode } from './support/cluster.ts';
import { postHeldComment, uniqueText } from './support/comments.ts';
import { approveComment, formToken, postComment, signIn, waitFor, type StaffAgent } from './support/http.ts';
import { isConnectionError } from './support/load.ts';
import { connectSse } from './support/sse.ts';

const LOOP_MAX_ROUNDS = 3_000;
const LOOP_MAX_MS = 120_000;
const LOW_LIMIT = 3;

interface Tally { pages: Record<string, number>; posts: Record<string, number> }

/** Page GETs and comment POSTs against both nodes, one after another, until stopped (bounded anyway). */
function backgroundTraffic(cluster: Cluster) {
  const tally: Tally = { pages: {}, posts: {} };
  let stopped = false;
  const count = (where: Record<string, number>, key: string) => { where[key] = (where[key] ?? 0) + 1; };
  const { path } = cluster.newsroom.article;
  const done = (async () => {
    const deadline = Date.now() + LOOP_MAX_MS;
    for (let round = 0; round < LOOP_MAX_ROUNDS && !stopped && Date.now() < deadline; round++) {
      const node = cluster.nodes[round % cluster.nodes.length]!;
      try {
        const page = await fetch(`${node.url}${path}`, { signal: AbortSignal.timeout(10_000) });
        await page.arrayBuffer();
        count(tally.pages, String(page.status));
        if (round % 4 === 0) {
          const token = await formToken(node.url, path);
          const res = await postComment(node.url, path, { name: 'Aibek', email: `loop-${round}@example.test`, body: uniqueText('background'), token });
          await res.arrayBuffer();
          count(tally.posts, String(res.status));
        }
      } catch (error) {
        count(tally.pages, isConnectionError(error) ? 'unreachable' : `error ${(error as Error).message}`);
      }
    }
  })();
  return { tally, async stop() { stopped = true; await done; } };
}

interface Readiness { status: number; body: { status: string; checks: { database: string; redis: string } } }

async function readiness(node: ClusterNode): Promise<Readiness> {
  const res = await fetch(`${node.url}/readyz`, { signal: AbortSignal.timeout(5_000) });
  return { status: res.status, body: (await res.json()) as Readiness['body'] };
}

const answered = (tally: Tally) => Object.values(tally.pages).reduce((sum, n) => sum + n, 0);

describe('Redis restart under traffic', () => {
  let cluster: Cluster;
  let staff: StaffAgent;
  let strict: ClusterNode;
  beforeAll(async () => {
    cluster = await startCluster();
    // A third node with a low comment limit: while Redis is down it counts in process and must still refuse.
    strict = await cluster.startNode('strict', { SERAI_COMMENT_RATE_LIMIT: String(LOW_LIMIT) });
    staff = await signIn(cluster.nodes[0]!.url, cluster.newsroom.editor.email, cluster.newsroom.editor.password);
  });
  afterAll(async () => { await cluster?.stop(); });

  it('keeps serving, limits comments in process, reports readiness, and resumes live updates', async () => {
    const [a, b] = cluster.nodes as [ClusterNode, ClusterNode];
    const { article } = cluster.newsroom;
    expect(await readiness(a), outputOf(cluster.nodes)).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', redis: 'ok' } } });
    const traffic = backgroundTraffic(cluster);
    try {
      await cluster.redis.stop();

      // /readyz notices (bounded: the client finds out on its next command or heartbeat).
      const down = await waitFor('node A reporting Redis down', 15_000, async () => {
        const ready = await readiness(a);
        return ready.status === 503 ? ready : undefined;
      });
      expect(down.body).toEqual({ status: 'not_ready', checks: { database: 'ok', redis: 'failed' } });
      await waitFor('node B reporting Redis down', 15_000, async () => ((await readiness(b)).status === 503 ? true : undefined));

      // The background traffic goes on while Redis is away (a bounded wait for 20 more rounds).
      const before = answered(traffic.tally);
      await waitFor('background traffic during the outage', 30_000, async () => (answered(traffic.tally) >= before + 20 ? true : undefined));

      // Pages and comments on both nodes while Redis is away.
      for (const node of [a, b]) {
        const page = await fetch(`${node.url}${article.path}`, { signal: AbortSignal.timeout(10_000) });
        expect(page.status).toBe(200);
        await page.arrayBuffer();
        const held = await postHeldComment(cluster.db, node.url, article.path, uniqueText(`while Redis is down on ${node.name}`));
        expect(held.status).toBe('pending');
      }

      // Live updates degrade to polling the event log (src/live/live-hub.ts) but still cross nodes.
      const duringOutage = await connectSse(`${b.url}/api/articles/${article.id}/live`);
      try {
        expect(duringOutage.status).toBe(200);
        const held = await postHeldComment(cluster.db, a.url, article.path, uniqueText('approved while Redis is down'));
        await approveComment(staff, a.url, held.id, held.version);
        await duringOutage.waitFor((e) => e.event === 'comment' && JSON.parse(e.data).commentId === held.id, 10_000, 'an approval on A reaching B without Redis');
      } finally {
        duringOutage.close();
      }

      // The strict node allows LOW_LIMIT comments from this address and refuses the next with 429.
      const answers: number[] = [];
      for (let i = 0; i <= LOW_LIMIT; i++) {
        const token = await formToken(strict.url, article.path);
        const res = await postComment(strict.url, article.path, { name: 'Nurlan', email: `strict-${i}@example.test`, body: uniqueText('strict'), token });
        await res.arrayBuffer();
        answers.push(res.status);
      }
      expect(answers).toEqual([...Array(LOW_LIMIT).fill(303), 429]);

      await cluster.redis.start();
      for (const node of [a, b]) {
        const ready = await waitFor(`node ${node.name} ready again`, 20_000, async () => {
          const now = await readiness(node);
          return now.status === 200 ? now : undefined;
        }, 200);
        expect(ready.body.checks).toEqual({ database: 'ok', redis: 'ok' });
      }
    } finally {
      await traffic.stop();
    }
    console.log(`Redis restart test: background traffic ${JSON.stringify(traffic.tally)}`);
    expect(Object.keys(traffic.tally.pages)).toEqual(['200']);
    expect(Object.keys(traffic.tally.posts)).toEqual(['303']);

    // Live updates resume: an approval on A reaches a stream on B.
    const onB = await connectSse(`${b.url}/api/articles/${article.id}/live`);
    try {
      expect(onB.status).toBe(200);
      const held = await postHeldComment(cluster.db, a.url, article.path, uniqueText('after Redis is back'));
      await approveComment(staff, a.url, held.id, held.version);
      const event = await onB.waitFor((e) => e.event === 'comment' && JSON.parse(e.data).commentId === held.id, 10_000, 'the approval on node B after the restart');
      expect(event.id).toMatch(/^\d+$/);
    } finally {
      onB.close();
    }
  });
});
