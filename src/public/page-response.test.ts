import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { publicCacheControl } from './page-response.ts';
import { siteStylesheet } from './stylesheet.ts';

const LONG_BODY = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} about grain prices and rail freight.`).join('\n\n');

describe.each(engines)('public page caching on %s', (engine) => {
  let t: TestContext;
  let articleId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    const section = await createSection(t.deps, { name: 'Economy' });
    articleId = (await createArticle(t.deps, { sectionId: section.id, headline: 'Grain prices steady', slug: 'grain', bodyMd: LONG_BODY })).id;
  });
  afterAll(async () => { await t.close(); });

  const url = '/en/articles/grain';

  it('sends a strong ETag and Cache-Control, and 304 for a matching If-None-Match', async () => {
    const first = await t.app.inject({ url });
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-control']).toBe(publicCacheControl(t.deps.config));
    // The article page differs for readers whose cookie names it (docs/decisions/0005).
    expect(first.headers.vary).toBe('Accept-Encoding, Cookie');
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await t.app.inject({ url, headers: { 'if-none-match': etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.etag).toBe(etag);
    expect(again.headers['cache-control']).toBe(publicCacheControl(t.deps.config));
    const other = await t.app.inject({ url, headers: { 'if-none-match': '"something-else"' } });
    expect(other.statusCode).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const get = await t.app.inject({ url });
    const head = await t.app.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('sends compressed bodies with their own ETag, and 304s any variant', async () => {
    const plain = await t.app.inject({ url });
    const gz = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(plain.body);
    expect(gz.headers.etag).not.toBe(plain.headers.etag);
    const br = await t.app.inject({ url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(plain.body);
    const revalidated = await t.app.inject({ url, headers: { 'accept-encoding': 'br', 'if-none-match': String(gz.headers.etag) } });
    expect(revalidated.statusCode).toBe(304);
  });

  it('keeps serving the cached page until the site is invalidated', async () => {
    expect((await t.app.inject({ url })).body).toContain('Grain prices steady');
    await t.deps.db.updateTable('articles').set({ headline: 'Grain prices rise' }).where('id', '=', articleId).execute();
    const stale = await t.app.inject({ url });
    expect(stale.body).toContain('Grain prices steady');
    t.deps.pageCache.invalidateSite(await defaultSiteId(t.deps));
    const fresh = await t.app.inject({ url, headers: { 'if-none-match': String(stale.headers.etag) } });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.body).toContain('Grain prices rise');
    expect(fresh.headers.etag).not.toBe(stale.headers.etag);
  });

  it('removes an unpublished article from every page once invalidated', async () => {
    const home = await t.app.inject({ url: '/en/' });
    expect(home.body).toContain('Grain prices rise');
    await t.deps.db.updateTable('articles').set({ status: 'unpublished' }).where('id', '=', articleId).execute();
    t.deps.pageCache.invalidateSite(await defaultSiteId(t.deps));
    expect((await t.app.inject({ url: '/en/' })).body).not.toContain('Grain prices rise');
    expect((await t.app.inject({ url })).statusCode).toBe(404);
    await t.deps.db.updateTable('articles').set({ status: 'published' }).where('id', '=', articleId).execute();
    t.deps.pageCache.invalidateSite(await defaultSiteId(t.deps));
  });

  it('serves the stylesheet under its hashed name for a year, compressed', async () => {
    const sheet = siteStylesheet();
    const res = await t.app.inject({ url: sheet.href, headers: { 'accept-encoding': 'gzip' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(res.rawPayload).toString()).toBe(sheet.css);
    expect(res.rawPayload.length).toBeLessThan(4096);
    expect((await t.app.inject({ url: sheet.href, headers: { 'if-none-match': sheet.etag } })).statusCode).toBe(304);
  });

  it('shows a 404 in the site chrome with a way home, and JSON under /api', async () => {
    const res = await t.app.inject({ url: '/en/articles/never-written' });
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('<a class="site-name" href="/en/">Newsroom</a>');
    expect(res.body).toContain('<nav class="section-nav"');
    expect(res.body).toContain('<h1>Page not found</h1>');
    expect(res.body).toContain('<a href="/en/">Go to the home page</a>');
    const unknown = await t.app.inject({ url: '/some/unknown/path' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('class="site-name"');
    expect((await t.app.inject({ url: '/api/none' })).json().error.code).toBe('not_found');
  });

  it.each([
    '/%ZZ/', '/%ZZ/articles/x', '/en/articles/%ZZ', `/en/articles/${'a'.repeat(300)}`, '/en/articles/%00', '/en/tags/a%00b', '/en/authors/%1F', '/en/sections/%E2%80%AE',
    '/en//', '/en/articles/', '/../etc/passwd', '/en/tags/x?page=%FF', '/en/?page=2',
  ])('answers the odd address %s without a server error', async (url) => {
    expect((await t.app.inject({ url })).statusCode).toBeLessThan(500);
  });

  it('answers a page that fails to render with the 500 page and keeps serving', async () => {
    const sites = t.deps.sites;
    const original = sites.forHost;
    sites.forHost = async () => { throw new Error('database went away'); };
    try {
      const broken = await t.app.inject({ url: '/en/sections/economy' });
      expect(broken.statusCode).toBe(500);
      expect(broken.headers['content-type']).toMatch(/text\/html/);
      expect(broken.body).toContain('Something went wrong');
      expect(broken.body).not.toContain('database went away');
    } finally {
      sites.forHost = original;
    }
    expect((await t.app.inject({ url: '/en/sections/economy' })).statusCode).toBe(200);
  });
});

describe.each(engines)('public pages with the page cache off on %s', (engine) => {
  let t: TestContext;
  let articleId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { pageCache: false });
    const section = await createSection(t.deps, { name: 'Economy' });
    articleId = (await createArticle(t.deps, { sectionId: section.id, headline: 'Freight volumes up', slug: 'freight' })).id;
  });
  afterAll(async () => { await t.close(); });

  it('renders every request from the database and still answers 304', async () => {
    const first = await t.app.inject({ url: '/en/articles/freight' });
    const etag = String(first.headers.etag);
    expect((await t.app.inject({ url: '/en/articles/freight', headers: { 'if-none-match': etag } })).statusCode).toBe(304);
    await t.deps.db.updateTable('articles').set({ headline: 'Freight volumes fall' }).where('id', '=', articleId).execute();
    const changed = await t.app.inject({ url: '/en/articles/freight', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.body).toContain('Freight volumes fall');
  });
});
