// Who is commenting, on each engine: a commenter banned by email or by address is refused
// (403 commenter_banned, nothing stored, told until when), an ended or lifted ban does not
// count; a commenter a moderator put into pre-moderation, or a new commenter on a site that
// pre-moderates them, waits in the routine queue even under post-moderation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import type { CommentMode } from '../db/database.ts';
import { formatDateTime } from '../i18n/locale-format.ts';
import { articleUrl } from '../lib/urls.ts';
import { emailHash, ipHash } from '../readers/fingerprints.ts';
import { DEFAULT_SCREENING_SETTINGS, upsertScreeningSettings } from '../screening-settings/screening-settings.queries.ts';
import { invalidateSiteScreening } from '../screening-settings/site-screening.ts';
import { postComment, tokenFor } from './comment-submit.testkit.ts';

const DAY = 24 * 60 * 60 * 1000;

describe.each(engines)('commenter standing on comment submission on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { commentRateLimit: 1000, commentEmailRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps)).id;
    await t.deps.db.insertInto('site_locales').values({ site_id: siteId, locale: 'ru', position: 1 }).execute();
    t.deps.sites.reload();
  });
  afterAll(async () => { await t.close(); });

  async function newArticle(mode: CommentMode = 'post', locale = 'en') {
    const article = await createArticle(t.deps, { sectionId, slug: `standing-${++n}`, locale });
    await t.deps.db.updateTable('articles').set({ comment_mode: mode }).where('id', '=', article.id).execute();
    return { ...article, path: articleUrl(locale, article.slug) };
  }
  const email = () => `standing-${++n}@example.org`;
  /** Each test writes from its own address, so bans by address stay within it. */
  const address = () => `203.0.113.${++n % 250}`;
  const inDays = (days: number) => new Date(t.deps.clock.now().getTime() + days * DAY).toISOString();
  const post = (article: { id: string; path: string }, who: { email: string; ip: string }, json = false) =>
    // A text of its own each time: the same text on another article is screened as copy-paste spam.
    postComment(t, article.path, { name: 'Dana', email: who.email, body: `The terminal opened on time this week (${++n}).`, token: tokenFor(t, article.id) },
      { ip: who.ip, ...(json ? { headers: { accept: 'application/json' } } : {}) });
  const rowsOf = (articleId: string) => t.deps.db.selectFrom('comments').select(['status', 'queue', 'risk', 'screening'])
    .where('article_id', '=', articleId).orderBy('created_at').execute();

  async function ban(by: { email?: string; ip?: string }, fields: { expiresAt?: string | null; liftedAt?: string | null } = {}) {
    await t.deps.db.insertInto('commenter_bans').values({
      id: t.deps.ids.next(), site_id: siteId, email_hash: by.email ? emailHash(t.deps.secret, by.email) : null,
      ip_hash: by.ip ? ipHash(t.deps.secret, by.ip) : null, reason: 'abuse', comment_id: null, created_by: null,
      created_at: t.deps.clock.now().toISOString(), expires_at: fields.expiresAt === undefined ? inDays(7) : fields.expiresAt,
      lifted_at: fields.liftedAt ?? null, lifted_by: null,
    }).execute();
  }

  it('refuses a commenter banned by email, from any address, saying until when, and stores nothing', async () => {
    const article = await newArticle();
    const who = { email: email(), ip: address() };
    const until = inDays(7);
    await ban({ email: who.email.toUpperCase() }, { expiresAt: until });
    const res = await post(article, who);
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain(`You cannot comment on this site until ${formatDateTime('en', until)}.`);
    expect(res.body).toMatch(/>The terminal opened on time this week \(\d+\)\.<\/textarea>/);
    expect(await rowsOf(article.id)).toEqual([]);
    const json = await post(article, { ...who, ip: address() }, true);
    expect(json.statusCode).toBe(403);
    expect(json.json().error).toMatchObject({ code: 'commenter_banned', until });
    expect(await rowsOf(article.id)).toEqual([]);
  });

  it('refuses anyone writing from a banned address; a permanent ban says until further notice, in Russian too', async () => {
    const who = { email: email(), ip: address() };
    await ban({ ip: who.ip }, { expiresAt: null });
    const article = await newArticle();
    const res = await post(article, { ...who, email: email() });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('You cannot comment on this site until further notice.');
    const ru = await newArticle('post', 'ru');
    const inRussian = await post(ru, who);
    expect(inRussian.statusCode).toBe(403);
    expect(inRussian.body).toContain('Вы не можете комментировать на этом сайте до особого распоряжения.');
    expect([...(await rowsOf(article.id)), ...(await rowsOf(ru.id))]).toEqual([]);
  });

  it('lets a commenter in whose ban has ended or was lifted', async () => {
    const article = await newArticle();
    const ended = { email: email(), ip: address() };
    await ban({ email: ended.email, ip: ended.ip }, { expiresAt: inDays(1) });
    expect((await post(article, ended)).statusCode).toBe(403);
    t.deps.clock.advance(DAY + 1000);
    expect((await post(article, ended)).statusCode).toBe(303);
    const lifted = { email: email(), ip: address() };
    await ban({ email: lifted.email }, { expiresAt: null, liftedAt: t.deps.clock.now().toISOString() });
    expect((await post(article, lifted)).statusCode).toBe(303);
    expect((await rowsOf(article.id)).map((r) => r.status)).toEqual(['approved', 'approved']);
  });

  it('queues a commenter under per-commenter pre-moderation on a post-moderated article, until it ends', async () => {
    const article = await newArticle('post');
    const who = { email: email(), ip: address() };
    await t.deps.db.insertInto('commenter_premoderation').values({
      site_id: siteId, email_hash: emailHash(t.deps.secret, who.email), until: inDays(3), created_by: null, created_at: t.deps.clock.now().toISOString(),
    }).execute();
    const res = await post(article, who);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${article.path}?comment_posted=pending#comments-posted`);
    const others = await post(article, { email: email(), ip: address() });
    expect(others.statusCode).toBe(303);
    t.deps.clock.advance(3 * DAY + 1000);
    const later = await postComment(t, article.path, { name: 'Dana', email: who.email, body: 'Another remark, days later.', token: tokenFor(t, article.id) }, { ip: who.ip });
    expect(later.statusCode).toBe(303);
    const rows = await rowsOf(article.id);
    expect(rows.map((r) => [r.status, r.queue])).toEqual([['pending', 'pending'], ['approved', null], ['approved', null]]);
    expect(rows.every((r) => Number(r.risk) === 0 && r.screening !== null)).toBe(true);
  });

  it('holds what screening holds whoever writes it (the held queue, not routine pre-moderation)', async () => {
    const article = await newArticle('post');
    const who = { email: email(), ip: address() };
    await t.deps.db.insertInto('commenter_premoderation').values({
      site_id: siteId, email_hash: emailHash(t.deps.secret, who.email), until: null, created_by: null, created_at: t.deps.clock.now().toISOString(),
    }).execute();
    const res = await postComment(t, article.path, { name: 'Dana', email: who.email, body: 'Go fuck yourself.', token: tokenFor(t, article.id) }, { ip: who.ip });
    expect(res.statusCode).toBe(303);
    expect(await rowsOf(article.id)).toMatchObject([{ status: 'pending', queue: 'held' }]);
  });

  it('pre-moderates new commenters until the site\'s number of their comments is approved', async () => {
    await upsertScreeningSettings(t.deps.db, siteId, { ...DEFAULT_SCREENING_SETTINGS, newCommenterApprovals: 2 }, { userId: null, at: t.deps.clock.now().toISOString() });
    invalidateSiteScreening(t.deps.db, siteId);
    try {
      const earlier = await newArticle('post');
      const article = await newArticle('post');
      const newcomer = { email: email(), ip: address() };
      const regular = { email: email(), ip: address() };
      // One approved comment is not enough; two are. Pending and rejected ones do not count.
      await createComment(t.deps, { articleId: earlier.id, authorEmail: newcomer.email, status: 'approved' });
      await createComment(t.deps, { articleId: earlier.id, authorEmail: newcomer.email, status: 'rejected' });
      await createComment(t.deps, { articleId: earlier.id, authorEmail: newcomer.email, status: 'pending' });
      for (let i = 0; i < 2; i++) await createComment(t.deps, { articleId: earlier.id, authorEmail: regular.email, status: 'approved' });
      expect((await post(article, newcomer)).statusCode).toBe(303);
      expect((await post(article, regular)).statusCode).toBe(303);
      expect((await rowsOf(article.id)).map((r) => [r.status, r.queue])).toEqual([['pending', 'pending'], ['approved', null]]);
    } finally {
      await upsertScreeningSettings(t.deps.db, siteId, DEFAULT_SCREENING_SETTINGS, { userId: null, at: t.deps.clock.now().toISOString() });
      invalidateSiteScreening(t.deps.db, siteId);
    }
  });
});
