// An edit on node A drops node B's cached copy of the page: A publishes the invalidation on
// Redis, B drops its copy when the message arrives, so B serves the new headline at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputOf, startCluster, type Cluster } from './support/cluster.ts';
import { saveHeadline } from './support/editor.ts';
import { signIn, waitFor } from './support/http.ts';

describe('page cache across two nodes', () => {
  let cluster: Cluster;
  beforeAll(async () => { cluster = await startCluster(); });
  afterAll(async () => { await cluster?.stop(); });

  async function page(base: string, path: string) {
    const res = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) });
    return { status: res.status, etag: res.headers.get('etag'), body: await res.text() };
  }

  /** serai_page_cache_lookups_total{result="hit"} on a node (its /metrics answers loopback callers). */
  async function cacheHits(base: string): Promise<number> {
    const text = await (await fetch(`${base}/metrics`, { signal: AbortSignal.timeout(10_000) })).text();
    const match = /^serai_page_cache_lookups_total\{result="hit"\} (\d+)/m.exec(text);
    if (!match) throw new Error('no serai_page_cache_lookups_total{result="hit"} in /metrics');
    return Number(match[1]);
  }

  it('serves the new headline on node B right after an editor saves on node A', async () => {
    const [a, b] = cluster.nodes as [typeof cluster.nodes[0], typeof cluster.nodes[0]];
    const { article, editor } = cluster.newsroom;
    const first = await page(b.url, article.path);
    expect(first.status, outputOf(cluster.nodes)).toBe(200);
    expect(first.body).toContain(article.headline);
    const hitsBefore = await cacheHits(b.url);
    const second = await page(b.url, article.path);
    expect(await cacheHits(b.url)).toBe(hitsBefore + 1);
    // The second answer is B's cached page: the same entity, byte for byte.
    expect(second.status).toBe(200);
    expect(second.etag).toBe(first.etag);
    expect(second.body).toBe(first.body);

    const staff = await signIn(a.url, editor.email, editor.password);
    const headline = 'Cold store opens to every grower in the valley';
    await saveHeadline(staff, a.url, cluster.db, article.id, headline);
    expect((await page(a.url, article.path)).body).toContain(headline);

    // Bounded wait for the pub/sub message to reach B (it is normally a few milliseconds).
    const fresh = await waitFor('node B serving the new headline', 2_000, async () => {
      const now = await page(b.url, article.path);
      return now.body.includes(headline) ? now : undefined;
    });
    expect(fresh.status).toBe(200);
    expect(fresh.body).not.toContain(article.headline);
    expect(fresh.etag).not.toBe(first.etag);
  });
});
