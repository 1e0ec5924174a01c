import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_START, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale, createMediaRow } from '../../test/public-fixtures.ts';
import { updateArticle } from '../articles/save-article.ts';

const ORIGIN = 'https://news.example.test';
type Thing = Record<string, any>;

/** Every JSON-LD data block of a page, parsed (a block that is not valid JSON fails the test). */
function jsonLd(html: string): Thing[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Thing);
}
const ofType = (html: string, type: string) => jsonLd(html).find((block) => block['@type'] === type);
function metaContents(html: string, key: string): string[] {
  const re = new RegExp(`<meta (?:property|name)="${key.replace(/[.:+]/g, '\\$&')}" content="([^"]*)"/>`, 'g');
  return [...html.matchAll(re)].map((m) => m[1]!);
}

/** The properties Google's Article documentation asks for, with the shapes it expects. */
function expectGoogleArticle(article: Thing): void {
  expect(article['@context']).toBe('https://schema.org');
  expect(article['@type']).toBe('NewsArticle');
  expect(typeof article.headline).toBe('string');
  for (const key of ['datePublished', 'dateModified']) expect(Number.isFinite(Date.parse(article[key]))).toBe(true);
  for (const author of article.author) {
    expect(author).toMatchObject({ '@type': 'Person', name: expect.any(String), url: expect.stringMatching(/^https:\/\//) });
  }
  for (const image of article.image ?? []) expect(image).toMatch(/^https:\/\//);
}

describe.each(engines)('structured data and social cards on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: ORIGIN });
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
  });
  afterAll(async () => { await t.close(); });
  const get = async (url: string) => (await t.app.inject({ url })).body;

  it('describes an article as a NewsArticle with crops, authors, publisher and breadcrumbs', async () => {
    const author = await createAuthor(t.deps, { name: 'Nurlan Abenov' });
    const tags = [await createTag(t.deps, { name: 'Water rights' }), await createTag(t.deps, { name: 'Farming' })];
    const media = await createMediaRow(t.deps, { width: 2000, height: 1125 });
    const en = await createArticle(t.deps, {
      sectionId, headline: 'Canal repairs finish early', summary: 'Water two weeks early.', authorIds: [author.id], tagIds: tags.map((x) => x.id),
      leadMediaId: media.id, leadAlt: 'Men at a "sluice" gate',
    });
    await createArticle(t.deps, { sectionId, locale: 'ru', headline: 'Ремонт каналов', slug: 'remont', translationGroupId: en.translation_group_id });
    const html = await get('/en/articles/canal-repairs-finish-early');
    const article = ofType(html, 'NewsArticle')!;
    expectGoogleArticle(article);
    const url = `${ORIGIN}/en/articles/canal-repairs-finish-early`;
    expect(article).toMatchObject({
      headline: 'Canal repairs finish early', description: 'Water two weeks early.', url, mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      datePublished: TEST_START, dateModified: TEST_START, articleSection: 'Economy', inLanguage: 'en', isAccessibleForFree: true,
      keywords: ['Farming', 'Water rights'],
      author: [{ '@type': 'Person', name: 'Nurlan Abenov', url: `${ORIGIN}/en/authors/nurlan-abenov` }],
      publisher: {
        '@type': 'NewsMediaOrganization', name: 'Newsroom', url: `${ORIGIN}/en/`,
        publishingPrinciples: `${ORIGIN}/en/comment-policy`, actionableFeedbackPolicy: `${ORIGIN}/en/comment-policy`,
      },
    });
    expect(article.image).toEqual(['16x9', '4x3', '1x1'].map((ratio) => `${ORIGIN}/media-crops/${media.storage_key}-${ratio}-1600.jpg`));
    expect(ofType(html, 'BreadcrumbList')!.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Newsroom', item: `${ORIGIN}/en/` },
      { '@type': 'ListItem', position: 2, name: 'Economy', item: `${ORIGIN}/en/sections/economy` },
      { '@type': 'ListItem', position: 3, name: 'Canal repairs finish early', item: url },
    ]);
    expect(metaContents(html, 'og:type')).toEqual(['article']);
    expect(metaContents(html, 'og:url')).toEqual([url]);
    expect(metaContents(html, 'og:locale')).toEqual(['en']);
    expect(metaContents(html, 'og:locale:alternate')).toEqual(['ru']);
    expect(metaContents(html, 'og:image')).toEqual([`${ORIGIN}/media-crops/${media.storage_key}-16x9-1600.jpg`]);
    expect(metaContents(html, 'og:image:width')).toEqual(['1200']);
    expect(metaContents(html, 'og:image:height')).toEqual(['675']);
    expect(metaContents(html, 'og:image:alt')).toEqual(['Men at a &quot;sluice&quot; gate']);
    expect(metaContents(html, 'twitter:card')).toEqual(['summary_large_image']);
    expect(metaContents(html, 'twitter:image:alt')).toEqual(['Men at a &quot;sluice&quot; gate']);
    expect(metaContents(html, 'article:published_time')).toEqual([TEST_START]);
    expect(metaContents(html, 'article:section')).toEqual(['Economy']);
    expect(metaContents(html, 'article:tag')).toEqual(['Farming', 'Water rights']);
    expect(metaContents(html, 'article:author')).toEqual([`${ORIGIN}/en/authors/nurlan-abenov`]);
    // And the Russian version names English as its alternate.
    expect(metaContents(await get('/ru/articles/remont'), 'og:locale:alternate')).toEqual(['en']);
  });

  it('keeps a hostile headline inside its JSON string and escapes it in meta tags', async () => {
    const headline = '</script><script>alert(1)</script><!-- & "quoted" \u2028';
    await createArticle(t.deps, { sectionId, headline, slug: 'hostile' });
    const html = await get('/en/articles/hostile');
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<!-- &');
    expect(html.match(/<script\b/g)!.length).toBe(html.match(/<\/script>/g)!.length);
    expect(ofType(html, 'NewsArticle')!.headline).toBe(headline);
    expect(ofType(html, 'BreadcrumbList')!.itemListElement[2].name).toBe(headline);
    expect(metaContents(html, 'og:title')).toEqual(['&lt;/script>&lt;script>alert(1)&lt;/script>&lt;!-- &amp; &quot;quoted&quot; \u2028']);
  });

  it('shows "Updated" only after a content change, in a <time>, and carries it as modification time', async () => {
    const siteId = await defaultSiteId(t.deps);
    const author = await createAuthor(t.deps, { name: 'Dina Sarieva' });
    const row = await createArticle(t.deps, { sectionId, headline: 'Budget passes', slug: 'budget', authorIds: [author.id] });
    const before = await get('/en/articles/budget');
    expect(before).not.toContain('class="updated"');
    expect(ofType(before, 'NewsArticle')!.dateModified).toBe(TEST_START);
    const unchanged = {
      siteId, locale: 'en', headline: row.headline, summary: row.summary, sectionId, authorIds: [author.id], dateline: row.dateline,
      bodyMd: row.body_md, tags: [], leadMediaId: null, leadCaption: '', leadCredit: '', leadAlt: '',
    };
    // A save that changes nothing readers see (here: a tag) is not an update.
    t.deps.clock.advance(3600_000);
    expect(await updateArticle(t.deps, row.id, { ...unchanged, tags: ['Parliament'] }, 1, null)).toMatchObject({ kind: 'saved' });
    expect(await get('/en/articles/budget')).not.toContain('class="updated"');
    t.deps.clock.advance(3600_000);
    const result = await updateArticle(t.deps, row.id, { ...unchanged, summary: 'Now with the vote count.', bodyMd: 'The vote was 80 to 20.' }, 2, null);
    expect(result).toMatchObject({ kind: 'saved' });
    const after = await get('/en/articles/budget');
    const updatedAt = '2026-06-08T11:00:00.000Z';
    expect(after).toContain(`<span class="updated">Updated <time datetime="${updatedAt}">`);
    expect(ofType(after, 'NewsArticle')!.dateModified).toBe(updatedAt);
    expect(metaContents(after, 'article:modified_time')).toEqual([updatedAt]);
  });

  it('does not call an edit stamped before publication an update', async () => {
    const row = await createArticle(t.deps, { sectionId, headline: 'Republished story', slug: 'republished', publishedAt: '2026-06-08T08:00:00.000Z' });
    await t.deps.db.updateTable('articles').set({ content_updated_at: '2026-06-08T07:00:00.000Z' }).where('id', '=', row.id).execute();
    const html = await get('/en/articles/republished');
    expect(html).not.toContain('class="updated"');
    expect(ofType(html, 'NewsArticle')!.dateModified).toBe('2026-06-08T08:00:00.000Z');
  });

  it('gives the home page the publisher and a section page its breadcrumb', async () => {
    const home = await get('/en/');
    expect(ofType(home, 'NewsMediaOrganization')).toMatchObject({ '@context': 'https://schema.org', name: 'Newsroom', url: `${ORIGIN}/en/` });
    expect(metaContents(home, 'og:type')).toEqual(['website']);
    expect(metaContents(home, 'og:site_name')).toEqual(['Newsroom']);
    expect(metaContents(home, 'og:url')).toEqual([`${ORIGIN}/en/`]);
    const section = await get('/en/sections/economy');
    expect(ofType(section, 'BreadcrumbList')!.itemListElement.map((item: Thing) => item.item)).toEqual([`${ORIGIN}/en/`, `${ORIGIN}/en/sections/economy`]);
    expect(metaContents(section, 'twitter:card')).toEqual(['summary']);
  });
});

describe.each(engines)('structured data without SERAI_PUBLIC_URL on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { publicUrl: undefined }); });
  afterAll(async () => { await t.close(); });

  it('leaves out everything that needs an absolute URL, whatever the Host says', async () => {
    const sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
    const media = await createMediaRow(t.deps);
    await createArticle(t.deps, { sectionId, headline: 'Relative only', slug: 'relative', leadMediaId: media.id });
    const html = (await t.app.inject({ url: '/en/articles/relative', headers: { host: 'evil.example' } })).body;
    expect(jsonLd(html)).toEqual([]);
    expect(html).not.toMatch(/https?:\/\/(?!schema\.org)/);
    expect(metaContents(html, 'og:title')).toEqual(['Relative only']);
    expect(metaContents(html, 'og:url')).toEqual([]);
    expect(metaContents(html, 'twitter:card')).toEqual(['summary']);
  });
});
