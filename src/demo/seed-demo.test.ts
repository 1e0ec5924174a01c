// Seeding through the real use cases on each engine: what `npm start` creates on an
// empty database, that it leaves a database with content alone, and that --force
// starts over without doubling anything.
import fs from 'node:fs';
import path from 'node:path';
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { csrfFrom } from '../../test/login.ts';
import type { Db } from '../db/database.ts';
import { articleUrl, homeUrl, mediaUrl } from '../lib/urls.ts';
import { DEMO_DISCUSSIONS, DEMO_POLICIES, DEMO_STAFF, DEMO_STORIES } from './content/index.ts';
import { ARABIC_DISCUSSIONS } from './content/arabic-comments.ts';
import { ARABIC_POLICY, ARABIC_SITE, ARABIC_STAFF } from './content/arabic-newsroom.ts';
import { ARABIC_STORIES } from './content/arabic-stories.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { describeOutcome, seedDemo, seedDemoIfEmpty } from './seed-demo.ts';

const SLOW = 240_000; // every seed draws and resizes a dozen 1600×900 images

async function counts(db: Db) {
  const n = async (table: 'articles' | 'users' | 'media' | 'sections' | 'authors' | 'tags' | 'sites' | 'article_revisions' | 'sessions' | 'section_labels' | 'comments' | 'article_counters' | 'comment_policies') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  return {
    articles: await n('articles'), users: await n('users'), media: await n('media'), sections: await n('sections'),
    authors: await n('authors'), tags: await n('tags'), sites: await n('sites'), revisions: await n('article_revisions'),
    sessions: await n('sessions'), sectionLabels: await n('section_labels'), comments: await n('comments'),
    counters: await n('article_counters'), policies: await n('comment_policies'),
  };
}

function variantFiles(mediaDir: string, rows: Array<{ storage_key: string; widths: string }>): string[] {
  return rows.flatMap((r) => r.widths.split(',').flatMap((w) => ['webp', 'jpg'].map((ext) => path.join(mediaDir, `${r.storage_key}-${w}.${ext}`))));
}

async function login(t: TestContext, email: string, password: string): Promise<number> {
  const form = await t.app.inject({ url: '/admin/login' });
  const cookie = [form.headers['set-cookie']].flat().filter(Boolean).map((c) => String(c).split(';')[0]).join('; ');
  const res = await t.app.inject({ method: 'POST', url: '/admin/login', headers: { cookie }, payload: { email, password, _csrf: csrfFrom(form.body) } });
  return res.statusCode;
}

