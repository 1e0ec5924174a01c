import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag } from '../../test/factories.ts';
import { addSiteLocale, createOtherSite } from '../../test/public-fixtures.ts';
import { PAGE_SIZE } from './pagination.ts';

const headlines = (html: string) => [...html.matchAll(/<h2 class="teaser-headline"><a [^>]*>([^<]+)<\/a>/g)].map((m) => m[1]);

describe.each(engines)('section, tag and author pages on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    const society = await createSection(t.deps, { name: 'Society' });
    const sport = await createSection(t.deps, { name: 'Sport' });
    const author = await createAuthor(t.deps, { name: 'Malika Yusupova', bio: 'Covers schools and hospitals.\n\nBased in Tashkent.' });
    const tag = await createTag(t.deps, { name: 'Schools' });
    for (let i = 1; i <= PAGE_SIZE + 3; i++) {
      t.deps.clock.set(new Date(Date.UTC(2026, 4, 1, 0, i)));
      await createArticle(t.deps, { sectionId: society.id, headline: `Society item ${i}`, authorIds: [author.id], tagIds: [tag.id] });
    }
    await createArticle(t.deps, { sectionId: sport.id, headline: 'Sport item', authorIds: [author.id] });
    await createArticle(t.deps, { sectionId: society.id, headline: 'Society draft', status: 'draft', authorIds: [author.id], tagIds: [tag.id] });
    await createArticle(t.deps, { sectionId: society.id, headline: 'Society in Russian', locale: 'ru', slug: 'ru-item', authorIds: [author.id], tagIds: [tag.id] });
    const other = await createOtherSite(t.deps, { host: 'other.test' });
    const otherSection = await createSection(t.deps, { name: 'Society', siteId: other.id });
    await createArticle(t.deps, { sectionId: otherSection.id, siteId: other.id, headline: 'Other site item' });
  });
  afterAll(async () => { await t.close(); });

  const get = (url: string, host?: string) => t.app.inject({ url, headers: host ? { host } : {} });

  it('lists only published articles of the section, site and locale, newest first, a page at a time', async () => {
    const first = await get('/en/sections/society');
    expect(first.statusCode).toBe(200);
    expect(first.body).toContain('<h1>Society</h1>');
    expect(first.body).toContain('<a href="/en/sections/society" aria-current="page">Society</a>');
    const onFirst = headlines(first.body);
    expect(onFirst).toHaveLength(PAGE_SIZE);
    expect(onFirst[0]).toBe(`Society item ${PAGE_SIZE + 3}`);
    for (const hidden of ['Sport item', 'Society draft', 'Society in Russian', 'Other site item']) expect(first.body).not.toContain(hidden);
    expect(first.body).toContain('<link rel="next" href="/en/sections/society?page=2"/>');
    expect(first.body).toMatch(/<a rel="next" href="\/en\/sections\/society\?page=2">Next<\/a>/);
    expect(first.body).not.toContain('rel="prev"');
    expect(first.body).toContain('Page 1 of 2');

    const second = await get('/en/sections/society?page=2');
    expect(headlines(second.body)).toEqual(['Society item 3', 'Society item 2', 'Society item 1']);
    expect(second.body).toContain('<link rel="prev" href="/en/sections/society"/>');
    // No SERAI_PUBLIC_URL here: a canonical link must be absolute, so there is none.
    expect(second.body).not.toContain('rel="canonical"');
    expect(second.body).not.toContain('rel="next"');
  });

  it('shows the other site its own articles for the same section slug', async () => {
    const res = await get('/en/sections/society', 'other.test');
    expect(headlines(res.body)).toEqual(['Other site item']);
    expect(res.body).toContain('Other Desk');
  });

  it('lists a tag and an author across sections, with the author bio', async () => {
    const tag = await get('/en/tags/schools');
    expect(tag.statusCode).toBe(200);
    expect(tag.body).toContain('<h1>Schools</h1>');
    expect(headlines(tag.body)).toHaveLength(PAGE_SIZE);
    expect(tag.body).not.toContain('Sport item');

    const author = await get('/en/authors/malika-yusupova?page=2');
    expect(author.statusCode).toBe(200);
    expect(author.body).toContain('<h1>Malika Yusupova</h1>');
    expect(author.body).toContain('<div class="author-bio"><p>Covers schools and hospitals.</p><p>Based in Tashkent.</p></div>');
    expect(headlines(author.body)).toHaveLength(4); // 23 society + 1 sport = 24 over two pages
  });

  it('uses the reader locale for lists', async () => {
    const res = await get('/ru/tags/schools');
    expect(res.body).toContain('<html lang="ru" dir="ltr">');
    expect(headlines(res.body)).toEqual(['Society in Russian']);
  });

  it('answers 404 for unknown sections, tags and authors', async () => {
    for (const url of ['/en/sections/nothing', '/en/tags/nothing', '/en/authors/nobody', '/fr/sections/society']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it.each([
    'abc', '-1', '0', '3', '1.5', '1e3', '99999999999999999999999', '%00', '', '2%20', '１',
  ])('answers ?page=%s with 404, never 500', async (value) => {
    const res = await get(`/en/sections/society?page=${value}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
  });

  it('answers a repeated page parameter with 404 and treats page[] as an unrelated parameter', async () => {
    expect((await get('/en/sections/society?page=1&page=2')).statusCode).toBe(404);
    expect((await get('/en/sections/society?page[]=2')).statusCode).toBe(200);
  });

  it('ignores unrelated query parameters', async () => {
    const res = await get('/en/sections/society?utm_source=mail');
    expect(res.statusCode).toBe(200);
  });
});
