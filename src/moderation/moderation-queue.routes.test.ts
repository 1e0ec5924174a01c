// The moderation queue's issue-4 parts on each engine: tabs by work queue and status with
// counts, risk-then-newest order and its cursor, each item in context (screening reasons,
// matched words marked in Cyrillic and emoji text, history, reports), reject reasons
// stored and logged, featuring, bulk, conflicts and the island's JSON answers, and
// moderators limited to locales.
import type { KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { clientAssets } from '../http/client-assets.ts';
import { articleUrl } from '../lib/urls.ts';
import { insertSite } from '../sites/site.queries.ts';
import { loadQueuePage } from './moderation-page-data.ts';
import { createQueuedComment, reportComment, screeningOf } from './moderation.testkit.ts';

describe.each(engines)('moderation queue on %s', (engine) => {
  let t: TestContext;
  let moderator: SignedIn;
  let siteId: string;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps)).id;
    moderator = await signInAs(t, 'moderator');
  });
  afterAll(async () => { await t.close(); });

  const newArticle = (fields: { headline?: string; locale?: string } = {}) => createArticle(t.deps, { sectionId, slug: `queue-article-${++n}`, ...fields });
  const get = (agent: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  const later = () => t.deps.clock.advance(1000);
  const shown = (html: string) => [...html.matchAll(/data-comment-id="([^"]+)"/g)].map((m) => m[1]);
  const row = (id: string) => t.deps.db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const logOf = (id: string) => t.deps.db.selectFrom('moderation_log').selectAll().where('target_id', '=', id).orderBy('created_at').orderBy('id').execute();
  const postJson = (agent: SignedIn, url: string, fields: Record<string, string>) => t.app.inject({
    method: 'POST', url, payload: new URLSearchParams({ _csrf: agent.csrf, ...fields }).toString(),
    headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
  });

  it('redirects the old address permanently, query kept', async () => {
    const res = await get(moderator, '/admin/comments?status=approved');
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/admin/moderation?status=approved');
    expect((await get(moderator, '/admin/comments')).headers.location).toBe('/admin/moderation');
    const post = await postForm(t, moderator, '/admin/comments?status=spam', { comment: 'x', version: '1', to: 'approved' });
    expect([post.statusCode, post.headers.location]).toEqual([308, '/admin/moderation?status=spam']);
    expect((await get(moderator, '/admin/moderation?status=approved')).body).toContain('aria-current="page" data-tab="approved"');
  });

  it('includes the keyboard island, its stylesheet, the keys help and the live region', async () => {
    const island = (await clientAssets()).get('moderation-queue');
    const body = (await get(moderator, '/admin/moderation?tab=spam')).body;
    expect(body).toContain('<p id="moderation-status" role="status" class="moderation-status"></p>');
    expect(island).toBeDefined();
    expect(body).toContain(`<script type="module" src="${island!.url}"></script>`);
    expect(body).toContain('<link rel="stylesheet" href="/assets/moderation-keys.css"/>');
    expect(body).toContain('<p id="moderation-keys" class="hint">');
  });

  it('shows each work queue in its tab, highest risk first then newest, with counts per tab', async () => {
    const article = await newArticle();
    const base = `/admin/articles/${article.id}/comments`;
    const low = await createQueuedComment(t.deps, { articleId: article.id, status: 'pending', risk: 100 });
    later();
    const lowNewer = await createQueuedComment(t.deps, { articleId: article.id, status: 'pending', risk: 100 });
    const high = await createQueuedComment(t.deps, { articleId: article.id, status: 'pending', risk: 9000 });
    const held = await createQueuedComment(t.deps, { articleId: article.id, status: 'pending', queue: 'held', risk: 5000 });
    const reported = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    await reportComment(t.deps, reported.id, ['spam']);
    await createComment(t.deps, { articleId: article.id, status: 'rejected' });
    const pending = await get(moderator, base);
    expect(shown(pending.body)).toEqual([high.id, lowNewer.id, low.id]);
    expect(pending.body).toContain('aria-label="Pending: highest risk first, then newest"');
    for (const [tab, count] of [['pending', 3], ['reported', 1], ['held', 1], ['approved', 1], ['rejected', 1], ['spam', 0]] as const) {
      expect(pending.body).toMatch(new RegExp(`data-tab="${tab}">[^<]+ \\(${count}\\)</a>`));
    }
    expect(shown((await get(moderator, `${base}?tab=held`)).body)).toEqual([held.id]);
    const reportedTab = await get(moderator, `${base}?tab=reported`);
    expect(shown(reportedTab.body)).toEqual([reported.id]);
    expect(reportedTab.body).toContain(`data-status="approved" data-version="1" data-queue="reported"`);
    expect(shown((await get(moderator, `${base}?tab=approved`)).body)).toEqual([reported.id]);
    // Site-wide, the same order among these.
    const site = shown((await get(moderator, '/admin/moderation')).body);
    expect(site.filter((id) => [high.id, lowNewer.id, low.id].includes(id!))).toEqual([high.id, lowNewer.id, low.id]);
  });

  it('pages a work queue after a comment: (risk, created_at, id) cursor, no comment twice or missed', async () => {
    const article = await newArticle();
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      if (i % 3 === 0) later();
      ids.push((await createQueuedComment(t.deps, { articleId: article.id, status: 'pending', risk: (i % 4) * 1000 })).id);
    }
    const base = `/admin/articles/${article.id}/comments`;
    const first = await get(moderator, base);
    const next = /href="([^"]+)" rel="next">Next page</.exec(first.body)![1]!.replaceAll('&amp;', '&');
    const firstIds = shown(first.body);
    expect(firstIds).toHaveLength(20);
    expect(next).toBe(`${base}?after=${firstIds[19]}`);
    const second = await get(moderator, next);
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain(`href="${base}">First page</a>`);
    const all = [...firstIds, ...shown(second.body)];
    const rows = await Promise.all(ids.map(row));
    const expected = rows.sort((a, b) => b.risk - a.risk || b.created_at.localeCompare(a.created_at) || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    expect(all).toEqual(expected);
  });

  it('shows screening verdict and reasons, and marks the matched words in Cyrillic and emoji text, escaped', async () => {
    const article = await newArticle({ headline: 'Тарифы <b>растут</b>' });
    const ru = 'Ты сука и дебил, понял?';
    const cyr = await createQueuedComment(t.deps, {
      articleId: article.id, status: 'pending', queue: 'held', body: ru,
      screening: screeningOf(0.72, [{ code: 'profanity', category: 'profanity', spans: [[3, 7], [10, 15]] }, { code: 'threat', spans: [[5, 10]] }], 'hold', 'ru'),
    });
    const emojiBody = '😡😡 <script>alert(1)</script> idiot 👍';
    const start = emojiBody.indexOf('<script>');
    const emoji = await createQueuedComment(t.deps, {
      articleId: article.id, status: 'pending', queue: 'held', body: emojiBody, authorName: '<img src=x onerror=alert(2)>',
      screening: screeningOf(0.4, [{ code: 'profanity', spans: [[emojiBody.indexOf('idiot'), emojiBody.indexOf('idiot') + 5], [start, start + 8]] }, { code: 'mystery_code', spans: [] }]),
    });
    const page = (await get(moderator, `/admin/articles/${article.id}/comments?tab=held`)).body;
    const item = (id: string) => page.slice(page.indexOf(`id="moderation-${id}"`)).split('class="moderation-item')[0]!;
    expect(item(cyr.id)).toContain('<div class="moderation-body" dir="auto">Ты <mark class="screening-match">сука и дебил</mark>, понял?</div>');
    expect(item(cyr.id)).toContain('Screening: <strong>Hold for review</strong>, score 0.72, language <code>ru</code>');
    expect(item(cyr.id)).toContain('<ul class="screening-reasons"><li data-code="profanity">Profanity or insult · 0.72</li><li data-code="threat">Threat · 0.72</li></ul>');
    const e = item(emoji.id);
    expect(e).toContain('<div class="moderation-body" dir="auto">😡😡 <mark class="screening-match">&lt;script></mark>alert(1)&lt;/script> <mark class="screening-match">idiot</mark> 👍</div>');
    expect(e).toContain('<li data-code="mystery_code">Mystery code · 0.40</li>');
    expect(e).toContain('&lt;img src=x onerror=alert(2)>');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<b>растут</b>');
  });

  it('shows the commenter’s history, first comment, the parent of a reply and readers’ reports by reason', async () => {
    const article = await newArticle();
    const email = `regular-${++n}@example.test`;
    const parent = await createComment(t.deps, { articleId: article.id, status: 'approved', authorEmail: email, authorName: 'Aliya', body: 'Parent text here' });
    later();
    await createComment(t.deps, { articleId: article.id, status: 'rejected', authorEmail: email });
    later();
    const reply = await createComment(t.deps, { articleId: article.id, parentId: parent.id, status: 'pending', authorEmail: email });
    const newcomer = await createComment(t.deps, { articleId: article.id, status: 'pending', authorEmail: `new-${n}@example.test` });
    await reportComment(t.deps, parent.id, ['spam', 'abuse', 'spam']);
    const base = `/admin/articles/${article.id}/comments`;
    const pending = (await get(moderator, base)).body;
    const part = (id: string) => pending.slice(pending.indexOf(`id="moderation-${id}"`)).split('class="moderation-item')[0]!;
    expect(part(reply.id)).toContain('On this site: <span data-history="approved">1 approved</span>, <span data-history="rejected">1 rejected</span>, <span data-history="spam">0 spam</span>');
    expect(part(reply.id)).not.toContain('First comment');
    expect(part(reply.id)).toMatch(/In reply to <bdi>Aliya<\/bdi> \(approved\): <q dir="auto">Parent text here<\/q>/);
    expect(part(reply.id)).toContain(email);
    expect(part(newcomer.id)).toContain('<span class="badge badge-first-comment">First comment</span>');
    const reported = (await get(moderator, `${base}?tab=reported`)).body;
    expect(reported).toContain('Reported by 3 readers:</p><ul class="report-reasons"><li data-reason="spam">Spam (2)</li><li data-reason="abuse">Abuse or insult (1)</li></ul>');
    expect(reported).toContain('<span class="badge badge-first-comment">First comment</span>'); // the parent is Aliya's first
  });

  it('loads a page with the same number of queries for 3 comments as for 20 (no query per comment)', async () => {
    const queriesFor = async (articleId: string) => {
      let count = 0;
      const counting: KyselyPlugin = { transformQuery: (args) => { count++; return args.node; }, transformResult: async (args) => args.result };
      const page = await loadQueuePage({ db: t.deps.db.withPlugin(counting) }, { siteId, tab: 'pending', articleId }, { tab: 'pending' });
      return { count, items: page.entries.length };
    };
    const fill = async (articleId: string, comments: number) => {
      const parent = await createComment(t.deps, { articleId, status: 'approved' });
      for (let i = 0; i < comments; i++) {
        const c = await createComment(t.deps, { articleId, status: 'pending', parentId: i % 2 ? parent.id : null, authorEmail: `c${i % 5}-${articleId}@example.test` });
        if (i % 3 === 0) await reportComment(t.deps, c.id, ['spam']);
      }
    };
    const small = await newArticle();
    const big = await newArticle();
    await fill(small.id, 3);
    await fill(big.id, 30);
    const a = await queriesFor(small.id);
    const b = await queriesFor(big.id);
    expect([a.items, b.items]).toEqual([3, 20]);
    expect(b.count).toBe(a.count);
  });

  it('requires a reason to reject, stores it on the comment and in the log with actor and statuses', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending', body: 'Keep this text' });
    const missing = await postForm(t, moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'rejected', reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('id="moderation-problem"');
    expect(missing.body).toContain('Choose a reason for rejecting this comment, then press Reject.');
    const bogus = await postJson(moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'rejected', reason: 'dislike' });
    expect(bogus.statusCode).toBe(400);
    expect(bogus.json()).toMatchObject({ ok: false, code: 'invalid' });
    expect((await row(comment.id)).status).toBe('pending');
    const res = await postForm(t, moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'rejected', reason: 'personal_attack' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/moderation?done=rejected');
    expect(await row(comment.id)).toMatchObject({ status: 'rejected', reject_reason: 'personal_attack', queue: null, version: 2 });
    expect(await logOf(comment.id)).toEqual([expect.objectContaining({
      action: 'reject', actor_kind: 'staff', actor_id: moderator.userId, actor_name: 'A moderator', reason: 'personal_attack',
      from_status: 'pending', to_status: 'rejected', target_kind: 'comment', site_id: siteId,
    })]);
    expect((await get(moderator, '/admin/moderation?tab=rejected')).body).toContain('<span class="moderation-reject-reason">Reason: Personal attack</span>');
  });

  it('features approved comments only, logs it and drops the article’s cached page; unfeatures', async () => {
    const article = await newArticle();
    const pending = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const approved = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    const refused = await postForm(t, moderator, '/admin/moderation', { comment: pending.id, version: '1', do: 'feature' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Only approved comments can be featured.');
    const path = articleUrl(article.locale, article.slug);
    t.deps.pageCache.set(siteId, path, { body: 'cached', contentType: 'text/html', status: 200 });
    const res = await postForm(t, moderator, '/admin/moderation?tab=approved', { comment: approved.id, version: '1', do: 'feature' });
    expect(res.headers.location).toBe('/admin/moderation?tab=approved&done=featured');
    expect(await row(approved.id)).toMatchObject({ featured_at: t.deps.clock.now().toISOString(), featured_by: moderator.userId, version: 2, status: 'approved' });
    expect(t.deps.pageCache.get(siteId, path)).toBeUndefined();
    const tab = (await get(moderator, `/admin/articles/${article.id}/comments?tab=approved`)).body;
    expect(tab).toContain('<span class="badge badge-featured">Featured</span>');
    expect(tab).toContain('name="do" value="unfeature"');
    later();
    const json = await postJson(moderator, '/admin/moderation', { comment: approved.id, version: '2', do: 'unfeature' });
    expect(json.json()).toEqual({ ok: true, id: approved.id, status: 'approved', queue: null, version: 3, from: { status: 'approved', queue: null } });
    expect(await row(approved.id)).toMatchObject({ featured_at: null, featured_by: null });
    expect((await logOf(approved.id)).map((e) => e.action)).toEqual(['feature', 'unfeature']);
  });

  it('a featured comment that is rejected loses its feature, so approving it again does not feature it', async () => {
    const article = await newArticle();
    const approved = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    await postForm(t, moderator, '/admin/moderation?tab=approved', { comment: approved.id, version: '1', do: 'feature' });
    await postForm(t, moderator, '/admin/moderation?tab=approved', { comment: approved.id, version: '2', to: 'rejected', reason: 'off_topic' });
    expect(await row(approved.id)).toMatchObject({ status: 'rejected', featured_at: null, featured_by: null });
    await postForm(t, moderator, '/admin/moderation?tab=rejected', { comment: approved.id, version: '3', to: 'approved' });
    expect(await row(approved.id)).toMatchObject({ status: 'approved', featured_at: null });
  });

  it('the per-article queue acts only on that article’s comments', async () => {
    const [mine, other] = [await newArticle(), await newArticle()];
    await createComment(t.deps, { articleId: mine.id, status: 'pending' });
    const elsewhere = await createComment(t.deps, { articleId: other.id, status: 'pending' });
    const res = await postJson(moderator, `/admin/articles/${mine.id}/comments`, { comment: elsewhere.id, version: '1', to: 'approved' });
    expect(res.statusCode).toBe(404);
    expect(await row(elsewhere.id)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('rejects the ticked comments in bulk with one reason, and refuses without one', async () => {
    const article = await newArticle();
    const a = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const b = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const url = `/admin/articles/${article.id}/comments`;
    const page = (await get(moderator, url)).body;
    expect(page).toContain('<select id="bulk-moderation-reason" name="reason"');
    const none = await postForm(t, moderator, url, { to: 'rejected', selected: [`${a.id}:1`, `${b.id}:1`] });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Choose a reason for rejecting the selected comments');
    const res = await postForm(t, moderator, url, { to: 'rejected', reason: 'spam', selected: [`${a.id}:1`, `${b.id}:1`] });
    expect(res.headers.location).toBe(`${url}?done=rejected&n=2`);
    for (const id of [a.id, b.id]) {
      expect(await row(id)).toMatchObject({ status: 'rejected', reject_reason: 'spam' });
      expect((await logOf(id))[0]).toMatchObject({ action: 'reject', reason: 'spam' });
    }
    const json = await postJson(moderator, url, { to: 'spam', selected: `${a.id}:2` });
    expect(json.json()).toEqual({ ok: true, changed: 1, conflicts: 0 });
  });

  it('answers the island in JSON: done, conflict 409 (HTML shows #moderation-problem too), not found', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const ok = await postJson(moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'approved' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('application/json');
    // Where it was and where it is: the island moves the tab counts by queue and by status.
    expect(ok.json()).toEqual({ ok: true, id: comment.id, status: 'approved', queue: null, version: 2, from: { status: 'pending', queue: 'pending' } });
    const late = await postJson(moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'spam' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('Someone else changed this comment') });
    const html = await postForm(t, moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'spam' });
    expect(html.statusCode).toBe(409);
    expect(html.body).toContain('id="moderation-problem"');
    expect(html.body).toContain(`href="/admin/moderation?tab=approved#moderation-${comment.id}">See it under Approved</a>`);
    expect((await row(comment.id)).status).toBe('approved');
    const missing = await postJson(moderator, '/admin/moderation', { comment: 'no-such-comment', version: '1', to: 'approved' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('limits moderators to their locales (others are not there) and refuses those with no scope on the site', async () => {
    const ru = await newArticle({ locale: 'ru', headline: 'Русская статья' });
    const en = await newArticle({ headline: 'English article' });
    const ruComment = await createComment(t.deps, { articleId: ru.id, status: 'pending', body: 'Русский комментарий' });
    const enComment = await createComment(t.deps, { articleId: en.id, status: 'pending', body: 'An English comment' });
    const scoped = await signInAs(t, 'moderator');
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: scoped.userId, site_id: siteId, locale: 'ru' }).execute();
    const page = (await get(scoped, '/admin/moderation')).body;
    expect(shown(page)).toEqual([ruComment.id]);
    expect(page).toContain('data-tab="pending">Pending (1)</a>');
    expect((await get(scoped, `/admin/articles/${en.id}/comments`)).statusCode).toBe(404);
    expect((await get(scoped, `/admin/articles/${ru.id}/comments`)).statusCode).toBe(200);
    expect((await postForm(t, scoped, '/admin/moderation', { comment: enComment.id, version: '1', to: 'approved' })).statusCode).toBe(404);
    expect((await row(enComment.id)).status).toBe('pending');
    expect((await postForm(t, scoped, '/admin/moderation', { comment: ruComment.id, version: '1', to: 'approved' })).statusCode).toBe(303);
    const otherSiteId = t.deps.ids.next();
    await insertSite(t.deps.db, { id: otherSiteId, slug: 'scoped-other', name: 'Other', host: 'scoped-other.example.test', defaultLocale: 'en', isDefault: false, locales: ['en'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    const elsewhere = await signInAs(t, 'moderator');
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: elsewhere.userId, site_id: otherSiteId, locale: '*' }).execute();
    expect((await get(elsewhere, '/admin/moderation')).statusCode).toBe(403);
    expect((await get(elsewhere, `/admin/articles/${ru.id}/comments`)).statusCode).toBe(403);
    expect((await postForm(t, elsewhere, '/admin/moderation', { comment: enComment.id, version: '1', to: 'approved' })).statusCode).toBe(403);
    expect((await row(enComment.id)).status).toBe('pending');
  });
});
