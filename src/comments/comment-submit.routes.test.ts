// Submitting a comment through POST /{locale}/articles/{slug}/comments on each engine:
// the moderation mode decides pending or visible, replies join their parent's thread,
// a repeated submission makes one comment, and the email never leaves the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { buildApp } from '../app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { moderateComment } from './comment-store.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { cookiesFrom } from '../../test/login.ts';
import type { CommentMode } from '../db/database.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import { postComment, tokenFor, tokenIn } from './comment-submit.testkit.ts';
import { readFormToken } from './form-token.ts';

describe.each(engines)('comment submission on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { commentRateLimit: 1000, commentEmailRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps)).id;
  });
  afterAll(async () => { await t.close(); });

  async function newArticle(mode: CommentMode | null = null) {
    const article = await createArticle(t.deps, { sectionId, slug: `story-${++n}` });
    if (mode) await t.deps.db.updateTable('articles').set({ comment_mode: mode }).where('id', '=', article.id).execute();
    return { ...article, path: articleUrl('en', article.slug) };
  }
  const email = () => `reader-${++n}@example.org`;
  const rowsOf = (articleId: string) => t.deps.db.selectFrom('comments')
    .select(['id', 'status', 'parent_id', 'thread_id', 'depth', 'author_name', 'author_email', 'body', 'reader_id', 'ip_hash', 'email_hash'])
    .where('article_id', '=', articleId).orderBy('created_at').orderBy('id').execute();

  it('stores a pending comment under pre-moderation and sends the reader to it with their cookie', async () => {
    const article = await newArticle();
    const res = await postComment(t, article.path, { name: 'Dana', email: 'Dana@Example.org', body: 'Good piece.\r\nThanks.', token: tokenFor(t, article.id) });
    expect(res.statusCode).toBe(303);
    const [row] = await rowsOf(article.id);
    expect(row).toMatchObject({ status: 'pending', parent_id: null, depth: 0, author_name: 'Dana', author_email: 'Dana@Example.org', body: 'Good piece.\nThanks.' });
    expect(row!.thread_id).toBe(row!.id);
    expect(row!.ip_hash).not.toContain('198.51.100.7');
    // The thanks notice, shown to everyone (their pending comment shows too, for the cookie's reader).
    expect(res.headers.location).toBe(`${article.path}?comment_posted=pending#comments-posted`);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(String(res.headers['set-cookie'])).toMatch(/^serai_reader=/);
    expect(row!.reader_id).toMatch(/^[\w-]{16,40}$/);
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsPending: 1, commentsVisible: 0 });
  });

  it('shows the comment at once under post-moderation and drops the cached article page', async () => {
    const article = await newArticle('post');
    expect((await t.app.inject({ url: article.path })).statusCode).toBe(200);
    expect(t.deps.pageCache.get(siteId, article.path)).toBeDefined();
    const res = await postComment(t, article.path, { name: 'Dana', email: email(), body: 'Visible now.', token: tokenFor(t, article.id) });
    expect(res.statusCode).toBe(303);
    expect((await rowsOf(article.id))[0]?.status).toBe('approved');
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsVisible: 1, commentsPending: 0 });
    expect(t.deps.pageCache.get(siteId, article.path)).toBeUndefined();
  });

  it('answers JSON clients with the comment or a stable error code', async () => {
    const article = await newArticle();
    const json = { accept: 'application/json' };
    const ok = await postComment(t, article.path, { name: 'Dana', email: email(), body: 'Via JSON.', token: tokenFor(t, article.id) }, { headers: json });
    expect(ok.statusCode).toBe(201);
    const [row] = await rowsOf(article.id);
    expect(ok.json()).toEqual({ comment: { id: row!.id, status: 'pending' } });
    const bad = await postComment(t, article.path, { name: '', email: 'nope', body: 'x', token: tokenFor(t, article.id) }, { headers: json });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ error: { code: 'invalid_comment', message: 'Enter your name.', fields: { name: 'Enter your name.', email: 'Enter an email address in the form name@example.com.' } } });
    const jsonBody = await t.app.inject({
      method: 'POST', url: `${article.path}/comments`, headers: json,
      payload: { name: 'Dana', email: email(), body: 'Sent as JSON.', token: tokenFor(t, article.id) },
    });
    expect(jsonBody.statusCode).toBe(201);
    expect(jsonBody.json().comment.status).toBe('pending');
  });

  it('makes one comment of a double submit, and both answers lead to it', async () => {
    const article = await newArticle();
    const fields = { name: 'Dana', email: email(), body: 'Clicked twice.', token: tokenFor(t, article.id) };
    const [a, b] = await Promise.all([postComment(t, article.path, fields), postComment(t, article.path, fields)]);
    const rows = await rowsOf(article.id);
    expect(rows).toHaveLength(1);
    expect([a.statusCode, b.statusCode]).toEqual([303, 303]);
    expect(a.headers.location).toBe(`${article.path}?comment_posted=pending#comments-posted`);
    expect(b.headers.location).toBe(a.headers.location);
    const later = await postComment(t, article.path, fields, { headers: { accept: 'application/json' } });
    expect(later.statusCode).toBe(201);
    expect(later.json()).toEqual({ comment: { id: rows[0]!.id, status: 'pending' } });
    expect(await rowsOf(article.id)).toHaveLength(1);
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsPending: 1 });
  });

  it('threads a reply to an approved comment under it', async () => {
    const article = await newArticle();
    const top = await createComment(t.deps, { articleId: article.id, authorName: 'Aibek' });
    const reply = await createComment(t.deps, { articleId: article.id, parentId: top.id });
    const res = await postComment(t, article.path, { name: 'Zarina', email: email(), body: 'Agreed.', token: tokenFor(t, article.id), parent_id: reply.id });
    expect(res.statusCode).toBe(303);
    const mine = (await rowsOf(article.id)).find((r) => r.author_name === 'Zarina');
    expect(mine).toMatchObject({ parent_id: reply.id, thread_id: top.id, depth: 2, status: 'pending' });
  });

  it('refuses a reply to a pending comment or to another article\'s, keeping the text', async () => {
    const article = await newArticle();
    const other = await newArticle();
    const pending = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    const elsewhere = await createComment(t.deps, { articleId: other.id });
    // An approved reply in a thread whose top-level comment was rejected: hidden, so not answerable.
    const hiddenRoot = await createComment(t.deps, { articleId: article.id, status: 'approved' });
    const hiddenReply = await createComment(t.deps, { articleId: article.id, parentId: hiddenRoot.id, status: 'approved' });
    await moderateComment(t.deps, { id: hiddenRoot.id, to: 'rejected', actorId: null });
    for (const parent of [pending.id, elsewhere.id, 'no-such-comment', hiddenReply.id]) {
      const res = await postComment(t, article.path, { name: 'Zarina', email: email(), body: 'Orphan reply.', token: tokenFor(t, article.id), parent_id: parent });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('The comment you are replying to is not available.');
      expect(res.body).toContain('>Orphan reply.</textarea>');
      expect(res.body).not.toContain('name="parent_id"');
    }
    const json = await postComment(t, article.path, { name: 'Zarina', email: email(), body: 'Orphan.', token: tokenFor(t, article.id), parent_id: pending.id }, { headers: { accept: 'application/json' } });
    expect(json.json().error.code).toBe('parent_not_found');
    expect((await rowsOf(article.id)).map((r) => r.author_name)).not.toContain('Zarina');
  });

  it('refuses comments on a closed article, giving the reader their text back', async () => {
    const article = await newArticle('closed');
    const res = await postComment(t, article.path, { name: 'Dana', email: email(), body: 'Too late?', token: tokenFor(t, article.id) });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Comments on this article are closed.');
    expect(res.body).toContain('Too late?');
    expect(res.body).not.toContain('<form id="comment-form"');
    const json = await postComment(t, article.path, { name: 'Dana', email: email(), body: 'Too late?', token: tokenFor(t, article.id) }, { headers: { accept: 'application/json' } });
    expect(json.json().error.code).toBe('comments_closed');
    expect(await rowsOf(article.id)).toHaveLength(0);
  });

  it('refuses a cross-origin POST and answers 404 for an unknown or unpublished article', async () => {
    const article = await newArticle();
    const fields = { name: 'Dana', email: email(), body: 'Forged.', token: tokenFor(t, article.id) };
    expect((await postComment(t, article.path, fields, { headers: { origin: 'https://evil.example' } })).statusCode).toBe(403);
    expect((await postComment(t, article.path, fields, { headers: { 'sec-fetch-site': 'cross-site' } })).statusCode).toBe(403);
    expect((await postComment(t, articleUrl('en', 'no-such-story'), fields)).statusCode).toBe(404);
    const draft = await createArticle(t.deps, { sectionId, slug: `draft-${++n}`, status: 'draft' });
    expect((await postComment(t, articleUrl('en', draft.slug), fields)).statusCode).toBe(404);
    expect((await postComment(t, articleUrl('xx', article.slug), fields)).statusCode).toBe(404);
    expect(await rowsOf(article.id)).toHaveLength(0);
  });

  it('hands the island an exact, uncached token, and 404 for an unknown or unpublished article', async () => {
    const article = await newArticle();
    const url = `${article.path}/comments/token`;
    const res = await t.app.inject({ url, headers: { accept: 'application/json' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const { token } = res.json() as { token: string };
    expect(readFormToken(t.deps.secret, article.id, token)).toMatchObject({ issuedAt: t.deps.clock.now().getTime(), exact: true });
    t.deps.clock.advance(7);
    const later = (await t.app.inject({ url })).json() as { token: string };
    expect(readFormToken(t.deps.secret, article.id, later.token)?.issuedAt).toBe(t.deps.clock.now().getTime());
    expect(t.deps.pageCache.get(siteId, url)).toBeUndefined();
    const draft = await createArticle(t.deps, { sectionId, slug: `draft-${++n}`, status: 'draft' });
    for (const missing of [articleUrl('en', 'no-such-story'), articleUrl('en', draft.slug), articleUrl('xx', article.slug)]) {
      const notThere = await t.app.inject({ url: `${missing}/comments/token`, headers: { accept: 'application/json' } });
      expect(notThere.statusCode).toBe(404);
      expect(notThere.json().error.code).toBe('not_found');
    }
  });

  it('never puts the email in an answer, the article page or a refusal other than the reader\'s own field', async () => {
    const article = await newArticle('post');
    const address = `secret-${++n}@example.org`;
    const stored = await postComment(t, article.path, { name: 'Dana', email: address, body: 'Hello.', token: tokenFor(t, article.id) });
    const json = await postComment(t, article.path, { name: 'Dana', email: address, body: 'Hello again.', token: tokenFor(t, article.id) }, { headers: { accept: 'application/json' } });
    // A form rendered in another minute (another token): the same text again is a duplicate, not a retry.
    const refused = await postComment(t, article.path, { name: 'Dana', email: address, body: 'Hello.', token: tokenFor(t, article.id, 120) });
    const jsonRefused = await postComment(t, article.path, { name: 'Dana', email: address, body: 'Hello.', token: tokenFor(t, article.id, 120) }, { headers: { accept: 'application/json' } });
    const shared = await t.app.inject({ url: article.path });
    const own = await t.app.inject({ url: article.path, headers: { cookie: cookiesFrom(stored.headers['set-cookie']) } });
    expect(refused.statusCode).toBe(409);
    for (const res of [stored, json, jsonRefused, shared, own]) expect(res.body.toLowerCase()).not.toContain(address);
    // A refused form keeps what the reader typed, the address only inside their own email field.
    expect(refused.body.split(address)).toHaveLength(2);
    expect(refused.body).toContain(`name="email" type="email" value="${address}"`);
  });

  it('logs neither the email nor the text', async () => {
    const lines: string[] = [];
    const logged = await buildApp(t.deps, { logger: { level: 'trace', stream: { write: (line: string) => { lines.push(line); } } } });
    try {
      const article = await newArticle();
      const fields = { name: 'Dana', email: 'hidden-address@example.org', body: 'Words only moderators read', token: tokenFor(t, article.id) };
      const sent = { ...t, app: logged };
      expect((await postComment(sent, article.path, fields)).statusCode).toBe(303);
      expect((await postComment(sent, article.path, { ...fields, token: 'expired' })).statusCode).toBe(400);
      expect((await postComment(sent, article.path, { ...fields, token: tokenFor(t, article.id, 300) })).statusCode).toBe(409);
    } finally {
      await logged.close();
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/hidden-address|Words only moderators/);
  });

  it('re-shows the form in Russian for a Russian article', async () => {
    await t.deps.db.insertInto('site_locales').values({ site_id: siteId, locale: 'ru', position: 1 }).execute();
    t.deps.sites.reload();
    const article = await createArticle(t.deps, { sectionId, slug: `ru-${++n}`, locale: 'ru' });
    const res = await postComment(t, articleUrl('ru', article.slug), { name: '', email: email(), body: 'Текст', token: tokenFor(t, article.id) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<html lang="ru"');
    expect(res.body).toContain('Укажите имя.');
    expect(res.body).toContain('>Отправить</button>');
    expect(tokenIn(res.body)).toBeDefined();
  });
});
