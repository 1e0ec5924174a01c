// The moderation list and its actions on each engine: who may use them, what a
// moderator sees (escaped text, emails, replies), approve / reject / spam / restore
// with counters and the article's cached page kept right, conflicts between two
// moderators, one article's list, pages, bulk actions and bad requests.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import { insertSite } from '../sites/site.queries.ts';

describe.each(engines)('/admin/moderation on %s', (engine) => {
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

  const newArticle = (headline = `Water tariffs rise ${++n}`) => createArticle(t.deps, { sectionId, headline, slug: `article-${++n}` });
  const get = (agent: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  const statusOf = async (id: string) => (await t.deps.db.selectFrom('comments').select(['status', 'version', 'moderated_by']).where('id', '=', id).executeTakeFirstOrThrow());
  const later = () => t.deps.clock.advance(1000);
  const act = (agent: SignedIn, url: string, comment: { id: string }, to: string, version = '1') =>
    postForm(t, agent, url, { comment: comment.id, version, to, ...(to === 'rejected' ? { reason: 'off_topic' } : {}) });

  it('is for moderators, editors and admins; authors and contributors get 403', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    for (const role of ['author', 'contributor'] as const) {
      const agent = await signInAs(t, role);
      expect((await get(agent, '/admin/moderation')).statusCode).toBe(403);
      expect((await get(agent, `/admin/articles/${article.id}/comments`)).statusCode).toBe(403);
      expect((await act(agent, '/admin/moderation', comment, 'approved')).statusCode).toBe(403);
      expect((await get(agent, '/admin/articles')).body).not.toContain('href="/admin/moderation"');
    }
    expect((await statusOf(comment.id)).status).toBe('pending');
    for (const role of ['moderator', 'editor', 'admin'] as const) {
      const agent = role === 'moderator' ? moderator : await signInAs(t, role);
      const page = await get(agent, '/admin/moderation');
      expect(page.statusCode).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      expect(page.body).toContain('<a href="/admin/moderation" aria-current="page">Moderation</a>');
    }
    expect((await t.app.inject({ url: '/admin/moderation' })).headers.location).toBe('/admin/login?next=%2Fadmin%2Fmoderation');
  });

  it('shows pending comments newest first: text escaped with line breaks kept, email, article link, reply context', async () => {
    const article = await newArticle('Bus lanes open on Abai avenue');
    const parent = await createComment(t.deps, { articleId: article.id, status: 'approved', authorName: 'Aliya', body: 'First line of the parent comment, which is rather long. '.repeat(5) });
    later();
    const hostile = await createComment(t.deps, {
      articleId: article.id, status: 'pending', authorName: '<b>Mallory</b>', authorEmail: 'mallory@example.test',
      body: '<script>alert(1)</script>\n\n  indented line',
    });
    later();
    const reply = await createComment(t.deps, { articleId: article.id, parentId: parent.id, status: 'pending', authorName: 'مریم', body: 'سلام، این یک پاسخ است.' });
    const res = await get(moderator, '/admin/moderation');
    expect(res.statusCode).toBe(200);
    const body = res.body;
    expect(body).not.toContain('<script>alert(1)</script>');
    expect(body).toContain('&lt;script>alert(1)&lt;/script>\n\n  indented line');
    expect(body).toContain('&lt;b>Mallory&lt;/b>');
    expect(body).toContain('mallory@example.test');
    expect(body).toMatch(/<div class="moderation-body" dir="auto">/);
    expect(body.indexOf(`id="moderation-${reply.id}"`)).toBeLessThan(body.indexOf(`id="moderation-${hostile.id}"`));
    expect(body).not.toContain(`id="moderation-${parent.id}"`); // approved, not in the pending tab
    expect(body).toContain(`href="${articleUrl('en', article.slug)}#comments" dir="auto">Bus lanes open on Abai avenue</a>`);
    expect(body).toContain(`href="/admin/articles/${article.id}/comments">All comments on this article</a>`);
    expect(body).toMatch(/In reply to <bdi>Aliya<\/bdi> \(approved\): <q dir="auto">First line of the parent comment[^<]*…<\/q>/);
    expect(body).toMatch(/data-tab="pending">Pending \(\d+\)<\/a>/);
    expect(body).toContain(`<button type="submit" name="to" value="approved" class="button button-small button-primary" aria-describedby="moderation-${reply.id}-author">Approve</button>`);
  });

  it('approves: 303 back to the same tab with a confirmation, counters moved, the article page dropped from the cache', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending', authorEmail: 'secret-reader@example.test' });
    const path = articleUrl(article.locale, article.slug);
    t.deps.pageCache.set(siteId, path, { body: 'cached', contentType: 'text/html', status: 200 });
    const res = await act(moderator, '/admin/moderation', comment, 'approved');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/moderation?done=approved');
    expect(await statusOf(comment.id)).toEqual({ status: 'approved', version: 2, moderated_by: moderator.userId });
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsVisible: 1, commentsPending: 0 });
    expect(t.deps.pageCache.get(siteId, path)).toBeUndefined();
    const after = await get(moderator, res.headers.location!);
    expect(after.body).toContain('<p class="flash" role="status">Comment approved: readers can see it now.</p>');
    expect(after.body).not.toContain(`id="moderation-${comment.id}"`);
    const approved = await get(moderator, '/admin/moderation?tab=approved');
    expect(approved.body).toContain(`id="moderation-${comment.id}" tabindex="-1" data-comment-id="${comment.id}" data-status="approved" data-version="2" data-queue>`);
    // Readers never see the email, wherever the comment shows.
    expect((await t.app.inject({ url: path })).body).not.toContain('secret-reader@example.test');
  });

  it('rejects, marks spam and restores to pending, staying on the tab it was asked from', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    const rejected = await act(moderator, '/admin/moderation?tab=approved', comment, 'rejected');
    expect(rejected.headers.location).toBe('/admin/moderation?tab=approved&done=rejected');
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsVisible: 0, commentsPending: 0 });
    expect((await act(moderator, '/admin/moderation?tab=rejected', comment, 'spam', '2')).headers.location).toBe('/admin/moderation?tab=rejected&done=spam');
    expect((await act(moderator, '/admin/moderation?tab=spam', comment, 'pending', '3')).statusCode).toBe(303);
    expect(await statusOf(comment.id)).toMatchObject({ status: 'pending', version: 4 });
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsVisible: 0, commentsPending: 1 });
    const spamTab = await get(moderator, '/admin/moderation?tab=spam&done=spam');
    expect(spamTab.body).toContain('Comment marked as spam.');
  });

  it('tells the second of two moderators that someone else changed the comment (409), overwriting nothing', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const other = await signInAs(t, 'editor');
    expect((await act(other, '/admin/moderation', comment, 'approved', '1')).statusCode).toBe(303);
    const late = await act(moderator, '/admin/moderation', comment, 'rejected', '1');
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Someone else changed this comment meanwhile: it is now approved.');
    expect(late.body).toContain(`href="/admin/moderation?tab=approved#moderation-${comment.id}">See it under Approved</a>`);
    expect(late.body).toContain('<nav aria-label="Moderation tabs">');
    expect(await statusOf(comment.id)).toMatchObject({ status: 'approved', version: 2 });
    // Same answer when both chose the same thing: the version moved, so it is reported, not repeated.
    expect((await act(moderator, '/admin/moderation', comment, 'approved', '1')).statusCode).toBe(409);
  });

  it('lists one article’s comments under /admin/articles/:id/comments and acts there', async () => {
    const mine = await newArticle('Night trains to Almaty');
    const other = await newArticle();
    const here = await createComment(t.deps, { articleId: mine.id, status: 'pending' });
    const elsewhere = await createComment(t.deps, { articleId: other.id, status: 'pending' });
    const page = await get(moderator, `/admin/articles/${mine.id}/comments`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Comments on “<span dir="auto">Night trains to Almaty</span>”');
    expect(page.body).toContain(`id="moderation-${here.id}"`);
    expect(page.body).not.toContain(`id="moderation-${elsewhere.id}"`);
    expect(page.body).toContain('data-tab="pending">Pending (1)</a>');
    expect(page.body).not.toContain('All comments on this article');
    expect(page.body).not.toContain('Edit the article'); // moderators do not edit articles
    const res = await act(moderator, `/admin/articles/${mine.id}/comments`, here, 'approved');
    expect(res.headers.location).toBe(`/admin/articles/${mine.id}/comments?done=approved`);
    expect((await get(moderator, `/admin/articles/missing/comments`)).statusCode).toBe(404);
  });

  it('links an editor from the article editor to its comments, with the counts', async () => {
    const editor = await signInAs(t, 'editor');
    const article = await newArticle();
    await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const page = await get(editor, `/admin/articles/${article.id}`);
    expect(page.body).toContain(`<a href="/admin/articles/${article.id}/comments" id="article-comments-link">Comments: 0 shown, 1 pending</a>`);
    expect((await get(editor, `/admin/articles/${article.id}/comments`)).body).toContain(`href="/admin/articles/${article.id}">Edit the article</a>`);
  });

  it('pages newest first, 20 at a time, with an Older link', async () => {
    const article = await newArticle();
    const ids: string[] = [];
    for (let i = 0; i < 23; i++) {
      later();
      ids.push((await createComment(t.deps, { articleId: article.id, status: 'spam', body: `Spam number ${i}` })).id);
    }
    const url = `/admin/articles/${article.id}/comments?tab=spam`;
    const first = await get(moderator, url);
    const shown = (html: string) => [...html.matchAll(/data-comment-id="([^"]+)"/g)].map((m) => m[1]);
    expect(shown(first.body)).toEqual(ids.slice(3).reverse());
    const older = /href="([^"]+)" rel="next">Next page</.exec(first.body)![1]!.replaceAll('&amp;', '&');
    expect(older).toBe(`/admin/articles/${article.id}/comments?tab=spam&after=${ids[3]}`);
    const second = await get(moderator, older);
    expect(shown(second.body)).toEqual(ids.slice(0, 3).reverse());
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain(`href="/admin/articles/${article.id}/comments?tab=spam">First page</a>`);
    // An action on page two comes back to page two.
    const res = await act(moderator, older, { id: ids[0]! }, 'rejected');
    expect(res.headers.location).toBe(`/admin/articles/${article.id}/comments?tab=spam&after=${ids[3]}&done=rejected`);
  });

  it('approves the ticked comments in bulk, reporting those someone else changed', async () => {
    const article = await newArticle();
    const a = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const b = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const c = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const list = await get(moderator, `/admin/articles/${article.id}/comments`);
    expect(list.body).toContain(`<input type="checkbox" id="moderation-${a.id}-select" name="selected" value="${a.id}:1" form="bulk-moderation"/>`);
    expect(list.body).toMatch(/<form id="bulk-moderation" class="moderation-bulk" method="post"/);
    expect((await act(moderator, '/admin/moderation', c, 'rejected')).statusCode).toBe(303); // c changes meanwhile
    const res = await postForm(t, moderator, `/admin/articles/${article.id}/comments`, { to: 'approved', selected: [`${a.id}:1`, `${b.id}:1`, `${c.id}:1`] });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/admin/articles/${article.id}/comments?done=approved&n=2&conflicts=1`);
    expect([(await statusOf(a.id)).status, (await statusOf(b.id)).status, (await statusOf(c.id)).status]).toEqual(['approved', 'approved', 'rejected']);
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsVisible: 2, commentsPending: 0 });
    const after = await get(moderator, res.headers.location!);
    expect(after.body).toContain('2 comments approved. 1 comment was changed by someone else meanwhile and left as it is.');
  });

  it('answers bad requests with the list and a message, never a 500', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const bad: Array<Record<string, string>> = [{ comment: comment.id, version: '1', to: 'deleted' }, { comment: comment.id, version: 'x', to: 'approved' }, { to: 'approved' }, {}];
    for (const fields of bad) {
      const res = await postForm(t, moderator, '/admin/moderation', fields);
      expect(res.statusCode, JSON.stringify(fields)).toBe(400);
      expect(res.body).toContain('id="moderation-problem"');
    }
    expect((await act(moderator, '/admin/moderation', { id: 'no-such-comment' }, 'approved')).statusCode).toBe(404);
    expect((await statusOf(comment.id)).status).toBe('pending');
    const noToken = await t.app.inject({
      method: 'POST', url: '/admin/moderation', payload: `comment=${comment.id}&version=1&to=approved`,
      headers: { cookie: moderator.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(noToken.statusCode).toBe(403);
    expect((await statusOf(comment.id)).status).toBe('pending');
  });

  it('keeps another site’s comments out of this site’s lists and actions', async () => {
    const otherSiteId = t.deps.ids.next();
    await insertSite(t.deps.db, { id: otherSiteId, slug: 'other', name: 'Other', host: 'other.example.test', defaultLocale: 'en', isDefault: false, locales: ['en'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    const section = await createSection(t.deps, { siteId: otherSiteId, name: 'Elsewhere' });
    const article = await createArticle(t.deps, { siteId: otherSiteId, sectionId: section.id, slug: 'other-site-article' });
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending', body: 'A comment on the other site' });
    expect((await get(moderator, '/admin/moderation')).body).not.toContain('A comment on the other site');
    expect((await get(moderator, `/admin/articles/${article.id}/comments`)).statusCode).toBe(404);
    expect((await act(moderator, '/admin/moderation', comment, 'approved')).statusCode).toBe(404);
    expect((await statusOf(comment.id)).status).toBe('pending');
  });

  it('gives moderators a home page with the number of comments waiting', async () => {
    const pending = await t.deps.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n')).where('site_id', '=', siteId).where('status', '=', 'pending').executeTakeFirstOrThrow();
    const home = await get(moderator, '/admin');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain(`<a href="/admin/moderation" id="pending-comments-link" data-pending-count="${Number(pending.n)}">${Number(pending.n)} comments are waiting for moderation</a>`);
    const editor = await signInAs(t, 'editor');
    expect((await get(editor, '/admin')).headers.location).toBe('/admin/articles');
  });

  it('counts only the languages of a moderator limited to some', async () => {
    const ru = await createArticle(t.deps, { sectionId, slug: `article-${++n}`, locale: 'ru' });
    await createComment(t.deps, { articleId: ru.id, status: 'pending' });
    await createComment(t.deps, { articleId: (await newArticle()).id, status: 'pending' });
    const waitingIn = async (locale: string) => Number((await t.deps.db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n'))
      .where('site_id', '=', siteId).where('status', '=', 'pending').where('locale', '=', locale).executeTakeFirstOrThrow()).n);
    const russianOnly = await signInAs(t, 'moderator');
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: russianOnly.userId, site_id: siteId, locale: 'ru' }).execute();
    const expected = await waitingIn('ru');
    expect(await waitingIn('en')).toBeGreaterThan(0);
    expect((await get(russianOnly, '/admin')).body).toContain(`data-pending-count="${expected}"`);
  });
});
