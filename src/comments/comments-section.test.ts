import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { commentsHeading, commentsHtml, readerCookie, renderedComments, tagsOf } from '../../test/comment-pages.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { XSS_CORPUS } from '../../test/xss-corpus.ts';
import type { CommentMode } from '../db/database.ts';

describe.each(engines)('comments under an article on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
  });
  afterAll(async () => { await t.close(); });

  async function article(fields: { locale?: string; mode?: CommentMode; publishedAt?: string } = {}) {
    const row = await createArticle(t.deps, { sectionId, headline: `Grain prices story ${++n}`, locale: fields.locale, publishedAt: fields.publishedAt });
    if (fields.mode) await t.deps.db.updateTable('articles').set({ comment_mode: fields.mode }).where('id', '=', row.id).execute();
    return row;
  }
  const get = (a: { locale: string; slug: string }, query = '', cookie?: string) =>
    t.app.inject({ url: `/${a.locale}/articles/${a.slug}${query}`, headers: cookie ? { cookie } : {} });
  /** A comment a second later than the last one, so the thread order is the creation order. */
  const comment = (fields: Parameters<typeof createComment>[1]) => {
    t.deps.clock.advance(1000);
    return createComment(t.deps, fields);
  };

  it('heads the thread with "N Comments" in the locale\'s plural forms, counting visible comments', async () => {
    const en = await article();
    const ru = await article({ locale: 'ru' });
    const seen = { en: [] as Array<string | undefined>, ru: [] as Array<string | undefined> };
    let made = 0;
    for (const target of [0, 1, 3, 5]) {
      for (; made < target; made++) {
        await comment({ articleId: en.id });
        await comment({ articleId: ru.id });
      }
      seen.en.push(commentsHeading((await get(en)).body));
      seen.ru.push(commentsHeading((await get(ru)).body));
    }
    expect(seen.en).toEqual(['0 Comments', '1 Comment', '3 Comments', '5 Comments']);
    expect(seen.ru).toEqual(['0 комментариев', '1 комментарий', '3 комментария', '5 комментариев']);
  });

  it('shows approved comments only, and counts only those', async () => {
    const a = await article({ mode: 'post' });
    const shown = await comment({ articleId: a.id, body: 'Approved one' });
    const reply = await comment({ articleId: a.id, parentId: shown.id, body: 'Approved reply' });
    for (const status of ['pending', 'rejected', 'spam'] as const) await comment({ articleId: a.id, status, body: `Hidden ${status}` });
    const html = (await get(a)).body;
    expect(commentsHeading(html)).toBe('2 Comments');
    expect(renderedComments(html).map((c) => c.id)).toEqual([shown.id, reply.id]);
    for (const status of ['pending', 'rejected', 'spam']) expect(html).not.toContain(`Hidden ${status}`);
    expect(html).not.toContain('Comments are reviewed before they appear'); // post-moderation
  });

  it('threads replies under their parent, indents to depth 3 and says whom deeper replies answer', async () => {
    const a = await article();
    const root = await comment({ articleId: a.id, authorName: 'Root' });
    const d1 = await comment({ articleId: a.id, parentId: root.id, authorName: 'One' });
    const d2 = await comment({ articleId: a.id, parentId: d1.id, authorName: 'Two' });
    const d3 = await comment({ articleId: a.id, parentId: d2.id, authorName: 'Three' });
    const d4 = await comment({ articleId: a.id, parentId: d3.id, authorName: 'Four' });
    const d5 = await comment({ articleId: a.id, parentId: d4.id, authorName: 'Five' });
    const late = await comment({ articleId: a.id, parentId: root.id, authorName: 'Late' });
    const html = (await get(a)).body;
    expect(renderedComments(html).map((c) => [c.id, c.depth])).toEqual([
      [root.id, 0], [d1.id, 1], [d2.id, 2], [d3.id, 3], [d4.id, 3], [d5.id, 3], [late.id, 1],
    ]);
    expect(html).toContain(`<span class="comment-in-reply-to">in reply to <a href="#comment-${d3.id}"><bdi dir="auto">Three</bdi></a></span>`);
    expect(html).toContain(`<span class="comment-in-reply-to">in reply to <a href="#comment-${d4.id}"><bdi dir="auto">Four</bdi></a></span>`);
    expect(html.match(/comment-in-reply-to/g)).toHaveLength(2);
    const ruArticle = await article({ locale: 'ru' });
    let parent = await comment({ articleId: ruArticle.id, authorName: 'Корень' });
    for (const name of ['Один', 'Два', 'Три', 'Четыре']) parent = await comment({ articleId: ruArticle.id, parentId: parent.id, authorName: name });
    expect((await get(ruArticle)).body).toContain('в ответ <a href="#comment-');
  });

  it('renders each comment as an article with name, time, text and a Reply link', async () => {
    const a = await article();
    const c = await comment({ articleId: a.id, authorName: 'Aigul', body: 'Prices rose.\nAgain.\n\nSee https://stat.example.kg/prices' });
    const html = commentsHtml((await get(a)).body);
    expect(html).toContain(`<article id="comment-${c.id}" class="comment depth-0">`);
    expect(html).toContain('<bdi class="comment-author" dir="auto">Aigul</bdi>');
    expect(html).toContain(`<time datetime="${c.created_at}">`);
    expect(html).toContain('<div class="comment-body" dir="auto"><p>Prices rose.<br/>Again.</p><p>See <a href="https://stat.example.kg/prices" rel="nofollow ugc noopener">https://stat.example.kg/prices</a></p></div>');
    expect(html).toContain(`<a class="comment-reply" rel="nofollow" href="?reply_to=${c.id}#comment-form" data-reply-to="${c.id}" data-reply-name="Aigul"`);
    expect(html).toMatch(/>Reply<\/a>/);
    const ru = await article({ locale: 'ru' });
    await comment({ articleId: ru.id });
    expect((await get(ru)).body).toMatch(/class="comment-reply"[^>]*>Ответить<\/a>/);
  });

  it('nothing a commenter types in the name or the text becomes markup', async () => {
    const a = await article();
    // One thread holds the whole corpus (a top-level comment and its replies), so one page shows it all.
    const [first, ...rest] = XSS_CORPUS;
    const root = await comment({ articleId: a.id, authorName: first!.slice(0, 60), body: `${first}\n${first} https://ok.example/x` });
    for (const payload of rest) await comment({ articleId: a.id, parentId: root.id, authorName: payload.slice(0, 60), body: `${payload}\n${payload} https://ok.example/x` });
    const html = commentsHtml((await get(a)).body);
    expect(renderedComments(html)).toHaveLength(XSS_CORPUS.length);
    const tags = tagsOf(html);
    expect(tags.map((tag) => tag.name)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(script|img|svg|iframe|style|object|embed)$/)]));
    for (const { name, attributes } of tags) {
      for (const [attribute, value] of attributes) {
        expect(attribute).not.toMatch(/^on/i);
        if (attribute === 'href') expect(value).toMatch(/^(https?:\/\/|#|\?|\/)/);
      }
      const href = attributes.find(([attribute]) => attribute === 'href')?.[1] ?? '';
      if (name === 'a' && /^https?:/.test(href)) expect(attributes).toContainEqual(['rel', 'nofollow ugc noopener']);
    }
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('without JavaScript, Reply shows the form right under the comment answered', async () => {
    const a = await article();
    const first = await comment({ articleId: a.id, authorName: 'First' });
    const second = await comment({ articleId: a.id, authorName: 'Second' });
    const res = await get(a, `?reply_to=${first.id}`);
    expect(res.statusCode).toBe(200);
    const html = commentsHtml(res.body);
    const firstEnd = html.indexOf('</article>', html.indexOf(`id="comment-${first.id}"`));
    const formAt = html.indexOf('<div class="comment-reply-form">');
    expect(formAt).toBe(firstEnd + '</article>'.length);
    expect(html.indexOf(`id="comment-${second.id}"`)).toBeGreaterThan(formAt);
    expect(html.match(/<div class="comment-form-slot">/g)).toBeNull(); // one form only, under the comment
    expect(html.slice(formAt)).toMatch(/^<div class="comment-reply-form">(<p[^>]*>[^<]*<\/p>)?<form id="comment-form"/);
    expect(html.match(/id="comment-form"/g)).toHaveLength(1);
    expect(html).toContain(`value="${first.id}"`); // the form answers this comment…
    expect(html).toContain(`href="/en/articles/${a.slug}#comments"`); // …and "Cancel reply" goes back to the thread
  });

  it('a reply_to that names no visible comment of this article is a 404', async () => {
    const a = await article();
    const other = await article();
    const pending = await comment({ articleId: a.id, status: 'pending' });
    const elsewhere = await comment({ articleId: other.id });
    for (const query of [`?reply_to=${pending.id}`, `?reply_to=${elsewhere.id}`, '?reply_to=019ea675-0000-7000-8000-000000000000', '?reply_to=junk', '?reply_to=1&reply_to=2']) {
      expect((await get(a, query)).statusCode, query).toBe(404);
    }
  });

  it('a closed thread keeps its comments and says why there is no form', async () => {
    const closed = await article({ mode: 'closed' });
    const kept = await comment({ articleId: closed.id, body: 'Said before closing' });
    const html = commentsHtml((await get(closed)).body);
    expect(html).toContain('<p class="comments-closed">Comments are closed for this article.</p>');
    expect(renderedComments(html).map((c) => c.id)).toEqual([kept.id]);
    expect(html).not.toContain('comment-reply');
    expect(html).not.toContain('<form');
    const ru = await article({ locale: 'ru', mode: 'closed' });
    expect((await get(ru)).body).toContain('Комментарии к этой статье закрыты.');
  });

  it('closes by itself N days after publication, and a cached page expires then', async () => {
    const siteId = await defaultSiteId(t.deps);
    const start = t.deps.clock.now().toISOString();
    await t.deps.db.updateTable('sites').set({ comments_close_after_days: 7 }).where('id', '=', siteId).execute();
    t.deps.sites.reload();
    try {
      const old = await article({ publishedAt: new Date(Date.parse(start) - 10 * 86_400_000).toISOString() });
      const kept = await comment({ articleId: old.id });
      const oldHtml = commentsHtml((await get(old)).body);
      expect(oldHtml).toContain('<p class="comments-closed">Comments are closed for this article: they close automatically');
      expect(renderedComments(oldHtml).map((c) => c.id)).toEqual([kept.id]);

      const fresh = await article({ publishedAt: start });
      expect(commentsHtml((await get(fresh)).body)).not.toContain('comments-closed');
      t.deps.clock.advance(7 * 86_400_000);
      expect(commentsHtml((await get(fresh)).body)).toContain('comments-closed'); // the cached copy expired with the thread
    } finally {
      await t.deps.db.updateTable('sites').set({ comments_close_after_days: null }).where('id', '=', siteId).execute();
      t.deps.sites.reload();
    }
  });

  it('a commenter sees their own comment awaiting moderation; nobody else does', async () => {
    const a = await article();
    const visible = await comment({ articleId: a.id, body: 'Visible to all' });
    const mine = await comment({ articleId: a.id, status: 'pending', readerId: 'reader-aaaaaaaaaaaaaaaa', body: 'My pending words' });
    const myReply = await comment({ articleId: a.id, parentId: visible.id, status: 'pending', readerId: 'reader-aaaaaaaaaaaaaaaa', body: 'My pending reply' });
    await comment({ articleId: a.id, status: 'pending', readerId: 'reader-bbbbbbbbbbbbbbbb', body: 'Someone else pending' });

    const own = await get(a, '', readerCookie(t, 'reader-aaaaaaaaaaaaaaaa', [a.id]));
    expect(own.headers['cache-control']).toBe('private, no-store');
    const html = commentsHtml(own.body);
    expect(renderedComments(html)).toEqual([
      { id: visible.id, depth: 0, pending: false }, { id: myReply.id, depth: 1, pending: true }, { id: mine.id, depth: 0, pending: true },
    ]);
    expect(html.match(/<p class="comment-status">Awaiting moderation<\/p>/g)).toHaveLength(2);
    expect(html).not.toContain('Someone else pending');
    expect(commentsHeading(html)).toBe('1 Comment');

    for (const cookie of [undefined, readerCookie(t, 'reader-bbbbbbbbbbbbbbbb', ['019ea675-0000-7000-8000-000000000000']), 'serai_reader=forged.value']) {
      const shared = await get(a, '', cookie);
      expect(shared.headers['cache-control']).toMatch(/^public/);
      expect(shared.body).not.toContain('My pending');
      expect(shared.body).not.toContain('comment-pending');
    }
  });

  it('shows the pre-moderation note with the form, in English and Russian', async () => {
    const en = await article();
    expect(commentsHtml((await get(en)).body)).toContain('<p class="comments-note">Comments are reviewed before they appear.</p>');
    const ru = await article({ locale: 'ru' });
    expect(commentsHtml((await get(ru)).body)).toContain('<p class="comments-note">Комментарии появляются после проверки модератором.</p>');
  });

  it('never selects what only moderators may see', async () => {
    const a = await article({ mode: 'post' });
    await comment({ articleId: a.id, authorEmail: 'secret-person@example.test', ip: '203.0.113.77', readerId: 'reader-cccccccccccccccc' });
    const html = (await get(a, '', readerCookie(t, 'reader-cccccccccccccccc', [a.id]))).body;
    expect(html).not.toContain('secret-person');
    expect(html).not.toContain('reader-cccccccccccccccc');
    const row = await t.deps.db.selectFrom('comments').select(['email_hash', 'ip_hash']).where('article_id', '=', a.id).executeTakeFirstOrThrow();
    expect(html).not.toContain(row.email_hash);
    expect(html).not.toContain(row.ip_hash);
  });
});
