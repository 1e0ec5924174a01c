// Shared public pages tell a CDN how long to keep them and which surrogate keys name them;
// private answers carry neither (issue 7, part 3).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_START, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { createComment } from '../../test/comment-factory.ts';
import { articleKey, sectionKey, siteKey } from './surrogate-keys.ts';

describe.each(engines)('CDN headers on %s', (engine) => {
  let t: TestContext;
  let site: string;
  let section: string;
  let article: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { cdnMaxAgeSeconds: 3600, staleWhileRevalidateSeconds: 120, publicUrl: 'https://news.example' });
    site = siteKey(await defaultSiteId(t.deps));
    section = (await createSection(t.deps, { name: 'Economy', slug: 'economy' })).id;
    article = (await createArticle(t.deps, { sectionId: section, headline: 'Grain prices steady', slug: 'grain' })).id;
  });
  afterAll(async () => { await t.close(); });

  const SHARED = 'public, max-age=60, s-maxage=3600, stale-while-revalidate=120, stale-if-error=86400';
  const keysOf = (headers: Record<string, unknown>) => String(headers['surrogate-key']).split(' ');

  it('sends s-maxage and stale-while-revalidate from the config on shared pages', async () => {
    for (const url of ['/en/sections/economy', '/en/articles/grain']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe(SHARED);
    }
    // The home page's most-read list is read again every 10 minutes (no purge says so): no copy outlives that.
    const home = await t.app.inject({ url: '/en/' });
    expect(home.headers['cache-control']).toBe('public, max-age=60, s-maxage=600, stale-while-revalidate=120, stale-if-error=86400');
  });

  it('names an article page by article, section and site, in both header styles', async () => {
    for (const attempt of ['miss', 'hit']) {
      const res = await t.app.inject({ url: '/en/articles/grain' });
      expect(keysOf(res.headers).sort(), attempt).toEqual([articleKey(article), sectionKey(section), site].sort());
      expect(String(res.headers['cache-tag']).split(',').sort()).toEqual(keysOf(res.headers).sort());
    }
  });

  it('names a section page by section and site, and the home page by site', async () => {
    expect(keysOf((await t.app.inject({ url: '/en/sections/economy' })).headers).sort()).toEqual([sectionKey(section), site].sort());
    const home = await t.app.inject({ url: '/en/' });
    expect(home.headers['surrogate-key']).toBe(site);
    expect(home.headers['cache-tag']).toBe(site);
  });

  it('names the comments fragment by its article', async () => {
    const res = await t.app.inject({ url: '/en/articles/grain/comments' });
    expect(res.statusCode).toBe(200);
    expect(keysOf(res.headers).sort()).toEqual([articleKey(article), site].sort());
  });

  it('names shared feeds and sitemaps by site (and a section feed by section)', async () => {
    expect((await t.app.inject({ url: '/sitemap.xml' })).headers['surrogate-key']).toBe(site);
    const feed = await t.app.inject({ url: '/en/sections/economy/feed.xml' });
    expect(feed.statusCode).toBe(200);
    expect(keysOf(feed.headers).sort()).toEqual([sectionKey(section), site].sort());
  });

  it('keeps no shared copy past the moment the page changes by itself (comments closing)', async () => {
    // Comments close a day after publication: this article's close in 10 minutes, well within s-maxage=3600.
    await t.deps.db.updateTable('sites').set({ comments_close_after_days: 1 }).execute();
    t.deps.sites.reload();
    const publishedAt = new Date(t.deps.clock.now().getTime() - 86_400_000 + 600_000).toISOString();
    await createArticle(t.deps, { sectionId: section, headline: 'Closing soon', slug: 'closing-soon', publishedAt });
    try {
      for (const attempt of ['miss', 'hit']) {
        const res = await t.app.inject({ url: '/en/articles/closing-soon' });
        expect(res.statusCode).toBe(200);
        expect(res.headers['cache-control'], attempt).toBe('public, max-age=60, s-maxage=600, stale-while-revalidate=120, stale-if-error=86400');
      }
      t.deps.clock.advance(590_000);
      expect((await t.app.inject({ url: '/en/articles/closing-soon' })).headers['cache-control']).toMatch(/^public, max-age=10, s-maxage=10,/);
    } finally {
      t.deps.clock.set(TEST_START);
      await t.deps.db.updateTable('sites').set({ comments_close_after_days: null }).execute();
      t.deps.sites.reload();
    }
  });

  it('sends no surrogate keys and no shared caching on private answers', async () => {
    const comment = await createComment(t.deps, { articleId: article, status: 'approved' });
    const res = await t.app.inject({ url: `/en/articles/grain?reply_to=${comment.id}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['surrogate-key']).toBeUndefined();
    expect(res.headers['cache-tag']).toBeUndefined();
  });
});
