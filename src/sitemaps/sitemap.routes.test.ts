import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { addSiteLocale, createOtherSite } from '../../test/public-fixtures.ts';
import { publishArticle } from '../articles/article-workflow.ts';
import { alternatesOf, parseXml, sitemapLocsOf, urlsOf } from './sitemap-test-support.ts';

const ORIGIN = 'https://news.example';
const HOSTILE = '<script>alert("x")</script> & Ko\'ran ]]> <![CDATA[ boom';
const BELL = '\u0007'; // no XML 1.0 document can carry it: dropped
const HOUR = 60 * 60 * 1000;

describe.each(engines)('sitemaps and robots.txt on %s', (engine) => {
  let t: TestContext;
  let draftId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: ORIGIN });
    await addSiteLocale(t.deps, 'ru', 1);
    await addSiteLocale(t.deps, 'uz-Latn', 2);
    const politics = await createSection(t.deps, { name: 'Politics' });
    t.deps.clock.set('2026-05-10T10:00:00.000Z');
    const may = await createArticle(t.deps, { sectionId: politics.id, headline: 'Border talks resume', slug: 'border-talks' });
    const ru = await createArticle(t.deps, { sectionId: politics.id, locale: 'ru', slug: 'peregovory', headline: 'Переговоры', translationGroupId: may.id });
    await t.deps.db.updateTable('articles').set({ content_updated_at: '2026-05-20T07:30:00.000Z' }).where('id', '=', ru.id).execute();
    await createArticle(t.deps, { sectionId: politics.id, locale: 'uz-Latn', slug: 'muzokaralar', headline: 'Muzokaralar', translationGroupId: may.id, status: 'draft' });
    t.deps.clock.set('2026-06-05T09:00:00.000Z');
    await createArticle(t.deps, { sectionId: politics.id, headline: 'Old June news', slug: 'old-june' });
    t.deps.clock.set('2026-06-08T08:00:00.000Z');
    await createArticle(t.deps, { sectionId: politics.id, headline: `${HOSTILE}${BELL}`, slug: 'hostile' });
    await createArticle(t.deps, { sectionId: politics.id, locale: 'uz-Latn', headline: 'Yangi xabar', slug: 'yangi' });
    draftId = (await createArticle(t.deps, { sectionId: politics.id, headline: 'Secret draft', slug: 'secret-draft', status: 'draft' })).id;
    await createArticle(t.deps, { sectionId: politics.id, headline: 'Embargoed', slug: 'embargoed', status: 'scheduled', publishAt: '2026-06-09T08:00:00.000Z', publishedAt: null });
    const other = await createOtherSite(t.deps, { host: 'other.test' });
    const otherSection = await createSection(t.deps, { name: 'Politics', siteId: other.id });
    await createArticle(t.deps, { siteId: other.id, sectionId: otherSection.id, headline: 'Other site story', slug: 'other-story' });
    t.deps.clock.set('2026-06-08T09:00:00.000Z');
  });
  afterAll(async () => { await t.close(); });

  const get = (url: string, host?: string) => t.app.inject({ url, headers: host ? { host } : {} });
  const allLocs = async (host?: string) => {
    const index = sitemapLocsOf((await get('/sitemap.xml', host)).body);
    const docs = await Promise.all(index.map((loc) => get(new URL(loc).pathname, host)));
    return docs.flatMap((d) => urlsOf(d.body).map((u) => u.loc));
  };

  it('serves a sitemap index naming every sitemap of the site, absolutely, as XML from the cache', async () => {
    const res = await get('/sitemap.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(res.headers['cache-control']).toContain('public');
    expect(sitemapLocsOf(res.body)).toEqual([
      `${ORIGIN}/sitemaps/pages.xml`, `${ORIGIN}/sitemaps/news-en.xml`, `${ORIGIN}/sitemaps/news-ru.xml`, `${ORIGIN}/sitemaps/news-uz-Latn.xml`,
      `${ORIGIN}/sitemaps/articles-2026-05.xml`, `${ORIGIN}/sitemaps/articles-2026-06.xml`,
    ]);
    expect(parseXml(res.body).sitemapindex.sitemap[4].lastmod).toBe('2026-05-20T07:30:00Z'); // the month's newest edit
    const again = await t.app.inject({ url: '/sitemap.xml', headers: { 'if-none-match': String(res.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('lists a month of articles with lastmod and hreflang for each published translation, x-default as the pages do', async () => {
    const res = await get('/sitemaps/articles-2026-05.xml');
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const doc = parseXml(res.body);
    expect(doc.urlset['@_xmlns:xhtml']).toBe('http://www.w3.org/1999/xhtml');
    const urls = urlsOf(res.body);
    expect(urls.map((u) => u.loc)).toEqual([`${ORIGIN}/en/articles/border-talks`, `${ORIGIN}/ru/articles/peregovory`]);
    const expected = { en: `${ORIGIN}/en/articles/border-talks`, ru: `${ORIGIN}/ru/articles/peregovory`, 'x-default': `${ORIGIN}/en/articles/border-talks` };
    expect(urls.map((u) => u.lastmod)).toEqual(['2026-05-10T10:00:00Z', '2026-05-20T07:30:00Z']); // published, then edited
    for (const url of urls) expect(alternatesOf(url)).toEqual(expected); // the uz-Latn draft is no alternate
  });

  it('never lists drafts, scheduled articles or another site’s articles, and escapes hostile headlines', async () => {
    const locs = await allLocs();
    expect(locs).toContain(`${ORIGIN}/en/articles/hostile`);
    expect(locs).toContain(`${ORIGIN}/uz-Latn/articles/yangi`);
    for (const hidden of ['secret-draft', 'embargoed', 'other-story', 'muzokaralar']) expect(locs.join(' ')).not.toContain(hidden);
    const june = urlsOf((await get('/sitemaps/articles-2026-06.xml')).body);
    expect(june.find((u) => u.loc.endsWith('/yangi'))?.['xhtml:link']).toBeUndefined(); // one version: no hreflang
    const other = await allLocs('other.test');
    expect(other).toContain('https://other.test/en/articles/other-story');
    expect(other.join(' ')).not.toContain('news.example');
    expect(other.join(' ')).not.toContain('hostile');
  });

  it('lists home and section pages in every locale with their versions', async () => {
    const urls = urlsOf((await get('/sitemaps/pages.xml')).body);
    expect(urls.map((u) => u.loc)).toEqual([
      `${ORIGIN}/en/`, `${ORIGIN}/ru/`, `${ORIGIN}/uz-Latn/`,
      `${ORIGIN}/en/sections/politics`, `${ORIGIN}/ru/sections/politics`, `${ORIGIN}/uz-Latn/sections/politics`,
    ]);
    expect(alternatesOf(urls[4]!)).toEqual({
      en: `${ORIGIN}/en/sections/politics`, ru: `${ORIGIN}/ru/sections/politics`, 'uz-Latn': `${ORIGIN}/uz-Latn/sections/politics`,
      'x-default': `${ORIGIN}/en/sections/politics`,
    });
    expect(urls[0]!.lastmod).toBe('2026-06-08T08:00:00Z');
  });

  it('gives Google News the last 48 hours per locale, with name, language, date and the escaped title', async () => {
    const res = await get('/sitemaps/news-en.xml');
    expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
    const doc = parseXml(res.body);
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(res.body).not.toContain('<script>');
    const urls = urlsOf(res.body);
    expect(urls.map((u) => u.loc)).toEqual([`${ORIGIN}/en/articles/hostile`]);
    expect(urls[0]!['news:news']).toEqual({
      'news:publication': { 'news:name': 'Newsroom', 'news:language': 'en' },
      'news:publication_date': '2026-06-08T08:00:00Z',
      'news:title': HOSTILE,
    });
    const uz = urlsOf((await get('/sitemaps/news-uz-Latn.xml')).body);
    expect(uz[0]!['news:news']!['news:publication']['news:language']).toBe('uz');
    expect(urlsOf((await get('/sitemaps/news-ru.xml')).body)).toEqual([]);
  });

  it('answers robots.txt as text, pointing to the index and keeping crawlers out of /admin and /language/', async () => {
    const res = await get('/robots.txt');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.body).toBe(`User-agent: *\nDisallow: /admin\nDisallow: /language/\n\nSitemap: ${ORIGIN}/sitemap.xml\n`);
    expect((await get('/robots.txt', 'other.test')).body).toContain('Sitemap: https://other.test/sitemap.xml');
  });

  it('is a 404 for sitemaps that do not exist', async () => {
    for (const url of ['/sitemaps/articles-2026-07.xml', '/sitemaps/articles-2026-05-2.xml', '/sitemaps/news-de.xml', '/sitemaps/news-EN.xml', '/sitemaps/x.xml', '/sitemaps/articles-2026-13.xml']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  // Moves the clock: keep last.
  it('moves the news window with the clock and shows a new publication at once', async () => {
    const before = urlsOf((await get('/sitemaps/news-en.xml')).body);
    expect(before).toHaveLength(1);
    t.deps.clock.set(new Date(Date.parse('2026-06-08T08:00:00.000Z') + 48 * HOUR - 1));
    expect(urlsOf((await get('/sitemaps/news-en.xml')).body)).toHaveLength(1);
    t.deps.clock.advance(2);
    expect(urlsOf((await get('/sitemaps/news-en.xml')).body)).toEqual([]); // the cached copy expired
    const result = await publishArticle(t.deps, draftId, null);
    expect(result.kind).toBe('published');
    const after = urlsOf((await get('/sitemaps/news-en.xml')).body);
    expect(after.map((u) => u.loc)).toEqual([`${ORIGIN}/en/articles/secret-draft`]);
    expect(sitemapLocsOf((await get('/sitemap.xml')).body)).toContain(`${ORIGIN}/sitemaps/articles-2026-06.xml`);
  });
});
