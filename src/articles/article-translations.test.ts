// Translations on the public side: the language switcher's targets and the hreflang
// alternates of article, section, home, tag pages, and cached pages following the group.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag } from '../../test/factories.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { findEditableArticle } from './article.queries.ts';
import { publishArticle, unpublishArticle } from './article-workflow.ts';
import { updateArticle } from './save-article.ts';
import { insertSite } from '../sites/site.queries.ts';

const ORIGIN = 'https://news.example.test';

/** The hreflang alternates of a page: hreflang → href. */
function hreflangs(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
}

/** The switcher's links: locale → decoded `next`, with the attributes each carries. */
function switcher(html: string): Record<string, { next: string; current: boolean; text: string }> {
  const nav = /<nav class="language-switcher"[^>]*>(.*?)<\/nav>/s.exec(html)?.[1] ?? '';
  const links = [...nav.matchAll(/<a href="\/language\/([^"?]+)\?next=([^"]+)" lang="([^"]+)" hreflang="([^"]+)"[^>]*rel="nofollow"([^>]*)>([^<]+)<\/a>/g)];
  return Object.fromEntries(links.map((m) => {
    expect(m[3]).toBe(decodeURIComponent(m[1]!));
    expect(m[4]).toBe(decodeURIComponent(m[1]!));
    return [decodeURIComponent(m[1]!), { next: decodeURIComponent(m[2]!.replace(/&amp;/g, '&')), current: m[5]!.includes('aria-current="true"'), text: m[6]! }];
  }));
}

