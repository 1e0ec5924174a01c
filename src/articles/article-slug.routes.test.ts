// Slugs per script, end to end: the slug an article, tag or section gets from its locale, and
// that a Unicode (Arabic-script) slug is found whether the address arrives percent-encoded, as
// browsers send it, or raw, as people paste it (docs/decisions/0007).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle as insertArticle, createAuthor, createSection, createUser, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale, createOtherSite } from '../../test/public-fixtures.ts';
import { articleUrl } from '../lib/urls.ts';
import { saveSection } from '../sections/save-section.ts';
import { saveTag } from '../tags/save-tag.ts';
import { createArticle, type ArticleInput } from './save-article.ts';

describe.each(engines)('slugs per script on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: 'https://news.example.test' });
    await addSiteLocale(t.deps, 'ar', 1);
    await addSiteLocale(t.deps, 'fa-AF', 2);
    await addSiteLocale(t.deps, 'ru', 3);
    await addSiteLocale(t.deps, 'uz-Cyrl', 4);
    sectionId = (await createSection(t.deps, { name: 'World' })).id;
  });
  afterAll(async () => { await t.close(); });

  describe('an article with an Arabic slug', () => {
    const headline = 'الرئيس يزور الكويت ٢٠٢٤';
    const slug = 'الرئيس-يزور-الكويت-2024';
    beforeAll(async () => {
      const article = await insertArticle(t.deps, { sectionId, locale: 'ar', headline, summary: 'زيارة رسمية.' });
      expect(article.slug).toBe(slug);
    });

    it('is found by the percent-encoded address browsers send', async () => {
      const res = await t.app.inject({ url: articleUrl('ar', slug) });
      expect(articleUrl('ar', slug)).toBe(`/ar/articles/${encodeURIComponent(slug)}`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<h1>${headline}</h1>`);
      expect(res.body).toContain(`<link rel="canonical" href="https://news.example.test/ar/articles/${encodeURIComponent(slug)}"/>`);
    });

    it('is found with lower-case percent-encoding too', async () => {
      const res = await t.app.inject({ url: `/ar/articles/${encodeURIComponent(slug).toLowerCase()}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<h1>${headline}</h1>`);
    });

    it('is found by the raw address', async () => {
      const res = await t.app.inject({ url: `/ar/articles/${slug}` });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(`<h1>${headline}</h1>`);
    });

    it('is not found with the headline spelled with harakat: slugs are exact', async () => {
      const res = await t.app.inject({ url: `/ar/articles/${encodeURIComponent('الرَّئيس-يزور-الكويت-2024')}` });
      expect(res.statusCode).toBe(404);
    });
  });

  describe('a saved article gets the slug of its own locale', () => {
    let input: Omit<ArticleInput, 'locale' | 'headline'>;
    let editorId: string;
    beforeAll(async () => {
      const author = await createAuthor(t.deps, { name: 'Aru Bekova' });
      editorId = (await createUser(t.deps, { role: 'editor' })).id;
      input = {
        siteId: await defaultSiteId(t.deps), summary: 'Summary.', sectionId, authorIds: [author.id], dateline: 'KABUL',
        bodyMd: 'Text.\n\n## More\n\nMore text.', tags: [], leadMediaId: null, leadCaption: '', leadCredit: '', leadAlt: '',
      };
    });

    it.each([
      ['fa-AF', 'كتاب‌ها در كابل ۱۴۰۳', 'کتاب-ها-در-کابل-1403'],
      ['ar', 'كتاب في كابل', 'كتاب-في-كابل'],
      ['ru', 'Ёлка на площади', 'elka-na-ploshchadi'],
      ['uz-Cyrl', 'Ўзбекистон янги йўл қурди', 'ozbekiston-yangi-yol-qurdi'],
      ['en', 'Ёлка на площади', 'yolka-na-ploshchadi'],
    ])('%s: %s → %s', async (locale, headline, slug) => {
      const result = await createArticle(t.deps, { ...input, locale, headline }, editorId);
      expect(result).toMatchObject({ kind: 'saved', slug });
    });
  });

  describe('tags and sections on a site whose default locale is Arabic', () => {
    const host = 'arabic.example.test';
    let siteId: string;
    beforeAll(async () => {
      siteId = (await createOtherSite(t.deps, { host, name: 'الأخبار', locales: ['ar', 'en'] })).id;
    });

    it('makes Arabic slugs from Arabic names, and their pages are found', async () => {
      const section = await saveSection(t.deps, siteId, undefined, { name: 'الاقتصاد', slug: '', position: '1', labels: {} });
      expect(section.kind).toBe('saved');
      const tag = await saveTag(t.deps, siteId, undefined, { name: 'الطاقة ٢٠٢٤', slug: '' });
      expect(tag.kind).toBe('saved');
      const slugs = await t.deps.db.selectFrom('tags').select('slug').where('site_id', '=', siteId).execute();
      expect(slugs.map((s) => s.slug)).toEqual(['الطاقة-2024']);
      const sectionPage = await t.app.inject({ url: `/ar/sections/${encodeURIComponent('الاقتصاد')}`, headers: { host } });
      expect(sectionPage.statusCode).toBe(200);
      const tagPage = await t.app.inject({ url: `/ar/tags/${encodeURIComponent('الطاقة-2024')}`, headers: { host } });
      expect(tagPage.statusCode).toBe(200);
    });
  });
});
