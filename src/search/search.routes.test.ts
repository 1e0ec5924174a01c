import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag, createUser, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale, createOtherSite } from '../../test/public-fixtures.ts';
import { publishArticle, unpublishArticle } from '../articles/article-workflow.ts';
import { createArticle as saveNewArticle, updateArticle, type ArticleInput } from '../articles/save-article.ts';
import { syncArticleSearch } from './search-sync.ts';
import { PAGE_SIZE } from './search-params.ts';

const headlines = (html: string) =>
  [...html.matchAll(/<li class="search-hit"><h2 class="teaser-headline"><a href="[^"]*">(.*?)<\/a><\/h2>/g)].map((m) => m[1]!.replace(/<\/?mark>/g, ''));

describe.each(engines)('search on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let sportId: string;
  let siteId: string;
  let editorId: string;
  const get = (url: string, host?: string) => t.app.inject({ url, headers: host ? { host } : {} });
  const search = async (locale: string, q: string, extra = '') => headlines((await get(`/${locale}/search?q=${encodeURIComponent(q)}${extra}`)).body);

  /** A published article, indexed as the workflow would (factories write rows directly). */
  async function story(fields: Omit<Parameters<typeof createArticle>[1], 'sectionId'> & { sectionId?: string }) {
    const row = await createArticle(t.deps, { sectionId, ...fields });
    await syncArticleSearch(t.deps.db, row.id);
    return row;
  }

  beforeAll(async () => {
    t = await buildTestApp(engine);
    siteId = await defaultSiteId(t.deps);
    editorId = (await createUser(t.deps, { role: 'editor' })).id;
    await addSiteLocale(t.deps, 'ru');
    await addSiteLocale(t.deps, 'ky-Cyrl', 2);
    sectionId = (await createSection(t.deps, { name: 'Society' })).id;
    sportId = (await createSection(t.deps, { name: 'Sport' })).id;
    const tag = await createTag(t.deps, { name: 'Customs' });
    t.deps.clock.set(new Date('2026-05-01T10:00:00Z'));
    await story({ headline: 'Border crossing reopens after repairs', summary: 'Lorries queue at the border.', tagIds: [tag.id] });
    await story({ headline: 'New rules for elections', summary: 'The commission met.', bodyMd: 'Voters will need a passport.' });
    await story({ headline: 'Cities grow', summary: 'Urban population rises.', bodyMd: 'Every city adds schools.', sectionId: sportId });
    await story({ headline: 'Граница открыта', summary: 'Грузовики снова идут.', locale: 'ru', slug: 'granitsa' });
    await story({ headline: 'Очереди у границы', summary: 'Водители ждут.', locale: 'ru', slug: 'ocheredi' });
    await story({ headline: 'Новости', summary: 'На границе спокойно.', locale: 'ru', slug: 'novosti' });
    await story({ headline: 'Ёлка на площади', summary: 'Праздник.', locale: 'ru', slug: 'elka' });
    await story({ headline: 'Чек-пункт ачылды', summary: 'Чекарада кезек жок.', locale: 'ky-Cyrl', slug: 'chek' });
    await createArticle(t.deps, { sectionId, headline: 'Border draft never shown', status: 'draft' });
    const other = await createOtherSite(t.deps, { host: 'other.test', locales: ['en'] });
    const otherSection = await createSection(t.deps, { name: 'Society', siteId: other.id });
    await story({ headline: 'Border news on the other site', siteId: other.id, sectionId: otherSection.id });
  });
  afterAll(async () => { await t.close(); });

  it.each([
    ['en', 'border', ['Border crossing reopens after repairs']],
    ['en', 'borders', ['Border crossing reopens after repairs']],
    ['en', 'election', ['New rules for elections']],
    ['en', 'city', ['Cities grow']],
    ['en', 'customs', ['Border crossing reopens after repairs']],
    ['en', 'passports', ['New rules for elections']],
    ['ru', 'граница', ['Граница открыта', 'Очереди у границы', 'Новости']],
    ['ru', 'границе', ['Граница открыта', 'Очереди у границы', 'Новости']],
    ['ru', 'елка', ['Ёлка на площади']],
    ['ky-Cyrl', 'чек', ['Чек-пункт ачылды']],
    ['ky-Cyrl', 'чекара', ['Чек-пункт ачылды']],
  ])('quality: %s "%s" finds the expected articles', async (locale, q, expected) => {
    expect((await search(locale, q)).sort()).toEqual([...expected].sort());
  });

  it('ranks the headline match first, marks matches and escapes text', async () => {
    const page = (await get('/ru/search?q=границы')).body;
    expect(headlines(page)[0]).toMatch(/Граница открыта|Очереди у границы/);
    expect(page).toContain('<mark>Граница</mark>');
    expect(page).toContain('<meta name="robots" content="noindex"/>');
  });

  it('never leaks other sites, locales or drafts', async () => {
    expect(await search('en', 'border')).not.toContain('Border news on the other site');
    expect(await search('en', 'draft')).toEqual([]);
    expect(await search('en', 'граница')).toEqual([]);
    expect(headlines((await get('/en/search?q=border', 'other.test')).body)).toEqual(['Border news on the other site']);
    expect((await get('/ru/search?q=border', 'other.test')).statusCode).toBe(404);
  });

  const hostile = ['"', '""', '*', 'border*', 'NEAR(border repairs)', 'border OR', 'AND', '-border', 'headline:border',
    "'; drop table articles; --", '\u0000', 'a\u0000b', '%00', '<script>alert(1)</script>', '(((', ':*', '!', '&|!<->',
    'x'.repeat(5000), Array.from({ length: 5000 }, (_, i) => '"*():^-+'[i % 8]).join(''), 'слово '.repeat(800), '🙂', 'ﷺ',
    // Lone combining marks fold to nothing: an empty tsquery term is a PostgreSQL syntax error.
    '\u0301', '\u0e31', '\u05b0', 'a \u0301 b', '\u0301\u0301\u0301'];
  it.each(hostile.map((q) => [q.slice(0, 30), q]))('hostile query %j answers, never 500', async (_label, q) => {
    const response = await get(`/en/search?q=${encodeURIComponent(q)}`);
    // An address with a NUL byte is a 404 for the whole app (app.ts); everything else gets a page.
    expect(response.statusCode).toBe(q.includes('\u0000') ? 404 : 200);
    expect(response.body).not.toContain('<script>alert');
  });

  it('explains an empty query, a query without words and bad dates; odd parameters are ignored', async () => {
    expect((await get('/en/search')).body).toContain('Type a word or two');
    expect((await get('/en/search?q=%22*%22')).body).toContain('no words to look for');
    const bad = await get('/en/search?q=border&from=2026-13-45');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('value="border"');
    expect((await get('/en/search?q=border&q=x&page=-4&section[]=a')).statusCode).toBe(200);
    expect((await get('/en/search?q=zzzzqqq')).body).toContain('Nothing found for “zzzzqqq”');
  });

  it('filters by section and by date', async () => {
    expect(await search('en', 'city', '&section=sport')).toEqual(['Cities grow']);
    expect(await search('en', 'city', '&section=society')).toEqual([]);
    expect(await search('en', 'border', '&from=2026-05-01&to=2026-05-01')).toEqual(['Border crossing reopens after repairs']);
    expect(await search('en', 'border', '&from=2026-05-02')).toEqual([]);
    expect(await search('en', 'border', '&to=2026-04-30')).toEqual([]);
  });

  it('is not stored in the shared page cache', async () => {
    const response = await get('/en/search?q=border');
    expect(response.headers['cache-control']).toBe('private, no-store');
  });

  it('pages through results, newest first among equals', async () => {
    for (let i = 1; i <= PAGE_SIZE + 2; i++) {
      t.deps.clock.set(new Date(Date.UTC(2026, 5, 1, 0, i)));
      await story({ headline: `Harvest report ${i}`, slug: `harvest-${i}` });
    }
    const first = await get('/en/search?q=harvest');
    expect(headlines(first.body)).toHaveLength(PAGE_SIZE);
    expect(headlines(first.body)[0]).toBe(`Harvest report ${PAGE_SIZE + 2}`);
    expect(first.body).toContain('href="/en/search?q=harvest&amp;page=2"');
    const second = await get('/en/search?q=harvest&page=2');
    expect(headlines(second.body)).toEqual(['Harvest report 2', 'Harvest report 1']);
    expect(second.body).not.toContain('rel="next"');
  });

  it('follows publish, edit and unpublish through the workflow', async () => {
    const base: ArticleInput = {
      siteId, locale: 'en', headline: 'Quarry expansion approved', summary: 'Residents object.', sectionId,
      authorIds: [(await createAuthor(t.deps, { name: 'Aru Bekova' })).id],
      dateline: 'OSH', bodyMd: 'The council voted.', tags: [], leadMediaId: null, leadCaption: '', leadCredit: '', leadAlt: '',
    };
    const created = await saveNewArticle(t.deps, base, editorId);
    if (created.kind !== 'saved') throw new Error('not saved');
    expect(await search('en', 'quarry')).toEqual([]);
    await publishArticle(t.deps, created.id, editorId);
    expect(await search('en', 'quarry')).toEqual(['Quarry expansion approved']);
    await updateArticle(t.deps, created.id, { ...base, headline: 'Mine expansion approved', slug: 'quarry-expansion-approved' }, 2, editorId);
    expect(await search('en', 'quarry')).toEqual([]);
    expect(await search('en', 'mines')).toEqual(['Mine expansion approved']);
    await unpublishArticle(t.deps, created.id, editorId);
    expect(await search('en', 'mine')).toEqual([]);
    await publishArticle(t.deps, created.id, editorId);
    expect(await search('en', 'mine')).toEqual(['Mine expansion approved']);
  });
});
