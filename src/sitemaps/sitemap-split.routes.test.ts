// The monthly split with a limit small enough to force it, and the request's own origin
// when SERAI_PUBLIC_URL is not set (kept apart in the cache per Host).
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { HttpError } from '../http/errors.ts';
import { sitemapRoutes } from './sitemap.routes.ts';
import { sitemapLocsOf, urlsOf } from './sitemap-test-support.ts';

describe.each(engines)('sitemap split and origins on %s', (engine) => {
  let t: TestContext;
  let small: FastifyInstance;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    const section = await createSection(t.deps, { name: 'City' });
    for (let day = 1; day <= 5; day++) {
      t.deps.clock.set(new Date(Date.UTC(2026, 10, day, 12)));
      await createArticle(t.deps, { sectionId: section.id, headline: `November ${day}`, slug: `november-${day}` });
    }
    t.deps.clock.set('2026-12-01T12:00:00.000Z');
    await createArticle(t.deps, { sectionId: section.id, headline: 'December 1', slug: 'december-1' });
    // The same routes with a limit of two URLs per article sitemap.
    small = Fastify();
    small.setErrorHandler((error, _request, reply) => reply.code(error instanceof HttpError ? error.status : 500).send());
    await small.register(sitemapRoutes, { deps: t.deps, maxUrlsPerSitemap: 2 });
    await small.ready();
  });
  afterAll(async () => { await small.close(); await t.close(); });

  it('splits a month past the limit into numbered parts that together list each article once', async () => {
    const index = sitemapLocsOf((await small.inject({ url: '/sitemap.xml', headers: { host: 'desk.test' } })).body);
    const articleMaps = index.filter((loc) => loc.includes('/articles-'));
    expect(articleMaps).toEqual([
      'http://desk.test/sitemaps/articles-2026-11.xml', 'http://desk.test/sitemaps/articles-2026-11-2.xml',
      'http://desk.test/sitemaps/articles-2026-11-3.xml', 'http://desk.test/sitemaps/articles-2026-12.xml',
    ]);
    const parts = await Promise.all(articleMaps.map(async (loc) => urlsOf((await small.inject({ url: new URL(loc).pathname, headers: { host: 'desk.test' } })).body).map((u) => u.loc)));
    expect(parts.map((p) => p.length)).toEqual([2, 2, 1, 1]);
    expect(parts.flat()).toEqual([1, 2, 3, 4, 5].map((d) => `http://desk.test/en/articles/november-${d}`).concat('http://desk.test/en/articles/december-1'));
    expect((await small.inject({ url: '/sitemaps/articles-2026-11-4.xml' })).statusCode).toBe(404);
  });

  it('keeps one month in one sitemap under the real limit', async () => {
    const index = sitemapLocsOf((await t.app.inject({ url: '/sitemap.xml' })).body);
    expect(index.filter((loc) => loc.includes('/articles-'))).toEqual(['http://localhost/sitemaps/articles-2026-11.xml', 'http://localhost/sitemaps/articles-2026-12.xml']);
  });

  it('without SERAI_PUBLIC_URL names the request’s own origin, cached apart per Host', async () => {
    const a = await t.app.inject({ url: '/robots.txt', headers: { host: 'a.test:8080' } });
    const b = await t.app.inject({ url: '/robots.txt', headers: { host: 'b.test', 'x-forwarded-proto': 'https' } });
    expect(a.body).toContain('Sitemap: http://a.test:8080/sitemap.xml');
    expect(b.body).toContain('Sitemap: http://b.test/sitemap.xml');
    for (const host of ['evil.test/path', 'user@evil.test', 'evil.test:99999999', 'ev il.test']) {
      expect((await t.app.inject({ url: '/sitemap.xml', headers: { host } })).statusCode, host).toBe(404);
    }
    const again = await t.app.inject({ url: '/sitemap.xml', headers: { host: 'a.test:8080' } });
    expect(sitemapLocsOf(again.body).every((loc) => loc.startsWith('http://a.test:8080/'))).toBe(true);
    const other = await t.app.inject({ url: '/sitemap.xml', headers: { host: 'b.test' } });
    expect(sitemapLocsOf(other.body).every((loc) => loc.startsWith('http://b.test/'))).toBe(true);
  });
});
