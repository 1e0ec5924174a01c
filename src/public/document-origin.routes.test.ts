// Without SERAI_PUBLIC_URL, feeds, sitemaps and robots.txt take their links from the request's Host,
// and any Host reaches the default site: such documents are sent privately and never cached, so
// made-up Host headers cannot push real pages out of the shared page cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';

const DOCUMENTS = ['/en/feed.xml', '/en/atom.xml', '/en/feed.json', '/sitemap.xml', '/robots.txt', '/sitemaps/pages.xml', '/sitemaps/news-en.xml'];

describe.each(engines)('documents whose links come from the request on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: undefined });
    siteId = await defaultSiteId(t.deps);
    const section = await createSection(t.deps, { name: 'Economy' });
    await createArticle(t.deps, { sectionId: section.id, headline: 'Border reopens', slug: 'border-reopens' });
  });
  afterAll(async () => { await t.close(); });

  it.each(DOCUMENTS)('%s names the Host it was asked on, privately, and leaves the page cache alone', async (url) => {
    for (const host of ['h1.evil.example', 'h2.evil.example']) {
      const res = await t.app.inject({ url, headers: { host } });
      expect(res.statusCode, `${url} on ${host}`).toBe(200);
      expect(res.headers['cache-control']).toBe('private, no-store');
      if (url !== '/sitemaps/news-en.xml' && url !== '/sitemaps/pages.xml') expect(res.body).toContain(`http://${host}/`);
    }
    expect(t.deps.pageCache.get(siteId, url)).toBeUndefined();
  });
});

describe.each(engines)('documents with SERAI_PUBLIC_URL on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: 'https://news.example.test' });
    siteId = await defaultSiteId(t.deps);
  });
  afterAll(async () => { await t.close(); });

  it.each(DOCUMENTS)('%s is cached once per site, whatever the Host', async (url) => {
    const res = await t.app.inject({ url, headers: { host: 'spoofed.example' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).not.toContain('private');
    expect(res.body).not.toContain('spoofed.example');
    expect(t.deps.pageCache.get(siteId, url)).toBeDefined();
  });
});
