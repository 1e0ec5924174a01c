// Feeds on each engine: every feed parsed with a real feed parser and checked against its
// format's required parts, stable GUIDs across an edit and a slug change, full text vs
// summary, the lead image enclosure, hostile headlines, the page cache and its invalidation.
import fs from 'node:fs';
import path from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createTag, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale, createMediaRow } from '../../test/public-fixtures.ts';
import { publishArticle, unpublishArticle } from '../articles/article-workflow.ts';
import { updateArticle, type ArticleInput } from '../articles/save-article.ts';
import { postForm, signInAs } from '../accounts/sign-in.testkit.ts';

const ORIGIN = 'https://news.example.test';
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

function wellFormed(xml: string): void {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(XML_FORBIDDEN);
}

interface JsonFeed {
  version: string; title: string; home_page_url: string; feed_url: string; language: string;
  items: Array<{ id: string; url: string; title: string; content_html?: string; content_text?: string; summary: string; image?: string;
    date_published: string; date_modified: string; authors: Array<{ name: string; url?: string }>; tags: string[] }>;
}

describe.each(engines)('feeds on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await buildTestApp(engine, { publicUrl: ORIGIN, loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    await addSiteLocale(t.deps, 'ru');
    await addSiteLocale(t.deps, 'ar', 2);
    const society = await createSection(t.deps, { name: 'Society' });
    const sport = await createSection(t.deps, { name: 'Sport' });
    const author = await createAuthor(t.deps, { name: 'Malika Yusupova' });
    const desk = await createAuthor(t.deps, { name: 'Sport Desk' });
    const tag = await createTag(t.deps, { name: 'Schools' });
    const media = await createMediaRow(t.deps);
    // The largest WebP variant as the upload leaves it: its size is the enclosure's length.
    fs.mkdirSync(path.dirname(path.join(t.deps.mediaDir, media.storage_key)), { recursive: true });
    fs.writeFileSync(path.join(t.deps.mediaDir, `${media.storage_key}-1600.webp`), Buffer.alloc(1234));
    Object.assign(ids, { society: society.id, sport: sport.id, author: author.id, desk: desk.id, tag: tag.id, media: media.id });
    t.deps.clock.set(new Date('2026-06-01T08:00:00Z'));
    ids.old = (await createArticle(t.deps, { sectionId: sport.id, headline: 'Cup final tonight', authorIds: [desk.id] })).id;
    t.deps.clock.set(new Date('2026-06-02T08:00:00Z'));
    ids.lead = (await createArticle(t.deps, {
      sectionId: society.id, headline: 'Schools reopen after floods', summary: 'Classes resume on Monday.', authorIds: [author.id],
      tagIds: [tag.id], leadMediaId: media.id, leadAlt: 'A classroom', bodyMd: 'Pupils returned **early**.',
    })).id;
    await createArticle(t.deps, { sectionId: society.id, headline: 'A draft', status: 'draft' });
    await createArticle(t.deps, { sectionId: society.id, headline: 'Школы открылись', locale: 'ru', slug: 'shkoly', summary: 'Кратко.' });
    await createArticle(t.deps, { sectionId: society.id, headline: 'المدارس تفتح', locale: 'ar', slug: 'madaris', summary: 'ملخص.' });
    t.deps.clock.set(new Date('2026-06-08T09:00:00Z'));
  });
  afterAll(async () => { await t.close(); });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ url, headers });

  it('writes RSS 2.0 with the required channel and item parts, stable GUIDs and the lead image enclosure', async () => {
    const res = await get('/en/feed.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    wellFormed(res.body);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<rss version="2.0"/);
    for (const part of ['<title>', '<link>', '<description>', '<language>en</language>']) expect(res.body).toContain(part);
    expect(res.body).toContain(`<guid isPermaLink="false">urn:uuid:${ids.lead}</guid>`);
    expect(res.body).toMatch(new RegExp(`<enclosure length="1234" type="image/webp" url="${ORIGIN}/media/2026/06/${ids.media}-1600.webp"/>`));
    expect(res.body).toContain('<dc:creator>Malika Yusupova</dc:creator>');
    const feed = parseFeed(res.body);
    expect(feed.meta.type).toBe('rss');
    expect(feed.title).toBe('Newsroom');
    expect(feed.url).toBe(`${ORIGIN}/en/`);
    expect(feed.language).toBe('en');
    expect(feed.items.map((i) => i.title)).toEqual(['Schools reopen after floods', 'Cup final tonight']);
    const [lead] = feed.items;
    expect(lead!.id).toBe(`urn:uuid:${ids.lead}`);
    expect(lead!.url).toBe(`${ORIGIN}/en/articles/schools-reopen-after-floods`);
    expect(lead!.published?.toISOString()).toBe('2026-06-02T08:00:00.000Z');
    expect(lead!.categories.map((c) => c.label ?? c.term)).toEqual(['Society', 'Schools']);
    expect(lead!.media[0]).toMatchObject({ url: `${ORIGIN}/media/2026/06/${ids.media}-1600.webp`, mimeType: 'image/webp' });
  });

  it('writes Atom with id, title, updated, author and links, xml:lang and the enclosure link', async () => {
    const res = await get('/en/atom.xml');
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    wellFormed(res.body);
    expect(res.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(res.body).toContain(`<id>${ORIGIN}/en/atom.xml</id>`);
    expect(res.body).toContain(`<link rel="self" href="${ORIGIN}/en/atom.xml"/>`);
    expect(res.body).toContain(`<updated>2026-06-02T08:00:00.000Z</updated>`);
    expect(res.body).toMatch(/<author>\s*<name>Newsroom<\/name>/);
    expect(res.body).toContain(`<link rel="enclosure" href="${ORIGIN}/media/2026/06/${ids.media}-1600.webp" type="image/webp" length="1234"/>`);
    const feed = parseFeed(res.body);
    expect(feed.meta.type).toBe('atom');
    expect(feed.updated?.toISOString()).toBe('2026-06-02T08:00:00.000Z');
    const [lead] = feed.items;
    expect(lead).toMatchObject({ id: `urn:uuid:${ids.lead}`, title: 'Schools reopen after floods', url: `${ORIGIN}/en/articles/schools-reopen-after-floods` });
    expect(lead!.authors).toEqual([{ name: 'Malika Yusupova', url: `${ORIGIN}/en/authors/malika-yusupova`, email: null }]);
    expect(lead!.updated?.toISOString()).toBe('2026-06-02T08:00:00.000Z');
    expect(lead!.categories.map((c) => c.term)).toEqual(['society', 'schools']);
  });

  it('writes JSON Feed 1.1 with its required fields', async () => {
    const res = await get('/en/feed.json');
    expect(res.headers['content-type']).toBe('application/feed+json; charset=utf-8');
    const feed = JSON.parse(res.body) as JsonFeed;
    expect(feed).toMatchObject({ version: 'https://jsonfeed.org/version/1.1', title: 'Newsroom', home_page_url: `${ORIGIN}/en/`, feed_url: `${ORIGIN}/en/feed.json`, language: 'en' });
    const [lead] = feed.items;
    expect(lead).toMatchObject({
      id: `urn:uuid:${ids.lead}`, url: `${ORIGIN}/en/articles/schools-reopen-after-floods`, title: 'Schools reopen after floods',
      content_text: 'Classes resume on Monday.', image: `${ORIGIN}/media/2026/06/${ids.media}-1600.webp`,
      date_published: '2026-06-02T08:00:00.000Z', authors: [{ name: 'Malika Yusupova', url: `${ORIGIN}/en/authors/malika-yusupova` }],
      tags: ['Society', 'Schools'],
    });
    for (const item of feed.items) {
      expect(typeof item.id).toBe('string');
      expect(item.content_html !== undefined || item.content_text !== undefined).toBe(true);
    }
  });

  it('narrows to a section, tag and author, in the asked locale, right-to-left ones too', async () => {
    const titles = async (url: string) => parseFeed((await get(url)).body).items.map((i) => i.title);
    expect(await titles('/en/sections/sport/feed.xml')).toEqual(['Cup final tonight']);
    expect(await titles('/en/tags/schools/atom.xml')).toEqual(['Schools reopen after floods']);
    expect(await titles('/en/authors/malika-yusupova/feed.xml')).toEqual(['Schools reopen after floods']);
    expect(await titles('/ru/feed.xml')).toEqual(['Школы открылись']);
    const ar = await get('/ar/atom.xml');
    wellFormed(ar.body);
    expect(ar.body).toContain('xml:lang="ar"');
    expect(parseFeed(ar.body).items.map((i) => i.title)).toEqual(['المدارس تفتح']);
    const section = JSON.parse((await get('/en/sections/society/feed.json')).body) as JsonFeed;
    expect(section.title).toBe('Society · Newsroom');
    expect(section.home_page_url).toBe(`${ORIGIN}/en/sections/society`);
  });

  it('answers 404 for unknown sections, tags, authors and locales', async () => {
    for (const url of ['/en/sections/nothing/feed.xml', '/en/tags/nothing/atom.xml', '/en/authors/nobody/feed.json', '/fr/feed.xml', '/fr/sections/society/feed.xml']) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
  });

  it('keeps hostile headlines as text in well-formed feeds', async () => {
    const hostile = '<script>alert(1)</script> ]]> x ]]> & "q" \u0001\u000b end';
    const id = (await createArticle(t.deps, { sectionId: ids.society!, headline: hostile, slug: 'hostile', summary: 'Sum ]]> <b>mary</b>', bodyMd: 'Body ]]> text' })).id;
    t.deps.pageCache.invalidateSite(siteId);
    const clean = '<script>alert(1)</script> ]]> x ]]> & "q"  end';
    for (const url of ['/en/feed.xml', '/en/atom.xml']) {
      const res = await get(url);
      wellFormed(res.body);
      expect(res.body).not.toContain('<script>');
      const item = parseFeed(res.body).items.find((i) => i.id === `urn:uuid:${id}`)!;
      expect(item.title, url).toBe(clean);
    }
    const json = JSON.parse((await get('/en/feed.json')).body) as JsonFeed;
    expect(json.items.find((i) => i.id === `urn:uuid:${id}`)!.title).toBe(clean);
    await t.deps.db.deleteFrom('articles').where('id', '=', id).execute();
    t.deps.pageCache.invalidateSite(siteId);
  });
  /** The article as the editor would submit it unchanged, with `changes` on top. */
  async function inputOf(id: string, changes: Partial<ArticleInput>): Promise<{ input: ArticleInput; version: number }> {
    const a = await t.deps.db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const authors = await t.deps.db.selectFrom('article_authors').select('author_id').where('article_id', '=', id).orderBy('position').execute();
    const tags = await t.deps.db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id').select('tags.name').where('article_id', '=', id).execute();
    return {
      version: a.version,
      input: {
        siteId: a.site_id, locale: a.locale, headline: a.headline, summary: a.summary, sectionId: a.section_id, authorIds: authors.map((r) => r.author_id),
        dateline: a.dateline, bodyMd: a.body_md, tags: tags.map((r) => r.name), leadMediaId: a.lead_media_id, leadCaption: a.lead_caption,
        leadCredit: a.lead_credit, leadAlt: a.lead_alt, slug: a.slug, ...changes,
      },
    };
  }

  it('keeps an item\'s GUID through an edit and a slug change, with the edit time as its update time', async () => {
    const before = parseFeed((await get('/en/atom.xml')).body).items.find((i) => i.id === `urn:uuid:${ids.old}`)!;
    expect(before.url).toBe(`${ORIGIN}/en/articles/cup-final-tonight`);
    t.deps.clock.set(new Date('2026-06-09T10:00:00Z'));
    const edit = await inputOf(ids.old!, { headline: 'Cup final postponed', slug: 'cup-final-postponed' });
    expect(await updateArticle(t.deps, ids.old!, edit.input, edit.version, null)).toMatchObject({ kind: 'saved', slug: 'cup-final-postponed' });
    for (const url of ['/en/feed.xml', '/en/atom.xml']) {
      const item = parseFeed((await get(url)).body).items.find((i) => i.title === 'Cup final postponed')!;
      expect(item.id, url).toBe(`urn:uuid:${ids.old}`);
      expect(item.url, url).toBe(`${ORIGIN}/en/articles/cup-final-postponed`);
    }
    const atomItem = parseFeed((await get('/en/atom.xml')).body).items.find((i) => i.id === `urn:uuid:${ids.old}`)!;
    expect(atomItem.updated?.toISOString()).toBe('2026-06-09T10:00:00.000Z');
    expect(atomItem.published?.toISOString()).toBe('2026-06-01T08:00:00.000Z');
    const json = JSON.parse((await get('/en/feed.json')).body) as JsonFeed;
    expect(json.items.find((i) => i.id === `urn:uuid:${ids.old}`)).toMatchObject({ title: 'Cup final postponed', date_modified: '2026-06-09T10:00:00.000Z' });
  });

  it('carries summaries by default and full text once an admin ticks the site setting', async () => {
    const summary = await get('/en/feed.xml');
    expect(summary.body).not.toContain('<content:encoded>');
    expect(parseFeed(summary.body).items.find((i) => i.id === `urn:uuid:${ids.lead}`)!.description).toBe('<p>Classes resume on Monday.</p>');
    const admin = await signInAs(t, 'admin');
    const page = await t.app.inject({ url: '/admin/settings/comments', headers: { cookie: admin.cookie } });
    expect(page.body).toMatch(/<input type="checkbox" id="field-feedFullContent" name="feedFullContent" value="1"/);
    expect((await postForm(t, admin, '/admin/settings/comments', { mode: 'pre', closeAfterDays: '', feedFullContent: '1' })).statusCode).toBe(303);
    const full = await get('/en/feed.xml');
    wellFormed(full.body);
    const item = parseFeed(full.body).items.find((i) => i.id === `urn:uuid:${ids.lead}`)!;
    expect(item.content).toBe('<p>Pupils returned <strong>early</strong>.</p>');
    expect(item.description).toBe('<p>Classes resume on Monday.</p>');
    expect(parseFeed((await get('/en/atom.xml')).body).items.find((i) => i.id === `urn:uuid:${ids.lead}`)!.content).toContain('<strong>early</strong>');
    const json = JSON.parse((await get('/en/feed.json')).body) as JsonFeed;
    expect(json.items.find((i) => i.id === `urn:uuid:${ids.lead}`)).toMatchObject({ content_html: '<p>Pupils returned <strong>early</strong>.</p>\n', summary: 'Classes resume on Monday.' });
    expect((await postForm(t, admin, '/admin/settings/comments', { mode: 'pre', closeAfterDays: '' })).statusCode).toBe(303);
    expect((await get('/en/feed.xml')).body).not.toContain('<content:encoded>');
  });

  it('is served from the page cache with ETag and 304, and changes on publish, edit and unpublish', async () => {
    const first = await get('/en/feed.xml');
    expect(first.headers['cache-control']).toMatch(/^public, max-age=60, s-maxage=\d+, stale-while-revalidate=\d+/);
    const etag = String(first.headers.etag);
    expect((await get('/en/feed.xml', { 'if-none-match': etag })).statusCode).toBe(304);
    // A change behind the app's back is not seen: the feed comes from the cache.
    await t.deps.db.updateTable('articles').set({ headline: 'Changed behind the cache' }).where('id', '=', ids.lead!).execute();
    const cached = await get('/en/feed.xml');
    expect(cached.headers.etag).toBe(etag);
    expect(cached.body).not.toContain('Changed behind the cache');
    await t.deps.db.updateTable('articles').set({ headline: 'Schools reopen after floods' }).where('id', '=', ids.lead!).execute();

    const draft = await createArticle(t.deps, { sectionId: ids.society!, headline: 'Bridge opens', status: 'draft', authorIds: [ids.desk!] });
    expect((await get('/en/feed.xml')).body).not.toContain('Bridge opens');
    expect(await publishArticle(t.deps, draft.id, null)).toEqual({ kind: 'published' });
    const published = await get('/en/feed.xml', { 'if-none-match': etag });
    expect(published.statusCode).toBe(200);
    expect(parseFeed(published.body).items[0]!.title).toBe('Bridge opens');

    const edit = await inputOf(draft.id, { headline: 'Bridge opens to traffic' });
    expect(await updateArticle(t.deps, draft.id, edit.input, edit.version, null)).toMatchObject({ kind: 'saved' });
    expect(parseFeed((await get('/en/atom.xml')).body).items[0]!.title).toBe('Bridge opens to traffic');

    expect(await unpublishArticle(t.deps, draft.id, null)).toEqual({ kind: 'unpublished' });
    for (const url of ['/en/feed.xml', '/en/atom.xml', '/en/feed.json', '/en/sections/society/feed.xml']) {
      expect((await get(url)).body, url).not.toContain('Bridge opens');
    }
  });

  it('announces the feeds on the home, section, tag and author pages', async () => {
    const pages: Array<[string, string, string]> = [
      ['/en/', '/en/feed.xml', 'Newsroom (RSS)'],
      ['/en/sections/society', '/en/sections/society/atom.xml', 'Society · Newsroom (Atom)'],
      ['/en/tags/schools', '/en/tags/schools/feed.json', 'Schools · Newsroom (JSON Feed)'],
      ['/en/authors/malika-yusupova', '/en/authors/malika-yusupova/feed.xml', 'Malika Yusupova · Newsroom (RSS)'],
    ];
    for (const [page, feed, title] of pages) {
      const res = await get(page);
      const type = feed.endsWith('.json') ? 'application/feed+json' : feed.endsWith('atom.xml') ? 'application/atom+xml' : 'application/rss+xml';
      expect(res.body, page).toContain(`<link rel="alternate" type="${type}" title="${title}" href="${ORIGIN}${feed}"/>`);
      expect((await get(feed)).statusCode, feed).toBe(200);
    }
  });
});

describe.each(engines)('feeds without SERAI_PUBLIC_URL on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    const section = await createSection(t.deps, { name: 'Society' });
    await createArticle(t.deps, { sectionId: section.id, headline: 'Schools reopen' });
  });
  afterAll(async () => { await t.close(); });

  it('writes absolute links from the request\'s own origin, cached per host', async () => {
    const one = await t.app.inject({ url: '/en/feed.xml', headers: { host: 'one.example' } });
    const two = await t.app.inject({ url: '/en/feed.xml', headers: { host: 'two.example:8080' } });
    expect(parseFeed(one.body).items[0]!.url).toBe('http://one.example/en/articles/schools-reopen');
    expect(parseFeed(two.body).items[0]!.url).toBe('http://two.example:8080/en/articles/schools-reopen');
    const again = await t.app.inject({ url: '/en/feed.xml', headers: { host: 'one.example' } });
    expect(again.headers.etag).toBe(one.headers.etag);
    expect(again.body).not.toContain('two.example');
  });

  it('refuses a Host that is not a host name instead of writing it into links', async () => {
    const res = await t.app.inject({ url: '/en/atom.xml', headers: { host: 'evil.example"><x' } });
    expect(res.statusCode).toBe(404);
  });
});
