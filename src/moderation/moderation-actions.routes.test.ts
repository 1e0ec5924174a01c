// The moderation queue's actions on each engine: reject reasons stored and logged, featuring
// (and losing it on rejection), the per-article queue's bounds, bulk, conflicts and the
// island's JSON answers.
import { describe, expect, it } from 'vitest';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { postForm } from '../accounts/sign-in.testkit.ts';
import { articleUrl } from '../lib/urls.ts';
import { queueSuite } from './queue-suite.testkit.ts';

describe.each(engines)('moderation queue actions on %s', (engine) => {
  const q = queueSuite(engine);
  const { newArticle, get, later, row, logOf, postJson } = q;
  it('requires a reason to reject, stores it on the comment and in the log with actor and statuses', async () => {
    const article = await newArticle();
    const comment = await createComment(q.t.deps, { articleId: article.id, status: 'pending', body: 'Keep this text' });
    const missing = await postForm(q.t, q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'rejected', reason: '' });
    expect(missing.statusCode).toBe(400);
    expect(missing.body).toContain('id="moderation-problem"');
    expect(missing.body).toContain('Choose a reason for rejecting this comment, then press Reject.');
    const bogus = await postJson(q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'rejected', reason: 'dislike' });
    expect(bogus.statusCode).toBe(400);
    expect(bogus.json()).toMatchObject({ ok: false, code: 'invalid' });
    expect((await row(comment.id)).status).toBe('pending');
    const res = await postForm(q.t, q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'rejected', reason: 'personal_attack' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/moderation?done=rejected');
    expect(await row(comment.id)).toMatchObject({ status: 'rejected', reject_reason: 'personal_attack', queue: null, version: 2 });
    expect(await logOf(comment.id)).toEqual([expect.objectContaining({
      action: 'reject', actor_kind: 'staff', actor_id: q.moderator.userId, actor_name: 'A moderator', reason: 'personal_attack',
      from_status: 'pending', to_status: 'rejected', target_kind: 'comment', site_id: q.siteId,
    })]);
    expect((await get(q.moderator, '/admin/moderation?tab=rejected')).body).toContain('<span class="moderation-reject-reason">Reason: Personal attack</span>');
  });

  it('features approved comments only, logs it and drops the article’s cached page; unfeatures', async () => {
    const article = await newArticle();
    const pending = await createComment(q.t.deps, { articleId: article.id, status: 'pending' });
    const approved = await createComment(q.t.deps, { articleId: article.id, status: 'approved' });
    const refused = await postForm(q.t, q.moderator, '/admin/moderation', { comment: pending.id, version: '1', do: 'feature' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Only approved comments can be featured.');
    const path = articleUrl(article.locale, article.slug);
    q.t.deps.pageCache.set(q.siteId, path, { body: 'cached', contentType: 'text/html', status: 200 });
    const res = await postForm(q.t, q.moderator, '/admin/moderation?tab=approved', { comment: approved.id, version: '1', do: 'feature' });
    expect(res.headers.location).toBe('/admin/moderation?tab=approved&done=featured');
    expect(await row(approved.id)).toMatchObject({ featured_at: q.t.deps.clock.now().toISOString(), featured_by: q.moderator.userId, version: 2, status: 'approved' });
    expect(q.t.deps.pageCache.get(q.siteId, path)).toBeUndefined();
    const tab = (await get(q.moderator, `/admin/articles/${article.id}/comments?tab=approved`)).body;
    expect(tab).toContain('<span class="badge badge-featured">Featured</span>');
    expect(tab).toContain('name="do" value="unfeature"');
    later();
    const json = await postJson(q.moderator, '/admin/moderation', { comment: approved.id, version: '2', do: 'unfeature' });
    expect(json.json()).toEqual({ ok: true, id: approved.id, status: 'approved', queue: null, version: 3, from: { status: 'approved', queue: null } });
    expect(await row(approved.id)).toMatchObject({ featured_at: null, featured_by: null });
    expect((await logOf(approved.id)).map((e) => e.action)).toEqual(['feature', 'unfeature']);
  });

  it('a featured comment that is rejected loses its feature, so approving it again does not feature it', async () => {
    const article = await newArticle();
    const approved = await createComment(q.t.deps, { articleId: article.id, status: 'approved' });
    await postForm(q.t, q.moderator, '/admin/moderation?tab=approved', { comment: approved.id, version: '1', do: 'feature' });
    await postForm(q.t, q.moderator, '/admin/moderation?tab=approved', { comment: approved.id, version: '2', to: 'rejected', reason: 'off_topic' });
    expect(await row(approved.id)).toMatchObject({ status: 'rejected', featured_at: null, featured_by: null });
    await postForm(q.t, q.moderator, '/admin/moderation?tab=rejected', { comment: approved.id, version: '3', to: 'approved' });
    expect(await row(approved.id)).toMatchObject({ status: 'approved', featured_at: null });
  });

  it('the per-article queue acts only on that article’s comments', async () => {
    const [mine, other] = [await newArticle(), await newArticle()];
    await createComment(q.t.deps, { articleId: mine.id, status: 'pending' });
    const elsewhere = await createComment(q.t.deps, { articleId: other.id, status: 'pending' });
    const res = await postJson(q.moderator, `/admin/articles/${mine.id}/comments`, { comment: elsewhere.id, version: '1', to: 'approved' });
    expect(res.statusCode).toBe(404);
    expect(await row(elsewhere.id)).toMatchObject({ status: 'pending', version: 1 });
  });

  it('rejects the ticked comments in bulk with one reason, and refuses without one', async () => {
    const article = await newArticle();
    const a = await createComment(q.t.deps, { articleId: article.id, status: 'pending' });
    const b = await createComment(q.t.deps, { articleId: article.id, status: 'pending' });
    const url = `/admin/articles/${article.id}/comments`;
    const page = (await get(q.moderator, url)).body;
    expect(page).toContain('<select id="bulk-moderation-reason" name="reason"');
    const none = await postForm(q.t, q.moderator, url, { to: 'rejected', selected: [`${a.id}:1`, `${b.id}:1`] });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Choose a reason for rejecting the selected comments');
    const res = await postForm(q.t, q.moderator, url, { to: 'rejected', reason: 'spam', selected: [`${a.id}:1`, `${b.id}:1`] });
    expect(res.headers.location).toBe(`${url}?done=rejected&n=2`);
    for (const id of [a.id, b.id]) {
      expect(await row(id)).toMatchObject({ status: 'rejected', reject_reason: 'spam' });
      expect((await logOf(id))[0]).toMatchObject({ action: 'reject', reason: 'spam' });
    }
    const json = await postJson(q.moderator, url, { to: 'spam', selected: `${a.id}:2` });
    expect(json.json()).toEqual({ ok: true, changed: 1, conflicts: 0 });
  });

  it('answers the island in JSON: done, conflict 409 (HTML shows #moderation-problem too), not found', async () => {
    const article = await newArticle();
    const comment = await createComment(q.t.deps, { articleId: article.id, status: 'pending' });
    const ok = await postJson(q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'approved' });
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['content-type']).toContain('application/json');
    // Where it was and where it is: the island moves the tab counts by queue and by status.
    expect(ok.json()).toEqual({ ok: true, id: comment.id, status: 'approved', queue: null, version: 2, from: { status: 'pending', queue: 'pending' } });
    const late = await postJson(q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'spam' });
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ ok: false, code: 'conflict', message: expect.stringContaining('Someone else changed this comment') });
    const html = await postForm(q.t, q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'spam' });
    expect(html.statusCode).toBe(409);
    expect(html.body).toContain('id="moderation-problem"');
    expect(html.body).toContain(`href="/admin/moderation?tab=approved#moderation-${comment.id}">See it under Approved</a>`);
    expect((await row(comment.id)).status).toBe('approved');
    const missing = await postJson(q.moderator, '/admin/moderation', { comment: 'no-such-comment', version: '1', to: 'approved' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ ok: false, code: 'not_found' });
  });
});
