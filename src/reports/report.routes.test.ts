import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { moderateComment } from '../comments/comment-store.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { READER_COOKIE } from '../readers/reader-cookie.ts';
import { DEFAULT_REPORT_THRESHOLD } from '../screening-settings/site-screening.ts';
import { postReport, reportPath, tokenIn } from './report.testkit.ts';

describe.each(engines)('reader reports on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let serial = 0;
  beforeAll(async () => {
    // A small per-network limit, so the limit test needs few requests; other tests use their own addresses.
    t = await buildTestApp(engine, { commentRateLimit: 3 });
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
  });
  afterAll(async () => { await t.close(); });

  const nextIp = () => `198.51.100.${++serial}`;
  async function article(locale = 'en') {
    serial++;
    return createArticle(t.deps, { sectionId, headline: `Report test article ${serial}`, locale });
  }
  const comment = (articleId: string, fields: { body?: string; parentId?: string; status?: 'approved' | 'pending' } = {}) =>
    createComment(t.deps, { articleId, ...fields });
  const row = (id: string) => t.deps.db.selectFrom('comments').select(['status', 'queue', 'report_count', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
  const reports = (id: string) => t.deps.db.selectFrom('comment_reports').select(['reader_id', 'reason', 'ip_hash']).where('comment_id', '=', id).execute();

  it('shows a private, unindexed form with the comment excerpt and the reasons as labelled radios in a fieldset', async () => {
    const a = await article();
    const c = await comment(a.id, { body: `First words of a long comment. ${'more '.repeat(200)}` });
    const res = await t.app.inject({ url: reportPath(a.slug, c.id) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['x-robots-tag']).toBe('noindex');
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    expect(res.body).toContain('First words of a long comment.');
    expect(res.body).not.toContain('more '.repeat(200));
    expect(res.body).toMatch(/<fieldset class="report-reasons"[^>]*><legend>Why should a moderator look at it\?<\/legend>/);
    for (const code of ['abuse', 'hate', 'spam', 'personal_data', 'off_topic', 'other']) {
      expect(res.body).toContain(`<input type="radio" name="reason" value="${code}" id="report-reason-${code}" required/><label for="report-reason-${code}">`);
    }
    expect(res.body).toContain(`action="${reportPath(a.slug, c.id)}"`);
    expect(res.body).not.toContain(c.author_email);
    expect(tokenIn(res.body)).toMatch(/^[0-9a-z]+\.[\w-]{22}$/);
  });

  it('speaks Russian on a Russian article', async () => {
    const a = await article('ru');
    const c = await comment(a.id);
    const res = await t.app.inject({ url: reportPath(a.slug, c.id, 'ru') });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Пожаловаться на комментарий');
    expect(res.body).toContain('Ненависть или призывы к насилию');
  });

  it('counts a report sent without JavaScript, queues the comment as reported and lands on the thanks notice', async () => {
    const a = await article();
    const c = await comment(a.id);
    const { res, cookie } = await postReport(t, a.slug, c.id, { ip: nextIp(), reason: 'hate' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/articles/${a.slug}?comment_reported=thanks#comments-reported`);
    expect(cookie).toContain(`${READER_COOKIE}=`);
    expect(await row(c.id)).toMatchObject({ status: 'approved', queue: 'reported', report_count: 1 });
    const stored = await reports(c.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.reason).toBe('hate');
    // The reporter is stored as a keyed hash, not the cookie's reader id.
    const readerId = decodeURIComponent(cookie.split(`${READER_COOKIE}=`)[1]!.split(';')[0]!).split('.')[0]!;
    expect(stored[0]!.reader_id).not.toContain(readerId);
    const page = await t.app.inject({ url: res.headers.location!.split('#')[0]!, headers: { cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.body).toContain(`id="comment-${c.id}"`);
    expect(page.body).toContain('<p id="comments-reported" class="comments-posted comments-reported" role="status">Thank you, a moderator will look at it.</p>');
  });

  it('counts one report per reader: a second one is answered "already reported" and not counted', async () => {
    const a = await article();
    const c = await comment(a.id);
    const first = await postReport(t, a.slug, c.id, { ip: nextIp() });
    const again = await postReport(t, a.slug, c.id, { ip: nextIp(), cookie: first.cookie, reason: 'spam' });
    expect(again.res.statusCode).toBe(303);
    expect(again.res.headers.location).toBe(`/en/articles/${a.slug}?comment_reported=already#comments-reported`);
    expect((await row(c.id)).report_count).toBe(1);
    expect(await reports(c.id)).toHaveLength(1);
    const page = await t.app.inject({ url: `/en/articles/${a.slug}?comment_reported=already`, headers: { cookie: first.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('This comment has already been reported.');
  });

  it('counts one report per network, so clearing cookies does not count again', async () => {
    const a = await article();
    const c = await comment(a.id);
    const ip = nextIp();
    await postReport(t, a.slug, c.id, { ip });
    const fresh = await postReport(t, a.slug, c.id, { ip });
    expect(fresh.res.headers.location).toContain('comment_reported=already');
    expect((await row(c.id)).report_count).toBe(1);
  });

  it('hides an approved comment when the reports reach the site threshold, logged as hidden_by_reports by the readers', async () => {
    const a = await article();
    const c = await comment(a.id);
    const other = await comment(a.id);
    const before = await findCounts(t.deps.db, a.id);
    for (let i = 1; i < DEFAULT_REPORT_THRESHOLD; i++) await postReport(t, a.slug, c.id, { ip: nextIp() });
    expect(await row(c.id)).toMatchObject({ status: 'approved', queue: 'reported', report_count: DEFAULT_REPORT_THRESHOLD - 1 });
    expect((await t.app.inject({ url: `/en/articles/${a.slug}` })).body).toContain(`id="comment-${c.id}"`);
    const last = await postReport(t, a.slug, c.id, { ip: nextIp(), reason: 'abuse' });
    expect(last.res.statusCode).toBe(303);
    expect(await row(c.id)).toMatchObject({ status: 'pending', queue: 'reported', report_count: DEFAULT_REPORT_THRESHOLD });
    const log = await t.deps.db.selectFrom('moderation_log').select(['actor_kind', 'actor_id', 'action', 'from_status', 'to_status'])
      .where('target_id', '=', c.id).execute();
    expect(log).toEqual([{ actor_kind: 'readers', actor_id: null, action: 'hidden_by_reports', from_status: 'approved', to_status: 'pending' }]);
    // Hidden from the shared page (its cache dropped) and from the count; the reports stay open for the moderator.
    const page = await t.app.inject({ url: `/en/articles/${a.slug}` });
    expect(page.body).not.toContain(`id="comment-${c.id}"`);
    expect(page.body).toContain(`id="comment-${other.id}"`);
    expect((await findCounts(t.deps.db, a.id)).commentsVisible).toBe(before.commentsVisible - 1);
    const open = await t.deps.db.selectFrom('comment_reports').select('id').where('comment_id', '=', c.id).where('resolved_at', 'is', null).execute();
    expect(open).toHaveLength(DEFAULT_REPORT_THRESHOLD);
    // And a hidden comment cannot be reported any more.
    expect((await t.app.inject({ url: reportPath(a.slug, c.id) })).statusCode).toBe(404);
  });

  it('counts concurrent reports exactly and hides the comment once', async () => {
    const a = await article();
    const c = await comment(a.id);
    const many = DEFAULT_REPORT_THRESHOLD + 3;
    const ips = Array.from({ length: many }, () => nextIp());
    const tokens = await Promise.all(ips.map(async (ip) => tokenIn((await t.app.inject({ url: reportPath(a.slug, c.id), remoteAddress: ip })).body)));
    const answers = await Promise.all(ips.map((ip, i) => postReport(t, a.slug, c.id, { ip, token: tokens[i]! })));
    // Reports that arrive after it was hidden find it gone (404); the others are all counted, none lost or doubled.
    const codes = answers.map((x) => x.res.statusCode);
    expect(codes.every((code) => code === 303 || code === 404)).toBe(true);
    const stored = (await reports(c.id)).length;
    expect(stored).toBe(codes.filter((code) => code === 303).length);
    expect((await row(c.id)).report_count).toBe(stored);
    expect(stored).toBeGreaterThanOrEqual(DEFAULT_REPORT_THRESHOLD);
    expect(await row(c.id)).toMatchObject({ status: 'pending', queue: 'reported' });
    const log = await t.deps.db.selectFrom('moderation_log').select('action').where('target_id', '=', c.id).execute();
    expect(log).toEqual([{ action: 'hidden_by_reports' }]);
  });

  it('leaves a comment a moderator already re-approved visible until new reports reach the threshold again', async () => {
    const a = await article();
    const c = await comment(a.id);
    for (let i = 0; i < DEFAULT_REPORT_THRESHOLD; i++) await postReport(t, a.slug, c.id, { ip: nextIp() });
    expect((await row(c.id)).status).toBe('pending');
    await moderateComment(t.deps, { id: c.id, to: 'approved', actorId: null });
    expect(await row(c.id)).toMatchObject({ status: 'approved', queue: null, report_count: 0 });
    await postReport(t, a.slug, c.id, { ip: nextIp() });
    expect(await row(c.id)).toMatchObject({ status: 'approved', queue: 'reported', report_count: 1 });
  });

  it('keeps a comment already waiting in another queue there, and never hides what is not approved', async () => {
    const a = await article();
    const c = await comment(a.id);
    // A visible comment a moderator parked in the held queue (e.g. screening second thoughts).
    await t.deps.db.updateTable('comments').set({ queue: 'held' }).where('id', '=', c.id).execute();
    await postReport(t, a.slug, c.id, { ip: nextIp() });
    expect(await row(c.id)).toMatchObject({ queue: 'held', report_count: 1 });
  });

  it('re-shows the form with 400 for a missing or unknown reason, and for a missing or forged token', async () => {
    const a = await article();
    const c = await comment(a.id);
    const none = await postReport(t, a.slug, c.id, { ip: nextIp(), reason: '' });
    expect(none.res.statusCode).toBe(400);
    expect(none.res.body).toContain('data-code="invalid_reason"');
    expect(none.res.body).toContain('Please choose a reason.');
    expect(none.res.body).toContain('<fieldset class="report-reasons" aria-describedby="report-problem">');
    expect(none.res.headers['cache-control']).toBe('private, no-store');
    const unknown = await postReport(t, a.slug, c.id, { ip: nextIp(), reason: '<script>alert(1)</script>' });
    expect(unknown.res.statusCode).toBe(400);
    expect(unknown.res.body).not.toContain('<script>alert(1)');
    const noToken = await postReport(t, a.slug, c.id, { ip: nextIp(), token: null, reason: 'spam' });
    expect(noToken.res.statusCode).toBe(400);
    expect(noToken.res.body).toContain('data-code="form_expired"');
    // The reader's choice is kept.
    expect(noToken.res.body).toContain('value="spam" id="report-reason-spam" checked');
    const otherComment = await comment(a.id);
    const borrowed = tokenIn((await t.app.inject({ url: reportPath(a.slug, otherComment.id) })).body);
    const forged = await postReport(t, a.slug, c.id, { ip: nextIp(), token: borrowed });
    expect(forged.res.statusCode).toBe(400);
    expect((await row(c.id)).report_count).toBe(0);
  });

  it('limits reports per network (429 with Retry-After, the form kept), counting refused ones too', async () => {
    const a = await article();
    const ip = nextIp();
    for (let i = 0; i < 3; i++) {
      const c = await comment(a.id);
      expect((await postReport(t, a.slug, c.id, { ip })).res.statusCode).toBe(303);
    }
    const c = await comment(a.id);
    const limited = await postReport(t, a.slug, c.id, { ip });
    expect(limited.res.statusCode).toBe(429);
    expect(Number(limited.res.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.res.body).toContain('data-code="rate_limited"');
    expect((await row(c.id)).report_count).toBe(0);
    t.deps.clock.advance(10 * 60_000);
    expect((await postReport(t, a.slug, c.id, { ip })).res.statusCode).toBe(303);
  });

  it('answers 404 for unknown, malformed, pending and hidden-thread comments, and for another article', async () => {
    const a = await article();
    const b = await article();
    const root = await comment(a.id);
    const reply = await comment(a.id, { parentId: root.id });
    const pending = await comment(a.id, { status: 'pending' });
    expect((await t.app.inject({ url: reportPath(a.slug, '01900000-0000-7000-8000-000000000000') })).statusCode).toBe(404);
    expect((await t.app.inject({ url: reportPath(a.slug, 'not-an-id') })).statusCode).toBe(404);
    expect((await t.app.inject({ url: reportPath(a.slug, pending.id) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: reportPath(b.slug, root.id) })).statusCode).toBe(404);
    expect((await t.app.inject({ url: reportPath(a.slug, reply.id) })).statusCode).toBe(200);
    await moderateComment(t.deps, { id: root.id, to: 'rejected', actorId: null, reason: 'spam' });
    const hidden = await t.app.inject({ url: reportPath(a.slug, reply.id) });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers['content-type']).toContain('text/html');
    const post = await postReport(t, a.slug, reply.id, { ip: nextIp(), token: 'x' });
    expect(post.res.statusCode).toBe(404);
  });

  it('refuses a report posted from another site (403) and counts nothing', async () => {
    const a = await article();
    const c = await comment(a.id);
    const { res } = await postReport(t, a.slug, c.id, { ip: nextIp(), origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect((await row(c.id)).report_count).toBe(0);
  });
});
