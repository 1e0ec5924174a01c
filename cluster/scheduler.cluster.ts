// Scheduled publishing with two nodes polling every second: each due article is published by
// exactly one of them (one publish revision), and both nodes serve it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outputOf, startCluster, type Cluster } from './support/cluster.ts';
import { waitFor } from './support/http.ts';
import { addArticle, withFactories, type SeededArticle } from './support/seed.ts';

const ARTICLES = 5;

describe('scheduled publishing on two nodes', () => {
  let cluster: Cluster;
  beforeAll(async () => { cluster = await startCluster({ env: { SERAI_SCHEDULER_INTERVAL: '1' } }); });
  afterAll(async () => { await cluster?.stop(); });

  it('publishes each due article exactly once', async () => {
    const { section, author } = cluster.newsroom;
    const publishAt = new Date(Date.now() + 2_000).toISOString();
    const scheduled: SeededArticle[] = await withFactories(cluster.db.url, async (deps) => {
      const made: SeededArticle[] = [];
      for (let i = 0; i < ARTICLES; i++) {
        made.push(await addArticle(deps, {
          sectionId: section.id, authorIds: [author.id], headline: `Harvest fair opens in the valley, part ${i + 1}`, slug: `harvest-fair-${i + 1}`,
          status: 'scheduled', publishAt, publishedAt: null,
        }));
      }
      return made;
    });
    const ids = scheduled.map((a) => a.id);
    await waitFor('every scheduled article published', 20_000, async () => {
      const rows = await cluster.db.query<{ n: string }>("SELECT COUNT(*) AS n FROM articles WHERE id = ANY($1) AND status = 'published'", [ids]);
      return Number(rows[0]!.n) === ARTICLES ? true : undefined;
    }, 200);

    // Both nodes keep polling; a double publish would show as a second 'published' revision.
    for (const node of cluster.nodes) {
      for (const article of scheduled) {
        const res = await fetch(`${node.url}${article.path}`, { signal: AbortSignal.timeout(10_000) });
        expect(res.status, outputOf(cluster.nodes)).toBe(200);
        expect(await res.text()).toContain(article.headline);
      }
    }
    const revisions = await cluster.db.query<{ article_id: string; n: string }>(
      "SELECT article_id, COUNT(*) AS n FROM article_revisions WHERE article_id = ANY($1) AND status = 'published' GROUP BY article_id", [ids]);
    expect(revisions.map((r) => Number(r.n))).toEqual(Array(ARTICLES).fill(1));
    const articles = await cluster.db.query<{ version: number }>('SELECT version FROM articles WHERE id = ANY($1)', [ids]);
    expect(articles.map((a) => a.version)).toEqual(Array(ARTICLES).fill(2));
  });
});
