// Comment rate limits are shared by the nodes through Redis: with a limit of 3 per address, two
// comments on node A and one on node B use it up, and the next one is refused on either node.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputOf, startCluster, type Cluster, type ClusterNode } from './support/cluster.ts';
import { uniqueText } from './support/comments.ts';
import { formToken, postComment } from './support/http.ts';

const LIMIT = 3;

describe('comment rate limits across two nodes', () => {
  let cluster: Cluster;
  beforeAll(async () => { cluster = await startCluster({ env: { SERAI_COMMENT_RATE_LIMIT: String(LIMIT) } }); });
  afterAll(async () => { await cluster?.stop(); });

  async function post(node: ClusterNode, i: number): Promise<{ status: number; code?: string; retryAfter: string | null }> {
    const { path } = cluster.newsroom.article;
    const token = await formToken(node.url, path);
    const res = await fetch(`${node.url}${path}/comments`, {
      method: 'POST', redirect: 'manual', signal: AbortSignal.timeout(10_000),
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({ name: 'Aida', email: `limit-${i}@example.test`, body: uniqueText('limit'), token }).toString(),
    });
    const json = (await res.json()) as { error?: { code: string } };
    return { status: res.status, code: json.error?.code, retryAfter: res.headers.get('retry-after') };
  }

  it('counts one address over both nodes', async () => {
    const [a, b] = cluster.nodes as [ClusterNode, ClusterNode];
    const accepted = [await post(a, 1), await post(a, 2), await post(b, 3)];
    expect(accepted.map((r) => r.status), outputOf(cluster.nodes)).toEqual([201, 201, 201]);
    for (const [i, node] of [a, b].entries()) {
      const refused = await post(node, 4 + i);
      expect(refused.status).toBe(429);
      expect(refused.code).toBe('rate_limited');
      expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    }
    const rows = await cluster.db.query<{ n: string }>("SELECT COUNT(*) AS n FROM comments WHERE body LIKE 'limit %'");
    expect(Number(rows[0]!.n)).toBe(LIMIT);
  });
});
