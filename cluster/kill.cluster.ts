// A node dies during concurrent comment POSTs over two nodes: kill -9 during 2,000, and SIGTERM
// (graceful drain) during 1,000. POSTs that lose their connection, or that a draining node answers
// 503, are sent again, byte for byte (same form token, so the same idempotency key), to the
// surviving node. Afterwards the database must hold every accepted comment exactly once, nothing
// that was never sent, and no duplicate of a retried one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputOf, startCluster, type Cluster, type ClusterNode } from './support/cluster.ts';
import { formToken, postComment, type CommentPost } from './support/http.ts';
import { isConnectionError, runBounded } from './support/load.ts';

const IN_FLIGHT = 100;
const RETRIES = 3;

interface Case { name: string; total: number; stop(node: ClusterNode): Promise<void>; cutsExpected: boolean }

const CASES: Case[] = [
  // No goodbye: requests in flight on A are cut, and A may have stored some of them before dying.
  { name: 'kill -9', total: 2_000, stop: (node) => node.kill(), cutsExpected: true },
  // SIGTERM: A finishes what it accepted, answers 503 to requests that arrive while draining, exits.
  { name: 'SIGTERM', total: 1_000, stop: (node) => node.stop(), cutsExpected: false },
];
const DEADLINE_MS = 150_000;

const OPENINGS = ['The cold store', 'Our cooperative', 'The new road to the store', 'Storage for apricots', 'The harvest this year'];
const ENDINGS = ['should stay open on Sundays', 'needs a second loading bay', 'will help the smaller farms most', 'must publish its prices', 'deserves a proper opening day'];

/** A distinct, ordinary comment per index (screening must see nothing unusual in it). */
function textOf(run: string, i: number): string {
  return `${OPENINGS[i % OPENINGS.length]} ${ENDINGS[Math.floor(i / OPENINGS.length) % ENDINGS.length]}, says reader number ${i} of run ${run}.`;
}

/** How a POST failed: refused (node already gone), cut mid-request (node died under it), or 503 (node draining). */
type Failure = 'refused' | 'cut' | 'draining';

interface Outcome { status: number | 'unreachable'; attempts: number; retried: boolean; failures: Failure[] }

function failureOf(error: unknown): Failure {
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return code === 'ECONNREFUSED' ? 'refused' : 'cut';
}

describe.each(CASES)('$name of a node during comment POSTs', ({ total: TOTAL, stop, cutsExpected }) => {
  const KILL_AFTER = Math.round(TOTAL * 0.3);
  let cluster: Cluster;
  beforeAll(async () => { cluster = await startCluster(); });
  afterAll(async () => { await cluster?.stop(); });

  it('stores every accepted comment exactly once and nothing else', async () => {
    const [a, b] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];
    const { article } = cluster.newsroom;
    const run = Date.now().toString(36);
    const sent = new Map<string, Outcome>();
    let answered = 0;
    let stopping: Promise<void> | undefined;

    /** One attempt on `base`; the status, or 'unreachable' on a connection error (noted in `outcome`). */
    const attempt = async (base: string, post: CommentPost, outcome: Outcome): Promise<number | 'unreachable'> => {
      try {
        const res = await postComment(base, article.path, post);
        await res.arrayBuffer();
        if (res.status === 503) {
          outcome.failures.push('draining');
          return 'unreachable';
        }
        return res.status;
      } catch (error) {
        if (!isConnectionError(error)) throw error;
        outcome.failures.push(failureOf(error));
        return 'unreachable';
      }
    };

    const job = async (i: number) => {
      const first = i % 2 === 0 ? a : b;
      // The token comes from whichever node answers; both sign with the same site secret.
      const token = await formToken(first.alive() ? first.url : b.url, article.path).catch(() => formToken(b.url, article.path));
      const post: CommentPost = { name: `Reader ${i}`, email: `reader-${i}-${run}@example.test`, body: textOf(run, i), token };
      const outcome: Outcome = { status: 'unreachable', attempts: 0, retried: false, failures: [] };
      sent.set(post.body, outcome);
      let base = first.url;
      while (outcome.attempts < 1 + RETRIES) {
        outcome.attempts++;
        outcome.status = await attempt(base, post, outcome);
        if (outcome.status !== 'unreachable') break;
        outcome.retried = true;
        base = b.url;
      }
      answered++;
      if (answered === KILL_AFTER && !stopping) stopping = stop(a);
    };

    const { started } = await runBounded(TOTAL, IN_FLIGHT, DEADLINE_MS, job);
    await stopping;
    expect(started).toBe(TOTAL);
    expect(a.alive()).toBe(false);

    const outcomes = [...sent.values()];
    const byStatus: Record<string, number> = {};
    for (const o of outcomes) byStatus[String(o.status)] = (byStatus[String(o.status)] ?? 0) + 1;
    const retried = outcomes.filter((o) => o.retried).length;
    // Cut mid-request: node A may have stored the comment before dying, so the retry must find it, not add it.
    const cut = outcomes.filter((o) => o.failures.includes('cut')).length;
    const draining = outcomes.filter((o) => o.failures.includes('draining')).length;
    console.log(`${cutsExpected ? 'kill -9' : 'SIGTERM'} test: ${TOTAL} POSTs, answers ${JSON.stringify(byStatus)}, ${retried} retried on node B (${cut} cut mid-request, ${draining} answered 503 while draining, the rest refused)`);
    // Node B stayed up: every POST got an answer there in the end, and all were accepted.
    expect(byStatus, outputOf([b])).toEqual({ 303: TOTAL });
    expect(retried).toBeGreaterThan(0);
    if (cutsExpected) expect(cut).toBeGreaterThan(0);

    const rows = await cluster.db.query<{ body: string; n: string }>(
      'SELECT body, COUNT(*) AS n FROM comments WHERE article_id = $1 GROUP BY body', [article.id]);
    const stored = new Map(rows.map((r) => [r.body, Number(r.n)]));
    const neverSent = [...stored.keys()].filter((body) => !sent.has(body));
    expect(neverSent).toEqual([]);
    const duplicated = [...stored].filter(([, n]) => n !== 1);
    expect(duplicated).toEqual([]);
    const accepted = [...sent].filter(([, o]) => o.status === 303).map(([body]) => body);
    const missing = accepted.filter((body) => stored.get(body) !== 1);
    expect(missing).toEqual([]);
    expect(stored.size).toBe(accepted.length);
  });
});