describe.each(engines)('translations on the public site on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let en: { id: string; slug: string };
  let ru: { id: string; slug: string };
  let kk: { id: string; slug: string };

  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: `${ORIGIN}/` });
    await addSiteLocale(t.deps, 'ru', 1);
    await addSiteLocale(t.deps, 'kk-Cyrl', 2);
    const section = await createSection(t.deps, { name: 'Economy' });
    sectionId = section.id;
    await t.deps.db.insertInto('section_labels').values({ section_id: sectionId, locale: 'ru', name: 'Экономика' }).execute();
    const author = await createAuthor(t.deps, { name: 'Aru Bekova' });
    const tag = await createTag(t.deps, { name: 'Trade' });
    en = await createArticle(t.deps, { sectionId, headline: 'Border reopens', slug: 'border-reopens', authorIds: [author.id], tagIds: [tag.id] });
    ru = await createArticle(t.deps, { sectionId, locale: 'ru', headline: 'Граница открыта', slug: 'granitsa-otkryta', translationGroupId: en.id, authorIds: [author.id], tagIds: [tag.id] });
    kk = await createArticle(t.deps, { sectionId, locale: 'kk-Cyrl', headline: 'Шекара ашылды', slug: 'shekara-ashyldy', translationGroupId: en.id, status: 'draft' });
  });
  afterAll(async () => { await t.close(); });

  const page = async (url: string) => {
    const res = await t.app.inject({ url });
    expect(res.statusCode, url).toBe(200);
    return res.body;
  };

  it('lists each published translation, itself included, and x-default on every version; drafts never', async () => {
    const expected = {
      en: `${ORIGIN}/en/articles/border-reopens`, ru: `${ORIGIN}/ru/articles/granitsa-otkryta`, 'x-default': `${ORIGIN}/en/articles/border-reopens`,
    };
    expect(hreflangs(await page('/en/articles/border-reopens'))).toEqual(expected);
    expect(hreflangs(await page('/ru/articles/granitsa-otkryta'))).toEqual(expected);
    expect(await page('/en/articles/border-reopens')).not.toContain('shekara');
  });

  it('sends the article’s switcher to the published translation, else to that locale’s home', async () => {
    const links = switcher(await page('/en/articles/border-reopens'));
    expect(links).toEqual({
      en: { next: '/en/articles/border-reopens', current: true, text: 'English' },
      ru: { next: '/ru/articles/granitsa-otkryta', current: false, text: 'Русский' },
      'kk-Cyrl': { next: '/kk-Cyrl/', current: false, text: 'Қазақша' },
    });
    expect(switcher(await page('/ru/articles/granitsa-otkryta')).en!.next).toBe('/en/articles/border-reopens');
  });

  it('puts the switcher in the masthead, and no language links anywhere else', async () => {
    const html = await page('/en/articles/border-reopens');
    expect(html).toMatch(/<header class="masthead">.*<nav class="language-switcher" aria-label="Languages">.*<\/header>/s);
    expect(html.match(/\/language\//g)).toHaveLength(3);
    expect((await page('/ru/')).includes('aria-label="Языки"')).toBe(true);
  });

  it('gives home pages every locale, x-default the site default', async () => {
    const html = await page('/ru/');
    expect(hreflangs(html)).toEqual({ en: `${ORIGIN}/en/`, ru: `${ORIGIN}/ru/`, 'kk-Cyrl': `${ORIGIN}/kk-Cyrl/`, 'x-default': `${ORIGIN}/en/` });
    expect(Object.fromEntries(Object.entries(switcher(html)).map(([l, v]) => [l, v.next]))).toEqual({ en: '/en/', ru: '/ru/', 'kk-Cyrl': '/kk-Cyrl/' });
  });

  it('sends a section page’s switcher to the same section in each locale, with hreflang on page 1 only', async () => {
    const html = await page('/ru/sections/economy');
    expect(Object.fromEntries(Object.entries(switcher(html)).map(([l, v]) => [l, v.next]))).toEqual({
      en: '/en/sections/economy', ru: '/ru/sections/economy', 'kk-Cyrl': '/kk-Cyrl/sections/economy',
    });
    expect(hreflangs(html)).toEqual({
      en: `${ORIGIN}/en/sections/economy`, ru: `${ORIGIN}/ru/sections/economy`, 'kk-Cyrl': `${ORIGIN}/kk-Cyrl/sections/economy`,
      'x-default': `${ORIGIN}/en/sections/economy`,
    });
  });

  it('sends a tag page’s switcher to the same tag where that locale has articles with it, else home; no hreflang', async () => {
    const html = await page('/en/tags/trade');
    expect(Object.fromEntries(Object.entries(switcher(html)).map(([l, v]) => [l, v.next]))).toEqual({
      en: '/en/tags/trade', ru: '/ru/tags/trade', 'kk-Cyrl': '/kk-Cyrl/',
    });
    expect(hreflangs(html)).toEqual({});
    expect(switcher(await page('/en/authors/aru-bekova')).ru!.next).toBe('/ru/authors/aru-bekova');
  });

  it('sends pages without versions (the comment policy) to each locale’s home and keeps the current page', async () => {
    const links = switcher(await page('/ru/comment-policy'));
    expect(links.en!.next).toBe('/en/');
    expect(links.ru!.next).toBe('/ru/comment-policy');
  });

  it('keeps cached pages in step with the group: publish, scheduled, unpublish and a new slug', async () => {
    await page('/en/articles/border-reopens'); // cached now
    await t.deps.db.updateTable('articles').set({ status: 'scheduled', publish_at: '2030-01-01T00:00:00.000Z' }).where('id', '=', kk.id).execute();
    t.deps.pageCache.invalidateSite((await t.deps.sites.forHost(undefined))!.id);
    expect(hreflangs(await page('/en/articles/border-reopens'))['kk-Cyrl']).toBeUndefined(); // scheduled: not yet
    await t.deps.db.updateTable('articles').set({ status: 'draft', publish_at: null }).where('id', '=', kk.id).execute();

    expect((await publishArticle(t.deps, kk.id, null)).kind).toBe('published');
    expect(hreflangs(await page('/en/articles/border-reopens'))['kk-Cyrl']).toBe(`${ORIGIN}/kk-Cyrl/articles/shekara-ashyldy`);
    expect(switcher(await page('/ru/articles/granitsa-otkryta'))['kk-Cyrl']!.next).toBe('/kk-Cyrl/articles/shekara-ashyldy');

    const current = (await findEditableArticle(t.deps.db, kk.id))!;
    const input = {
      siteId: current.siteId, locale: current.locale, headline: current.headline, summary: current.summary, sectionId: current.sectionId,
      authorIds: [(await t.deps.db.selectFrom('authors').select('id').executeTakeFirstOrThrow()).id], dateline: current.dateline,
      bodyMd: current.bodyMd, tags: current.tagNames, leadMediaId: null, leadCaption: '', leadCredit: '', leadAlt: '', slug: 'shekara-qaita-ashyldy',
    };
    expect((await updateArticle(t.deps, kk.id, input, current.version, null)).kind).toBe('saved');
    expect(hreflangs(await page('/en/articles/border-reopens'))['kk-Cyrl']).toBe(`${ORIGIN}/kk-Cyrl/articles/shekara-qaita-ashyldy`);

    expect((await unpublishArticle(t.deps, ru.id, null)).kind).toBe('unpublished');
    const after = await page('/en/articles/border-reopens');
    expect(hreflangs(after).ru).toBeUndefined();
    expect(switcher(after).ru!.next).toBe('/ru/');
    expect(hreflangs(await page('/kk-Cyrl/articles/shekara-qaita-ashyldy'))).toEqual({
      en: `${ORIGIN}/en/articles/border-reopens`, 'kk-Cyrl': `${ORIGIN}/kk-Cyrl/articles/shekara-qaita-ashyldy`, 'x-default': `${ORIGIN}/en/articles/border-reopens`,
    });
  });

  it('keeps the same page for every reader: no cookie or Accept-Language changes it', async () => {
    const plain = await t.app.inject({ url: '/en/articles/border-reopens' });
    const other = await t.app.inject({ url: '/en/articles/border-reopens', headers: { cookie: 'serai_lang=ru', 'accept-language': 'ru' } });
    expect(other.body).toBe(plain.body);
    expect(other.headers.etag).toBe(plain.headers.etag);
    expect(String(other.headers.vary)).not.toMatch(/Accept-Language/i);
    expect(plain.headers['set-cookie']).toBeUndefined();
  });
});

