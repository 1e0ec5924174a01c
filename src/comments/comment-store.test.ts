// storeComment and moderateComment on each engine: the counters follow every status
// change in the same transaction, a repeated submission stores nothing, two moderators
// conflict instead of overwriting, and only the article's own cached page is dropped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { commentRow, createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, createUser, defaultSiteId } from '../../test/factories.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import { moderateComment, storeComment } from './comment-store.ts';

describe.each(engines)('comment store on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  let sectionId: string;
  let moderatorId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps)).id;
    moderatorId = (await createUser(t.deps, { role: 'moderator' })).id;
  });
  afterAll(async () => { await t.close(); });

  const newArticle = () => createArticle(t.deps, { sectionId, slug: `article-${++n}` });
  const counts = async (articleId: string) => {
    const c = await findCounts(t.deps.db, articleId);
    return { visible: c.commentsVisible, pending: c.commentsPending };
  };
  const pageOf = (a: { locale: string; slug: string }) => ({ siteId, locale: a.locale, slug: a.slug });
  const statusOf = async (id: string) => t.deps.db.selectFrom('comments').select(['status', 'version', 'moderated_by', 'moderated_at']).where('id', '=', id).executeTakeFirstOrThrow();

  it('counts a pending comment as pending and an approved one as visible', async () => {
    const article = await newArticle();
    const pending = await storeComment(t.deps, await commentRow(t.deps, { articleId: article.id, status: 'pending' }), pageOf(article));
    expect(pending.kind).toBe('stored');
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 1 });
    await storeComment(t.deps, await commentRow(t.deps, { articleId: article.id, status: 'approved' }), pageOf(article));
    await storeComment(t.deps, await commentRow(t.deps, { articleId: article.id, status: 'approved' }), pageOf(article));
    expect(await counts(article.id)).toEqual({ visible: 2, pending: 1 });
  });

  it('stores one comment for a repeated submission key and answers with the first one', async () => {
    const article = await newArticle();
    const first = await commentRow(t.deps, { articleId: article.id, status: 'pending', submissionKey: 'same-key' });
    const again = { ...(await commentRow(t.deps, { articleId: article.id, status: 'pending' })), submission_key: 'same-key' };
    expect((await storeComment(t.deps, first, pageOf(article))).kind).toBe('stored');
    const second = await storeComment(t.deps, again, pageOf(article));
    expect(second).toMatchObject({ kind: 'already_stored', comment: { id: first.id, status: 'pending', articleId: article.id } });
    const rows = await t.deps.db.selectFrom('comments').select('id').where('article_id', '=', article.id).execute();
    expect(rows.map((r) => r.id)).toEqual([first.id]);
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 1 });
  });

  it('moves counters with each moderation step and records who did it', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    t.deps.clock.advance(60_000);
    expect(await moderateComment(t.deps, { id: comment.id, to: 'approved', actorId: moderatorId, expectedVersion: 1 }))
      .toEqual({ kind: 'changed', from: 'pending', to: 'approved', queue: null, version: 2 });
    expect(await counts(article.id)).toEqual({ visible: 1, pending: 0 });
    expect(await statusOf(comment.id)).toEqual({ status: 'approved', version: 2, moderated_by: moderatorId, moderated_at: t.deps.clock.now().toISOString() });
    expect((await moderateComment(t.deps, { id: comment.id, to: 'rejected', actorId: moderatorId, expectedVersion: 2 })).kind).toBe('changed');
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 0 });
    expect((await moderateComment(t.deps, { id: comment.id, to: 'pending', actorId: moderatorId })).kind).toBe('changed');
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 1 });
    expect((await moderateComment(t.deps, { id: comment.id, to: 'spam', actorId: moderatorId })).kind).toBe('changed');
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 0 });
    expect(await statusOf(comment.id)).toMatchObject({ status: 'spam', version: 5 });
  });

  it('marking a visible comment as spam takes it out of the visible count', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    expect((await moderateComment(t.deps, { id: comment.id, to: 'spam', actorId: null, expectedVersion: 1 })).kind).toBe('changed');
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 0 });
  });

  it('hiding a top-level comment hides its approved replies from the count, and showing it again brings them back', async () => {
    const article = await newArticle();
    const root = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    const reply = await createComment(t.deps, { articleId: article.id, parentId: root.id, status: 'approved' });
    await createComment(t.deps, { articleId: article.id, parentId: reply.id, status: 'approved' });
    await createComment(t.deps, { articleId: article.id, parentId: root.id, status: 'pending' });
    expect(await counts(article.id)).toEqual({ visible: 3, pending: 1 });
    await moderateComment(t.deps, { id: root.id, to: 'rejected', actorId: moderatorId });
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 1 });
    // A reply in a hidden thread counts for nothing either way.
    await moderateComment(t.deps, { id: reply.id, to: 'spam', actorId: moderatorId });
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 1 });
    await moderateComment(t.deps, { id: reply.id, to: 'approved', actorId: moderatorId });
    expect(await counts(article.id)).toEqual({ visible: 0, pending: 1 });
    await moderateComment(t.deps, { id: root.id, to: 'approved', actorId: moderatorId });
    expect(await counts(article.id)).toEqual({ visible: 3, pending: 1 });
  });

  it('a stale version is a conflict and changes nothing; the same status is unchanged', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    expect((await moderateComment(t.deps, { id: comment.id, to: 'approved', actorId: moderatorId, expectedVersion: 1 })).kind).toBe('changed');
    // A second moderator who loaded version 1 and pressed Reject.
    expect(await moderateComment(t.deps, { id: comment.id, to: 'rejected', actorId: moderatorId, expectedVersion: 1 })).toEqual({ kind: 'conflict' });
    expect(await statusOf(comment.id)).toMatchObject({ status: 'approved', version: 2 });
    expect(await counts(article.id)).toEqual({ visible: 1, pending: 0 });
    expect(await moderateComment(t.deps, { id: comment.id, to: 'approved', actorId: moderatorId, expectedVersion: 2 })).toEqual({ kind: 'unchanged' });
    expect(await statusOf(comment.id)).toMatchObject({ version: 2 });
  });

  it('answers not_found for an unknown comment', async () => {
    expect(await moderateComment(t.deps, { id: 'no-such-comment', to: 'approved', actorId: moderatorId })).toEqual({ kind: 'not_found' });
  });

  it('approving drops exactly that article’s cached page (every query variant), not other articles’', async () => {
    const article = await newArticle();
    const other = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const page = { body: 'cached', contentType: 'text/html', status: 200 };
    const mine = articleUrl(article.locale, article.slug);
    const theirs = articleUrl(other.locale, other.slug);
    t.deps.pageCache.set(siteId, mine, page);
    t.deps.pageCache.set(siteId, `${mine}?order=newest`, page);
    t.deps.pageCache.set(siteId, theirs, page);
    t.deps.pageCache.set(siteId, '/en/', page);
    expect(t.deps.pageCache.get(siteId, mine)).toBeDefined();
    await moderateComment(t.deps, { id: comment.id, to: 'approved', actorId: moderatorId, expectedVersion: 1 });
    expect(t.deps.pageCache.get(siteId, mine)).toBeUndefined();
    expect(t.deps.pageCache.get(siteId, `${mine}?order=newest`)).toBeUndefined();
    expect(t.deps.pageCache.get(siteId, theirs)?.body).toBe('cached');
    expect(t.deps.pageCache.get(siteId, '/en/')?.body).toBe('cached');
  });

  it('rejecting a pending comment leaves the cached page alone (readers never saw it)', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const path = articleUrl(article.locale, article.slug);
    t.deps.pageCache.set(siteId, path, { body: 'cached', contentType: 'text/html', status: 200 });
    await moderateComment(t.deps, { id: comment.id, to: 'rejected', actorId: moderatorId, expectedVersion: 1 });
    expect(t.deps.pageCache.get(siteId, path)?.body).toBe('cached');
  });

  it('stores a reply in its parent’s thread one level deeper', async () => {
    const article = await newArticle();
    const top = await createComment(t.deps, { articleId: article.id });
    const reply = await createComment(t.deps, { articleId: article.id, parentId: top.id });
    const deeper = await createComment(t.deps, { articleId: article.id, parentId: reply.id });
    expect([top.thread_id, top.depth]).toEqual([top.id, 0]);
    expect([reply.thread_id, reply.depth, reply.parent_id]).toEqual([top.id, 1, top.id]);
    expect([deeper.thread_id, deeper.depth]).toEqual([top.id, 2]);
    expect(await counts(article.id)).toEqual({ visible: 3, pending: 0 });
  });
});
