// After posting, a reader lands on the page of the thread that shows their comment, even
// when that thread is pages away from the first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { insertTopLevelComments } from '../../test/comment-bulk.ts';
import { insertReplies } from '../../test/comment-replies.ts';
import { cookiesFrom } from '../../test/login.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { postComment, tokenFor } from './comment-submit.testkit.ts';
import { REPLIES_PER_THREAD, TOP_LEVEL_PER_PAGE } from './comments-section.ts';

describe.each(engines)('where a reader lands after posting, on %s', (engine) => {
  let t: TestContext;
  let articleId: string;
  let ids: string[];
  const path = '/en/articles/long-thread';

  beforeAll(async () => {
    t = await buildTestApp(engine);
    const section = await createSection(t.deps, { name: 'Economy' });
    articleId = (await createArticle(t.deps, { sectionId: section.id, headline: 'A long thread', slug: 'long-thread' })).id;
    ids = await insertTopLevelComments(t.deps, { articleId, count: TOP_LEVEL_PER_PAGE + 5, startAt: '2026-06-01T00:00:00.000Z' });
  });
  afterAll(async () => { await t.close(); });

  const reply = (parentId: string, body: string, email: string) =>
    postComment(t, path, { name: 'Replier', email, body, token: tokenFor(t, articleId), parent_id: parentId });

  it('a reply to a comment on the first page goes to the article itself, to the thanks notice', async () => {
    const answer = await reply(ids[1]!, 'Agreed with the second comment.', 'first@example.test');
    expect(answer.statusCode).toBe(303);
    expect(answer.headers.location).toBe('/en/articles/long-thread?comment_posted=pending#comments-posted');
    // Readers without the cookie (or refusing it) still learn that the comment arrived.
    const shared = await t.app.inject({ url: '/en/articles/long-thread?comment_posted=pending' });
    expect(shared.headers['cache-control']).toMatch(/^public/);
    expect(shared.body).toMatch(/<p id="comments-posted" class="comments-posted" role="status">Thank you: your comment has been received\./);
    expect(shared.body).not.toContain('Agreed with the second comment.');
    expect((await t.app.inject({ url: '/en/articles/long-thread' })).body).not.toContain('comments-posted');
    expect((await t.app.inject({ url: '/en/articles/long-thread?comment_posted=yes' })).statusCode).toBe(404);
  });

  it('a reply to a comment on a later page goes to the page that starts with its thread, where the reader sees it', async () => {
    const parent = ids[TOP_LEVEL_PER_PAGE + 2]!;
    const answer = await reply(parent, 'Answering a comment far down the thread.', 'later@example.test');
    expect(answer.statusCode).toBe(303);
    const location = String(answer.headers.location);
    expect(location).toBe(`/en/articles/long-thread?comments_after=${ids[TOP_LEVEL_PER_PAGE + 1]}&comment_posted=pending#comments-posted`);
    const page = await t.app.inject({ url: location.split('#')[0]!, headers: { cookie: cookiesFrom(answer.headers['set-cookie']) } });
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html.indexOf(`id="comment-${parent}"`)).toBeGreaterThan(-1);
    expect(html).toContain('id="comments-posted"');
    expect(html).toMatch(/class="comment[^"]*comment-pending[^"]*"[\s\S]*Answering a comment far down the thread\./);
  });

  it('a visible reply past the replies a thread page shows of its chain goes to the reply chain view, on a page that starts with it', async () => {
    const slug = 'busy-chain';
    const busyId = (await createArticle(t.deps, { sectionId: (await createSection(t.deps, { name: 'Society' })).id, headline: 'A busy chain', slug })).id;
    await t.deps.db.updateTable('articles').set({ comment_mode: 'post' }).where('id', '=', busyId).execute();
    const [root, quiet] = await insertTopLevelComments(t.deps, { articleId: busyId, count: 2, startAt: '2026-06-01T00:00:00.000Z' });
    const replies = await insertReplies(t.deps, { articleId: busyId, rootId: root!, count: REPLIES_PER_THREAD, startAt: '2026-06-02T00:00:00.000Z' });
    const post = (parent: string, body: string, email: string) =>
      postComment(t, `/en/articles/${slug}`, { name: 'Replier', email, body, token: tokenFor(t, busyId), parent_id: parent });

    const answer = await post(root!, 'The hundred and first reply.', 'busy@example.test');
    expect(answer.statusCode).toBe(303);
    const location = String(answer.headers.location);
    expect(location).toMatch(new RegExp(`^/en/articles/${slug}\\?comments_thread=${root}&replies_after=${replies[REPLIES_PER_THREAD - 1]!.id}#comment-[0-9a-f-]{36}$`));
    const page = await t.app.inject({ url: location.split('#')[0]! });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`id="${location.split('#')[1]}"`);
    expect(page.body).toContain('The hundred and first reply.');

    // A chain the thread page shows whole: the article itself, as before.
    const short = await post(quiet!, 'A reply to a quiet comment.', 'quiet@example.test');
    expect(String(short.headers.location)).toMatch(new RegExp(`^/en/articles/${slug}#comment-[0-9a-f-]{36}$`));
  });
});
