// Translations in the newsroom: starting one copies the source's placement, byline, image and
// tags; the editor shows the group locale by locale; the list shows each article's locales;
// a second article in one locale of a group is refused as a form error, never a 500.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag } from '../../test/factories.ts';
import { addSiteLocale, createMediaRow } from '../../test/public-fixtures.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { isUniqueViolation, isUniqueViolationOf } from '../db/constraint-violations.ts';
import { multipartBody } from '../media/multipart.testkit.ts';
import { findEditableArticle } from './article.queries.ts';

type Fields = Record<string, string | string[]>;
const GROUP_LOCALE = { name: 'articles_group_locale_uq', table: 'articles', columns: ['translation_group_id', 'locale'] };

describe.each(engines)('translations in the newsroom on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let sectionId: string;
  let authorIds: string[];
  let source: { id: string };
  let mediaId: string;

  const get = (url: string, agent = editor) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  function post(url: string, fields: Fields, agent = editor) {
    const { payload, contentType } = multipartBody(fields);
    return t.app.inject({ method: 'POST', url: `${url}?_csrf=${encodeURIComponent(agent.csrf)}`, payload, headers: { cookie: agent.cookie, 'content-type': contentType } });
  }
  const translation = (extra: Fields): Fields => ({
    headline: 'Шекара ашылды', summary: '', sectionId, authorIds, tags: 'Trade', dateline: 'БІШКЕК', locale: 'kk-Cyrl',
    bodyMd: 'Жүк көліктері өтті.', leadMediaId: mediaId, leadAlt: 'Жүк көліктері', translationGroupId: source.id, intent: 'save', ...extra,
  });

  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    await addSiteLocale(t.deps, 'ru', 1);
    await addSiteLocale(t.deps, 'kk-Cyrl', 2);
    await addSiteLocale(t.deps, 'ar', 3);
    await createSection(t.deps, { name: 'Politics', position: 0 });
    sectionId = (await createSection(t.deps, { name: 'Economy', position: 1 })).id;
    authorIds = [(await createAuthor(t.deps, { name: 'Timur Saidov' })).id, (await createAuthor(t.deps, { name: 'Aru Bekova' })).id];
    await createAuthor(t.deps, { name: 'Not On The Byline' });
    const tags = [await createTag(t.deps, { name: 'Trade' }), await createTag(t.deps, { name: 'Border' })];
    mediaId = (await createMediaRow(t.deps)).id;
    source = await createArticle(t.deps, {
      sectionId, headline: 'Border reopens', slug: 'border-reopens', authorIds, tagIds: tags.map((tag) => tag.id), dateline: 'BISHKEK',
      leadMediaId: mediaId, leadCaption: 'Lorries at the Ak-Jol post.', leadCredit: 'Aida Sultanova', leadAlt: 'A queue of lorries',
    });
    await createArticle(t.deps, { sectionId, locale: 'ru', headline: 'Граница открыта', slug: 'granitsa', translationGroupId: source.id, authorIds });
    await createArticle(t.deps, { sectionId, locale: 'ar', headline: 'إعادة فتح الحدود', slug: 'hudud', translationGroupId: source.id, status: 'scheduled', publishAt: '2030-01-01T00:00:00.000Z', publishedAt: null });
    editor = await signInAs(t, 'editor');
  });
  afterAll(async () => { await t.close(); });

  it('starts a translation with the source’s section, byline, lead image with caption, credit and alt, tags and dateline', async () => {
    const res = await get(`/admin/articles/new?translationOf=${source.id}&locale=kk-Cyrl`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain(`name="translationGroupId" value="${source.id}"`);
    expect(html).toMatch(/<option value="kk-Cyrl" selected>/);
    expect(html).toMatch(new RegExp(`<option value="${sectionId}" selected>Economy</option>`));
    for (const id of authorIds) expect(html).toContain(`value="${id}" checked`);
    expect(html).not.toMatch(/value="[^"]+" checked[^>]*\/><label[^>]*>Not On The Byline/);
    expect(html).toMatch(/name="dateline"[^>]*value="BISHKEK"|value="BISHKEK"[^>]*name="dateline"/);
    expect(html).toMatch(/name="tags"[^>]*value="Border, Trade"|value="Border, Trade"[^>]*name="tags"/);
    expect(html).toMatch(new RegExp(`name="leadMediaId"[^>]*value="${mediaId}"[^>]*checked|value="${mediaId}"[^>]*checked`));
    for (const [name, value] of [['leadCaption', 'Lorries at the Ak-Jol post.'], ['leadCredit', 'Aida Sultanova'], ['leadAlt', 'A queue of lorries']]) {
      expect(html, name).toMatch(new RegExp(`name="${name}"[^>]*value="${value}"|value="${value}"[^>]*name="${name}"|name="${name}"[^>]*>${value}<`));
    }
  });

  it('writes the translation’s text fields in the target locale’s language and direction', async () => {
    const arabic = await get(`/admin/articles/new?translationOf=${source.id}&locale=ar`);
    expect(arabic.body).toMatch(/<input[^>]*name="headline"[^>]*lang="ar"[^>]*dir="rtl"|<input[^>]*lang="ar"[^>]*dir="rtl"[^>]*name="headline"/);
    expect(arabic.body).toMatch(/<textarea[^>]*name="bodyMd"[^>]*lang="ar"[^>]*dir="rtl"/);
  });

  it('creates the translation in the group, with the copied image, tags and byline', async () => {
    const res = await post('/admin/articles', translation({ leadCaption: 'Ақ-Жол бекетіндегі жүк көліктері.', leadCredit: 'Aida Sultanova' }));
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    const id = /\/admin\/articles\/([^?]+)/.exec(String(res.headers.location))![1]!;
    expect(await findEditableArticle(t.deps.db, id)).toMatchObject({
      locale: 'kk-Cyrl', translationGroupId: source.id, sectionId, authorIds, leadMediaId: mediaId, tagNames: ['Trade'], status: 'draft',
    });
  });

  it('shows the group as a table of the site’s locales: done, draft, scheduled, missing, with links or “Translate”', async () => {
    const html = (await get(`/admin/articles/${source.id}`)).body;
    const table = /<section class="translations"[^>]*>(.*?)<\/section>/s.exec(html)?.[1] ?? '';
    const rows = [...table.matchAll(/<tr><th scope="row">([^<]+)<\/th><td><span class="badge[^"]*">([^<]+)<\/span><\/td><td>(.*?)<\/td><\/tr>/gs)]
      .map((m) => [m[1], m[2], m[3]!.replace(/<[^>]+>/g, '')]);
    expect(rows).toEqual([
      ['English (en)', 'Done (published)', 'This article'],
      ['Russian (ru)', 'Done (published)', 'Граница открыта'],
      ['Kazakh (Cyrillic) (kk-Cyrl)', 'Draft', 'Шекара ашылды'],
      ['Arabic (ar)', 'Scheduled', 'إعادة فتح الحدود'],
    ]);
    expect(table).toMatch(/<bdi lang="ar" dir="rtl">إعادة فتح الحدود<\/bdi>/);
    await t.deps.db.deleteFrom('articles').where('locale', '=', 'ar').execute();
    const afterDelete = (await get(`/admin/articles/${source.id}`)).body;
    expect(afterDelete).toContain(`href="/admin/articles/new?translationOf=${source.id}&amp;locale=ar">Translate into Arabic</a>`);
    expect(afterDelete).toMatch(/<span class="badge badge-missing">Missing<\/span>/);
  });

  it('shows each article’s locales at a glance in the article list', async () => {
    const html = (await get('/admin/articles')).body;
    const row = /<tr><td><a href="\/admin\/articles\/[^"]+"[^>]*>Border reopens<\/a>.*?<\/tr>/s.exec(html)?.[0] ?? '';
    expect(row).toMatch(/<strong>en<\/strong> · <a href="\/admin\/articles\/[^"]+" hreflang="kk-Cyrl">kk-Cyrl<\/a><span class="muted"> \(draft\)<\/span> · <a href="\/admin\/articles\/[^"]+" hreflang="ru">ru<\/a><\/td>/);
  });

  it('refuses a second article in one locale of a group, with the form and what was typed kept', async () => {
    const res = await post('/admin/articles', translation({ locale: 'ru', headline: 'Ещё одна граница' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('This article already has a translation in Russian (ru).');
    expect(res.body).toContain('value="Ещё одна граница"');
    expect(await t.deps.db.selectFrom('articles').select('id').where('headline', '=', 'Ещё одна граница').execute()).toEqual([]);
  });

  it('refuses moving an article into a locale its group already has', async () => {
    const kk = await t.deps.db.selectFrom('articles').select(['id', 'version']).where('locale', '=', 'kk-Cyrl').executeTakeFirstOrThrow();
    const res = await post(`/admin/articles/${kk.id}`, translation({ locale: 'ru', version: String(kk.version), translationGroupId: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('already has a translation in Russian');
  });

  it('refuses a translation group made up in the form', async () => {
    const res = await post('/admin/articles', translation({ locale: 'ar', translationGroupId: 'no-such-group' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('no longer exists');
  });

  it('tells the group-locale index apart from a taken slug when two writes race', async () => {
    const row = (await t.deps.db.selectFrom('articles').selectAll().where('id', '=', source.id).executeTakeFirstOrThrow());
    const twin = { ...row, id: t.deps.ids.next(), slug: 'another-slug' };
    const sameLocale = await t.deps.db.insertInto('articles').values(twin).execute().then(() => undefined, (e: unknown) => e);
    expect(isUniqueViolationOf(sameLocale, GROUP_LOCALE)).toBe(true);
    const sameSlug = await t.deps.db.insertInto('articles').values({ ...row, id: t.deps.ids.next(), translation_group_id: 'other' })
      .execute().then(() => undefined, (e: unknown) => e);
    expect(isUniqueViolation(sameSlug)).toBe(true);
    expect(isUniqueViolationOf(sameSlug, GROUP_LOCALE)).toBe(false);
    expect(isUniqueViolationOf(new Error('boom'), GROUP_LOCALE)).toBe(false);
  });
});