describe.each(engines)('demo seed on %s', (engine) => {
  let t: TestContext;
  const printed: string[] = [];
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await seedDemoIfEmpty(t.deps, (line) => printed.push(line));
  }, SLOW);
  afterAll(async () => { await t?.close(); });

  /** The main demo site; the Arabic sister site has its own tests below. */
  const mainId = async () => (await t.deps.sites.forHost('localhost'))!.id;
  const arabicId = async () => (await t.deps.sites.forHost(ARABIC_SITE.host))!.id;

  it('creates the demo site as the default site with English and Russian, and the Arabic sister site on its own host', async () => {
    const sites = await t.deps.sites.all();
    expect(sites).toHaveLength(2);
    expect(sites[0]).toMatchObject({ name: 'Serai Central Asia', slug: 'main', host: null, isDefault: true, locales: ['en', 'ru'] });
    expect(sites[1]).toMatchObject({
      name: ARABIC_SITE.name, slug: 'arabic', host: 'ar.localhost', isDefault: false, locales: ['ar', 'fa-AF'], defaultLocale: 'ar',
      commentMode: 'post', commentsCloseAfterDays: 30,
    });
    expect((await t.deps.sites.forHost('localhost:3000'))?.name).toBe('Serai Central Asia');
    expect((await t.deps.sites.forHost('ar.localhost:3000'))?.name).toBe(ARABIC_SITE.name);
  });

  it('creates articles in every state over four sections, in both languages, with translation pairs', async () => {
    const rows = await t.deps.db.selectFrom('articles').select(['locale', 'status', 'section_id', 'translation_group_id', 'published_at', 'publish_at', 'body_html', 'lead_media_id'])
      .where('site_id', '=', await mainId()).execute();
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(new Set(rows.map((r) => r.section_id)).size).toBe(4);
    expect(new Set(rows.map((r) => r.locale))).toEqual(new Set(['en', 'ru']));
    const byStatus = (s: string) => rows.filter((r) => r.status === s);
    expect(byStatus('published').length).toBeGreaterThanOrEqual(12);
    expect(byStatus('draft')).toHaveLength(1);
    expect(byStatus('review')).toHaveLength(1);
    expect(byStatus('scheduled')).toHaveLength(1);
    expect(byStatus('scheduled')[0]!.publish_at! > t.deps.clock.now().toISOString()).toBe(true);
    for (const r of byStatus('published')) expect(r.published_at! < t.deps.clock.now().toISOString()).toBe(true);
    const groups = new Map<string, string[]>();
    for (const r of rows) groups.set(r.translation_group_id, [...(groups.get(r.translation_group_id) ?? []), r.locale]);
    const pairs = [...groups.values()].filter((locales) => locales.length === 2);
    expect(pairs.length).toBe(DEMO_STORIES.filter((s) => s.ru).length);
    for (const locales of pairs) expect(locales.sort()).toEqual(['en', 'ru']);
    for (const r of rows) {
      expect(r.body_html).toMatch(/<h2>.+<\/h2>/);
      expect(r.body_html).toContain('<blockquote>');
      expect(r.lead_media_id).not.toBeNull();
    }
  });

  it('labels the sections in Russian and links some bylines to staff accounts', async () => {
    const labels = await t.deps.db.selectFrom('section_labels').select(['locale', 'name']).where('locale', '=', 'ru').execute();
    // (the sister site's sections are labelled in Arabic and Dari: see its own test)
    expect(labels.map((l) => l.name).sort()).toEqual(['Безопасность', 'Общество', 'Политика', 'Экономика']);
    const authors = await t.deps.db.selectFrom('authors').select(['user_id', 'bio']).execute();
    expect(authors.filter((a) => a.user_id !== null).length).toBeGreaterThan(0);
    expect(authors.filter((a) => a.user_id === null).length).toBeGreaterThan(0);
    for (const a of authors) expect(a.bio.length).toBeGreaterThan(20);
  });

  it('stores a lead image per story with its resized variants on disk', async () => {
    const media = await t.deps.db.selectFrom('media').select(['storage_key', 'widths', 'width', 'height', 'alt', 'site_id']).execute();
    expect(media).toHaveLength(DEMO_STORIES.length + ARABIC_STORIES.length);
    const arabic = await arabicId();
    expect(media.filter((m) => m.site_id === arabic)).toHaveLength(ARABIC_STORIES.length);
    for (const m of media) {
      expect([m.width, m.height, m.widths]).toEqual([1600, 900, '480,960,1600']);
      expect(m.alt.length).toBeGreaterThan(10);
    }
    for (const file of variantFiles(t.deps.mediaDir, media)) expect(fs.existsSync(file), file).toBe(true);
  });

  it('prints the staff logins once, and the admin can log in with the printed password', async () => {
    const adminLine = printed.find((l) => l.startsWith('Admin login: '));
    const match = /^Admin login: (\S+) \/ password: (\S+)$/.exec(adminLine ?? '');
    expect(match).not.toBeNull();
    const [, email, password] = match!;
    expect(email).toBe('admin@serai.local');
    expect(password!.length).toBeGreaterThanOrEqual(16);
    const admin = await t.deps.db.selectFrom('users').select(['password_hash', 'role']).where('email', '=', email!).executeTakeFirstOrThrow();
    expect(admin.role).toBe('admin');
    expect(await verify(admin.password_hash, password!)).toBe(true);
    expect(await login(t, email!, password!)).toBe(303);
    expect(printed.filter((l) => l.includes(password!))).toHaveLength(2); // the table row and the admin line
    expect(printed.some((l) => /contributor@serai\.local/.test(l))).toBe(true);
  });

  it('serves the demo on the public site in both languages, drafts and scheduled articles hidden', async () => {
    const latest = DEMO_STORIES.find((s) => s.key === 'village-budgets')!;
    const en = await t.app.inject({ url: homeUrl('en') });
    expect(en.statusCode).toBe(200);
    expect(en.body).toContain(latest.en.headline);
    const ru = await t.app.inject({ url: homeUrl('ru') });
    expect(ru.statusCode).toBe(200);
    expect(ru.body).toContain(latest.ru!.headline);
    const rows = await t.deps.db.selectFrom('articles').innerJoin('media', 'media.id', 'articles.lead_media_id')
      .select(['articles.slug', 'articles.locale', 'articles.status', 'media.storage_key']).where('articles.site_id', '=', await mainId()).execute();
    for (const row of rows) {
      const page = await t.app.inject({ url: articleUrl(row.locale, row.slug) });
      expect(page.statusCode, `${row.status} ${row.slug}`).toBe(row.status === 'published' ? 200 : 404);
    }
    const image = await t.app.inject({ url: mediaUrl(rows[0]!.storage_key, 480, 'webp') });
    expect(image.statusCode).toBe(200);
    expect(image.headers['content-type']).toBe('image/webp');
  });

  it('adds readers’ comments: a thread four replies deep, a moderation queue, post-moderation in Society', async () => {
    const rows = await t.deps.db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select(['comments.id', 'comments.article_id', 'comments.status', 'comments.depth', 'comments.body', 'comments.locale', 'comments.created_at',
        'comments.moderated_by', 'articles.published_at', 'articles.locale as article_locale', 'sections.slug as section', 'sections.comment_mode'])
      .where('comments.site_id', '=', await mainId()).execute();
    const expected = DEMO_DISCUSSIONS.flatMap((d) => d.comments);
    expect(rows).toHaveLength(expected.length);
    for (const state of ['approved', 'pending', 'rejected', 'spam'] as const) {
      expect(rows.filter((r) => r.status === state).length, state).toBe(expected.filter((c) => c.state === state).length);
    }
    expect(rows.filter((r) => r.status === 'pending').length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...rows.map((r) => Number(r.depth)))).toBe(4);
    expect(new Set(rows.map((r) => r.locale))).toEqual(new Set(['en', 'ru']));
    const editor = await t.deps.db.selectFrom('users').select('id').where('email', '=', 'editor@serai.local').executeTakeFirstOrThrow();
    for (const r of rows) {
      expect(r.locale).toBe(r.article_locale);
      expect(r.created_at > r.published_at! && r.created_at < t.deps.clock.now().toISOString()).toBe(true);
      // Under post-moderation an approved comment went up without a moderator; under pre-moderation the editor approved it.
      const decided = r.status !== 'pending' && !(r.status === 'approved' && r.section === 'society');
      expect(r.moderated_by, `${r.status} in ${r.section}`).toBe(decided ? editor.id : null);
    }
    expect(rows.find((r) => r.section === 'society')?.comment_mode).toBe('post');
    for (const articleId of new Set(rows.map((r) => r.article_id))) {
      const mine = rows.filter((r) => r.article_id === articleId);
      expect(await findCounts(t.deps.db, articleId)).toMatchObject({
        commentsVisible: mine.filter((r) => r.status === 'approved').length, commentsPending: mine.filter((r) => r.status === 'pending').length,
      });
    }
    expect(printed.some((l) => l.startsWith(`Readers' comments: ${rows.length}, of which `))).toBe(true);
    expect(printed.some((l) => l.includes('http://ar.localhost:3000/'))).toBe(true);
  });

  it('screens every demo comment as the site would: the mild insult waits in the Held queue, the rejected one has its reason', async () => {
    const rows = await t.deps.db.selectFrom('comments').select(['body', 'status', 'queue', 'risk', 'screening', 'reject_reason']).execute();
    expect(rows.every((r) => r.screening !== null)).toBe(true);
    const held = rows.filter((r) => r.queue === 'held');
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ status: 'pending' });
    expect(held[0]!.risk).toBeGreaterThanOrEqual(4000);
    expect(JSON.parse(held[0]!.screening!).reasons.map((r: { code: string }) => r.code)).toContain('profanity');
    const rejected = rows.filter((r) => r.status === 'rejected');
    expect(rejected.length).toBeGreaterThan(0);
    for (const r of rejected) expect(r.reject_reason).toBe('personal_attack');
    const log = await t.deps.db.selectFrom('moderation_log').select(['action', 'actor_kind']).execute();
    expect(log).toContainEqual({ action: 'screening_hold', actor_kind: 'screening' });
    expect(log.filter((l) => l.action === 'reject').every((l) => l.actor_kind === 'staff')).toBe(true);
  });

  it('writes the Comment Policy in English and Russian, and keeps emails and queued comments off the pages', async () => {
    const policies = await t.deps.db.selectFrom('comment_policies').select(['locale', 'title', 'body_html']).where('site_id', '=', await mainId()).orderBy('locale').execute();
    expect(policies.map((p) => [p.locale, p.title])).toEqual([['en', DEMO_POLICIES.en.title], ['ru', DEMO_POLICIES.ru.title]]);
    for (const p of policies) expect(p.body_html).toMatch(/<h2>.+<\/h2>/);
    const story = DEMO_STORIES.find((s) => s.key === 'village-budgets')!;
    const article = await t.deps.db.selectFrom('articles').select(['id', 'slug']).where('headline', '=', story.en.headline).executeTakeFirstOrThrow();
    const page = await t.app.inject({ url: articleUrl('en', article.slug) });
    expect(page.statusCode).toBe(200);
    const discussion = DEMO_DISCUSSIONS.find((d) => d.story === 'village-budgets' && d.locale === 'en')!;
    expect(page.body).toContain(discussion.comments[0]!.body.split('\n')[0]);
    for (const c of discussion.comments) expect(page.body, c.key).not.toContain(c.email);
    expect(page.body).not.toContain(discussion.comments.find((c) => c.state === 'pending')!.body.slice(0, 40));
    expect(page.body).not.toContain(discussion.comments.find((c) => c.state === 'rejected')!.body.slice(0, 40));
  });

  it('creates the Arabic sister site: its desks in Arabic and Dari, an editor limited to it, its policy', async () => {
    const siteId = await arabicId();
    const sections = await t.deps.db.selectFrom('sections').innerJoin('section_labels', 'section_labels.section_id', 'sections.id')
      .select(['sections.slug', 'section_labels.locale', 'section_labels.name']).where('sections.site_id', '=', siteId).execute();
    expect(new Set(sections.map((r) => r.slug))).toEqual(new Set(['economy', 'weather', 'culture', 'sport']));
    expect(sections).toContainEqual({ slug: 'culture', locale: 'fa-AF', name: 'فرهنگ' });
    expect(sections).toContainEqual({ slug: 'sport', locale: 'ar', name: 'رياضة' });
    const editor = await t.deps.db.selectFrom('users').select(['id', 'role']).where('email', '=', ARABIC_STAFF.email).executeTakeFirstOrThrow();
    expect(editor.role).toBe('editor');
    expect(await t.deps.db.selectFrom('user_sites').select('site_id').where('user_id', '=', editor.id).execute()).toEqual([{ site_id: siteId }]);
    const authors = await t.deps.db.selectFrom('authors').select(['name', 'user_id']).where('site_id', '=', siteId).execute();
    expect(authors.length).toBeGreaterThanOrEqual(3);
    expect(authors.find((a) => a.user_id === editor.id)?.name).toBe('سلمى حداد');
    const policy = await t.deps.db.selectFrom('comment_policies').select(['locale', 'title', 'body_html']).where('site_id', '=', siteId).execute();
    expect(policy.map((p) => [p.locale, p.title])).toEqual([['ar', ARABIC_POLICY.title]]);
    expect(printed.some((l) => l.includes(ARABIC_STAFF.email))).toBe(true);
  });

  it('publishes the sister site’s Arabic stories, two also in Dari, in the same translation groups', async () => {
    const rows = await t.deps.db.selectFrom('articles').select(['locale', 'status', 'translation_group_id', 'headline', 'body_html', 'lead_media_id'])
      .where('site_id', '=', await arabicId()).execute();
    const dari = ARABIC_STORIES.filter((story) => story.dari);
    expect(rows.filter((r) => r.locale === 'ar')).toHaveLength(ARABIC_STORIES.length);
    expect(rows.filter((r) => r.locale === 'fa-AF')).toHaveLength(dari.length);
    expect(dari.length).toBe(2);
    expect(rows.every((r) => r.status === 'published' && r.lead_media_id !== null)).toBe(true);
    for (const story of dari) {
      const [ar, fa] = [story.ar.headline, story.dari!.headline].map((h) => rows.find((r) => r.headline === h)!);
      expect(fa!.translation_group_id).toBe(ar!.translation_group_id);
    }
    // A Latin name inside Arabic text, and numbers and dates, as a newsroom writes them.
    expect(rows.some((r) => r.body_html.includes('UNESCO') && r.body_html.includes('Serai'))).toBe(true);
    expect(rows.some((r) => /\d{4}/.test(r.body_html))).toBe(true);
  });

  it('serves the sister site on ar.localhost, right to left, with its approved comments', async () => {
    const host = { host: 'ar.localhost:3000' };
    const home = await t.app.inject({ url: '/ar/', headers: host });
    expect(home.statusCode).toBe(200);
    expect(home.body).toMatch(/<html lang="ar" dir="rtl"/);
    expect(home.body).toContain(ARABIC_SITE.name);
    expect(home.body).toContain(ARABIC_STORIES.find((s) => s.key === 'volleyball-almaty')!.ar.headline);
    expect((await t.app.inject({ url: '/ar/', headers: { host: 'localhost:3000' } })).statusCode).toBe(404);
    const dariStory = ARABIC_STORIES.find((s) => s.key === 'amu-darya-rains')!;
    const dari = await t.deps.db.selectFrom('articles').select('slug').where('headline', '=', dariStory.dari!.headline).executeTakeFirstOrThrow();
    const dariPage = await t.app.inject({ url: articleUrl('fa-AF', dari.slug), headers: host });
    expect(dariPage.statusCode).toBe(200);
    expect(dariPage.body).toMatch(/<html lang="fa-AF" dir="rtl"/);
    const comments = await t.deps.db.selectFrom('comments').select(['status', 'locale', 'screening', 'body']).where('site_id', '=', await arabicId()).execute();
    const expected = ARABIC_DISCUSSIONS.flatMap((d) => d.comments);
    expect(comments).toHaveLength(expected.length);
    expect(comments.every((c) => c.status === 'approved' && c.locale === 'ar' && c.screening !== null)).toBe(true);
    const story = ARABIC_STORIES.find((s) => s.key === 'bukhara-manuscripts')!;
    const article = await t.deps.db.selectFrom('articles').select('slug').where('headline', '=', story.ar.headline).executeTakeFirstOrThrow();
    const page = await t.app.inject({ url: articleUrl('ar', article.slug), headers: host });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(ARABIC_DISCUSSIONS[0]!.comments[0]!.body);
  });

  it('does nothing on a database with content, and says so', async () => {
    const before = await counts(t.deps.db);
    const again: string[] = [];
    await seedDemoIfEmpty(t.deps, (line) => again.push(line));
    expect(again).toEqual([]);
    const outcome = await seedDemo(t.deps, { force: false });
    expect(outcome).toEqual({ kind: 'not_empty', articles: before.articles, users: DEMO_STAFF.length + 1 });
    expect(describeOutcome(outcome).join('\n')).toMatch(/already has content.*not created[\s\S]*--force/);
    expect(await counts(t.deps.db)).toEqual(before);
  });

  it('re-creates everything with force: same counts, new accounts, old images and sessions gone', async () => {
    const before = await counts(t.deps.db);
    expect(before.sessions).toBeGreaterThan(0); // the admin login above
    const oldFiles = variantFiles(t.deps.mediaDir, await t.deps.db.selectFrom('media').select(['storage_key', 'widths']).execute());
    const oldUsers = (await t.deps.db.selectFrom('users').select('id').execute()).map((u) => u.id);
    const outcome = await seedDemo(t.deps, { force: true });
    expect(outcome.kind).toBe('seeded');
    expect(await counts(t.deps.db)).toEqual({ ...before, sessions: 0 });
    for (const file of oldFiles) expect(fs.existsSync(file), file).toBe(false);
    const newUsers = (await t.deps.db.selectFrom('users').select('id').execute()).map((u) => u.id);
    expect(newUsers.filter((id) => oldUsers.includes(id))).toEqual([]);
    expect((await t.deps.sites.all()).map((s) => s.name)).toEqual(['Serai Central Asia', ARABIC_SITE.name]);
  }, SLOW);
});