describe.each(engines)('hreflang without SERAI_PUBLIC_URL on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { publicUrl: undefined }); await addSiteLocale(t.deps, 'ru', 1); });
  afterAll(async () => { await t.close(); });

  it('leaves hreflang out (it must be absolute, and the Host header is not trusted into a cached page), keeps the switcher', async () => {
    const section = await createSection(t.deps, { name: 'Economy' });
    const en = await createArticle(t.deps, { sectionId: section.id, slug: 'a' });
    await createArticle(t.deps, { sectionId: section.id, locale: 'ru', slug: 'b', translationGroupId: en.id });
    const res = await t.app.inject({ url: '/en/articles/a', headers: { host: 'attacker.example' } });
    expect(res.body).not.toContain('hreflang="x-default"');
    expect(res.body).not.toContain('attacker.example');
    expect(res.body).toContain('href="/language/ru?next=%2Fru%2Farticles%2Fb"');
  });
});

describe.each(engines)('a second site’s absolute links on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { publicUrl: `${ORIGIN}/` }); });
  afterAll(async () => { await t.close(); });

  it('names the second site’s own host in canonical and hreflang links, never the first site’s', async () => {
    const siteId = t.deps.ids.next();
    await insertSite(t.deps.db, { id: siteId, slug: 'arabic', name: 'عربي', host: 'ar.news.example.test', defaultLocale: 'ar', isDefault: false, locales: ['ar', 'fa-AF'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    const section = await createSection(t.deps, { name: 'اقتصاد', siteId });
    const ar = await createArticle(t.deps, { siteId, sectionId: section.id, locale: 'ar', headline: 'افتتاح المعبر', slug: 'iftitah' });
    await createArticle(t.deps, { siteId, sectionId: section.id, locale: 'fa-AF', headline: 'بازگشایی گذرگاه', slug: 'bazgoshayi', translationGroupId: ar.id });
    const res = await t.app.inject({ url: '/ar/articles/iftitah', headers: { host: 'ar.news.example.test' } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<link rel="canonical" href="https://ar.news.example.test/ar/articles/iftitah"/>');
    expect(hreflangs(res.body)).toEqual({
      ar: 'https://ar.news.example.test/ar/articles/iftitah',
      'fa-AF': 'https://ar.news.example.test/fa-AF/articles/bazgoshayi',
      'x-default': 'https://ar.news.example.test/ar/articles/iftitah',
    });
    expect(res.body).not.toContain(`${ORIGIN}/`);
  });
});
