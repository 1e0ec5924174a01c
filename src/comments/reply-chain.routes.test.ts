// Every reply can be reached: a thread page cuts a long reply chain short and links to
// the reply chain view (?comments_thread=ID), which pages through all its approved
// replies; the view's address is parsed strictly, and Reply works inside it.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { commentsHeading, commentsHtml, hrefOf, readerCookie, renderedComments, tagsOf } from '../../test/comment-pages.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { insertReplies } from '../../test/comment-replies.ts';
import { moderateComment } from './comment-store.ts';
import { REPLIES_PER_CHAIN_PAGE, REPLIES_PER_THREAD } from './comments-section.ts';
import { chainRepliesQuery } from './reply-chain.queries.ts';

describe.each(engines)('the reply chain view on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Society' })).id;
  });
  afterAll(async () => { await t.close(); });

  const article = (locale?: string) => createArticle(t.deps, { sectionId, headline: `Busy chain story ${++n}`, locale });
  const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const pathOf = (a: { locale: string; slug: string }) => `/${a.locale}/articles/${a.slug}`;

  /**
   * `count` replies under `rootId`, a second apart except a run of ten at the same instant
   * (the cursor must break ties by id). Most answer the top-level comment, every seventh the
   * reply before it; every 45th (but the last) is rejected; the last answers the sixth (pages away).
   */
  const insertChain = (articleId: string, rootId: string, count: number) => insertReplies(t.deps, {
    articleId, rootId, count, startAt: '2026-06-01T00:00:00.000Z',
    secondOf: (i) => (i >= 40 && i < 50 ? 40 : i),
    parentOf: (i, made) => (i === count - 1 && i > 6 ? made[5]!.id : i % 7 === 3 ? made[i - 1]!.id : rootId),
    statusOf: (i) => (i % 45 === 44 && i !== count - 1 ? 'rejected' : 'approved'),
  });

  /** A long chain: the top-level comment (a day before its replies) and 135 replies, 133 of them approved. */
  async function longChain(locale?: string) {
    const a = await article(locale);
    const root = await createComment(t.deps, { articleId: a.id, authorName: 'Opening', createdAt: '2026-05-31T00:00:00.000Z' });
    const replies = await insertChain(a.id, root.id, 135);
    const approved = replies.filter((r) => r.status === 'approved')
      .sort((x, y) => (x.createdAt < y.createdAt ? -1 : x.createdAt > y.createdAt ? 1 : x.id < y.id ? -1 : 1));
    return { a, root, replies, approved };
  }

  /** Follows "Later replies" from `start`; the reply ids each page shows, after checking it opens with the top-level comment. */
  async function walkChain(start: string, rootId: string): Promise<string[][]> {
    const pages: string[][] = [];
    let url: string | undefined = start;
    while (url) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      const shown = renderedComments(commentsHtml(res.body));
      expect(shown[0]).toEqual({ id: rootId, depth: 0, pending: false });
      pages.push(shown.slice(1).map((c) => c.id));
      url = hrefOf(res.body, 'comments-next')?.replace(/#.*$/, '');
      if (pages.length > 5) throw new Error('the pages never end');
    }
    return pages;
  }

  it('a thread page cuts a long chain short and links to all its replies', async () => {
    const { a, root, approved } = await longChain();
    const html = commentsHtml((await get(pathOf(a))).body);
    const shown = renderedComments(html).map((c) => c.id);
    expect(shown).toHaveLength(1 + REPLIES_PER_THREAD);
    expect(new Set(shown.slice(1))).toEqual(new Set(approved.slice(0, REPLIES_PER_THREAD).map((r) => r.id)));
    expect(html).toContain(`<p class="comment-replies-cut">Not all replies are shown here. <a class="comment-replies-all" href="${pathOf(a)}?comments_thread=${root.id}#comment-${root.id}">Show all 133 replies</a></p>`);

    const ru = await longChain('ru');
    expect(commentsHtml((await get(pathOf(ru.a))).body))
      .toContain(`<p class="comment-replies-cut">Здесь показаны не все ответы. <a class="comment-replies-all" href="${pathOf(ru.a)}?comments_thread=${ru.root.id}#comment-${ru.root.id}">Показать все 133 ответа</a></p>`);
  });

  it('the chain view pages through every approved reply, with no duplicates or gaps', async () => {
    const { a, root, replies, approved } = await longChain();
    const start = hrefOf((await get(pathOf(a))).body, 'comment-replies-all')!.replace(/#.*$/, '');
    const pages = await walkChain(start, root.id);
    expect(pages.map((p) => p.length)).toEqual([REPLIES_PER_CHAIN_PAGE, 33]);
    expect(new Set(pages.flat()).size).toBe(pages.flat().length);
    expect(new Set(pages[0])).toEqual(new Set(approved.slice(0, REPLIES_PER_CHAIN_PAGE).map((r) => r.id)));
    expect(new Set(pages[1])).toEqual(new Set(approved.slice(REPLIES_PER_CHAIN_PAGE).map((r) => r.id)));
    for (const rejected of replies.filter((r) => r.status === 'rejected')) expect(pages.flat()).not.toContain(rejected.id);

    const second = (await get(`${start}&replies_after=${approved[REPLIES_PER_CHAIN_PAGE - 1]!.id}`)).body;
    // A reply whose parent is on the first page says whom it answers, by name (no anchor on this page)…
    const last = replies[replies.length - 1]!;
    expect(second).toMatch(new RegExp(`id="comment-${last.id}" class="comment depth-1"><header class="comment-meta"><bdi class="comment-author" dir="auto">${last.name}</bdi> <span class="comment-in-reply-to">in reply to <bdi dir="auto">Replier 6</bdi></span>`));
    // …and the way back: to all comments (where this top-level comment is) and to the chain's first replies.
    expect(hrefOf(second, 'comments-all')).toBe(`${pathOf(a)}#comment-${root.id}`);
    expect(hrefOf(second, 'comments-start')).toBe(`${start}#comment-${root.id}`);
    expect(second).not.toContain('class="comments-order"');
    expect(second).not.toMatch(/class="comments-next"[^>]*data-fragment/);
    expect(commentsHeading(second)).toBe('134 Comments');
    // A reply to a rejected reply hangs under the top-level comment, saying so.
    const orphan = replies.find((r) => r.parentId === replies[44]!.id)!;
    expect(commentsHtml((await get(start)).body)).toMatch(new RegExp(`id="comment-${orphan.id}" class="comment depth-1">[^]*?in reply to a removed comment`));
  });

  it('a chain view that names nothing, or names it badly, is a 404 and never a cache entry', async () => {
    const { a, root, replies } = await longChain();
    const other = await longChain();
    const siteId = await defaultSiteId(t.deps);
    const pending = await createComment(t.deps, { articleId: a.id, status: 'pending' });
    const reply = replies[0]!.id;
    const queries = [
      '?comments_thread=junk', '?comments_thread=', `?comments_thread=${root.id.toUpperCase()}`, '?comments_thread=019ea675-0000-7000-8000-000000000000',
      `?comments_thread=${reply}`, `?comments_thread=${pending.id}`, `?comments_thread=${other.root.id}`,
      `?comments_thread=${root.id}&comments_thread=${root.id}`, `?comments_thread=${root.id}&comments_after=${root.id}`,
      `?comments_thread=${root.id}&comments_order=newest`, `?replies_after=${reply}`, `?comments_thread=${root.id}&replies_after=junk`,
      `?comments_thread=${root.id}&replies_after=${other.replies[0]!.id}`, `?comments_thread=${root.id}&replies_after=${root.id}`,
      `?comments_thread=${root.id}&reply_to=${other.replies[0]!.id}`, `?comments_thread=${root.id}&reply_to=${replies[44]!.id}`,
      "?comments_thread=' OR 1=1 --", '?comments_thread=%00',
    ];
    for (const query of queries) {
      expect((await get(`${pathOf(a)}${query}`)).statusCode, query).toBe(404);
      expect((await get(`${pathOf(a)}/comments${query}`)).statusCode, `fragment ${query}`).toBe(404);
    }
    expect(t.deps.pageCache.get(siteId, `${pathOf(a)}?comments_thread=019ea675-0000-7000-8000-000000000000`)).toBeUndefined();
    expect(t.deps.pageCache.get(siteId, `${pathOf(a)}?comments_thread=${reply}`)).toBeUndefined();
    // The chain view has no fragment ("Load more" is for top-level pages), even for a real chain.
    expect((await get(`${pathOf(a)}/comments?comments_thread=${root.id}`)).statusCode).toBe(404);
    // A real one is kept, under its canonical address (explicit oldest order and unrelated parameters change nothing).
    const real = await get(`${pathOf(a)}?utm_source=x&comments_order=oldest&comments_thread=${root.id}`);
    expect(real.statusCode).toBe(200);
    expect(t.deps.pageCache.get(siteId, `${pathOf(a)}?comments_thread=${root.id}`)?.etag).toBe(real.headers.etag);
  });

  it('Reply inside the chain view opens the form under that reply, on the same page of the chain', async () => {
    const { a, root, approved } = await longChain();
    const after = approved[REPLIES_PER_CHAIN_PAGE - 1]!.id;
    const target = approved[REPLIES_PER_CHAIN_PAGE + 4]!;
    const page = `${pathOf(a)}?comments_thread=${root.id}&replies_after=${after}`;
    const plain = commentsHtml((await get(page)).body);
    expect(plain).toContain(`href="?comments_thread=${root.id}&amp;replies_after=${after}&amp;reply_to=${target.id}#comment-form"`);

    const res = await get(`${page}&reply_to=${target.id}`);
    expect(res.statusCode).toBe(200);
    const html = commentsHtml(res.body);
    expect(html).toMatch(new RegExp(`id="comment-${target.id}"[^]*?</article><div class="comment-reply-form">(<p[^>]*>[^<]*</p>)?<form id="comment-form"`));
    expect(html.match(/id="comment-form"/g)).toHaveLength(1);
    expect(html).not.toContain('comment-form-slot');
    expect(html).toContain(`name="parent_id" value="${target.id}"`);
    expect(html).toContain(`href="${pathOf(a)}?comments_thread=${root.id}&amp;replies_after=${after}#comments"`); // Cancel reply
    // Answering the top-level comment (heading every page) works on any page of the chain.
    expect(commentsHtml((await get(`${page}&reply_to=${root.id}`)).body)).toMatch(new RegExp(`id="comment-${root.id}"[^]*?</article><div class="comment-reply-form">`));
    // A comment of this chain on another page: the form opens at the top, still answering it.
    const elsewhere = commentsHtml((await get(`${page}&reply_to=${approved[0]!.id}`)).body);
    expect(elsewhere).not.toContain('comment-reply-form');
    expect(elsewhere).toContain(`name="parent_id" value="${approved[0]!.id}"`);
  });

  it('a removed top-level comment hides its replies everywhere, and nobody can answer into them', async () => {
    const a = await article();
    const root = await createComment(t.deps, { articleId: a.id, authorName: 'Soon removed' });
    t.deps.clock.advance(1000);
    const reply = await createComment(t.deps, { articleId: a.id, parentId: root.id, body: 'Approved reply under it' });
    t.deps.clock.advance(1000);
    const deeper = await createComment(t.deps, { articleId: a.id, parentId: reply.id, body: 'Approved reply deeper' });
    t.deps.clock.advance(1000);
    const kept = await createComment(t.deps, { articleId: a.id, body: 'Another top-level comment' });
    expect((await get(`${pathOf(a)}?reply_to=${reply.id}`)).statusCode).toBe(200); // before: a fine target (the test can fail)
    expect((await moderateComment(t.deps, { id: root.id, to: 'rejected', actorId: null })).kind).toBe('changed');

    const html = commentsHtml((await get(pathOf(a))).body);
    expect(renderedComments(html).map((c) => c.id)).toEqual([kept.id]);
    expect(html).not.toContain('Approved reply');
    for (const query of [`?reply_to=${reply.id}`, `?reply_to=${deeper.id}`, `?reply_to=${root.id}`, `?comments_thread=${root.id}`,
      `?comments_thread=${kept.id}&reply_to=${reply.id}`]) {
      expect((await get(`${pathOf(a)}${query}`)).statusCode, query).toBe(404);
    }
    for (const status of ['spam', 'pending'] as const) {
      await moderateComment(t.deps, { id: root.id, to: status, actorId: null });
      expect((await get(`${pathOf(a)}?reply_to=${reply.id}`)).statusCode, status).toBe(404);
      expect(commentsHtml((await get(pathOf(a))).body)).not.toContain('Approved reply');
    }
    await moderateComment(t.deps, { id: root.id, to: 'approved', actorId: null });
    expect(renderedComments(commentsHtml((await get(pathOf(a))).body)).map((c) => c.id)).toEqual([root.id, reply.id, deeper.id, kept.id]);
  });

  it('Reply and sort links are nofollow; page links and "Show all replies" stay followable', async () => {
    const { a } = await longChain();
    await createComment(t.deps, { articleId: a.id }); // a second top-level comment: the sort switch shows
    const html = commentsHtml((await get(pathOf(a))).body);
    const links = tagsOf(html).filter((tag) => tag.name === 'a').map((tag) => Object.fromEntries(tag.attributes));
    const byClass = (name: string) => links.filter((link) => link.class === name);
    expect(byClass('comment-reply').length).toBeGreaterThan(100);
    for (const link of byClass('comment-reply')) expect(link.rel).toBe('nofollow');
    const sortNav = /<nav class="comments-order"[^]*?<\/nav>/.exec(html)![0];
    const sort = tagsOf(sortNav).filter((tag) => tag.name === 'a' && tag.attributes.length > 0).map((tag) => Object.fromEntries(tag.attributes));
    expect(sort.map((link) => [link.href, link.rel])).toEqual([[`${pathOf(a)}#comments`, 'nofollow'], [`${pathOf(a)}?comments_order=newest#comments`, 'nofollow']]);
    expect(byClass('comment-replies-all')[0]?.rel).toBeUndefined();
    const chain = commentsHtml((await get(hrefOf(html, 'comment-replies-all')!.replace(/#.*$/, ''))).body);
    const next = tagsOf(chain).find((tag) => tag.name === 'a' && tag.attributes.some(([k, v]) => k === 'class' && v === 'comments-next'));
    expect(Object.fromEntries(next!.attributes).rel).toBe('next');
  });

  it('a reader sees their own pending reply on the page of the chain its time falls on', async () => {
    const { a, root, approved } = await longChain();
    t.deps.clock.advance(1000);
    const mine = await createComment(t.deps, { articleId: a.id, parentId: approved[120]!.id, status: 'pending', readerId: 'reader-ffffffffffffffff', body: 'My pending reply far down' });
    const cookie = readerCookie(t, 'reader-ffffffffffffffff', [a.id]);
    const first = await get(`${pathOf(a)}?comments_thread=${root.id}`, cookie);
    expect(first.headers['cache-control']).toBe('private, no-store');
    expect(first.body).not.toContain('My pending reply far down');
    const second = await get(`${pathOf(a)}?comments_thread=${root.id}&replies_after=${approved[REPLIES_PER_CHAIN_PAGE - 1]!.id}`, cookie);
    expect(renderedComments(second.body).filter((c) => c.pending).map((c) => c.id)).toEqual([mine.id]);
    expect((await get(`${pathOf(a)}?comments_thread=${root.id}&replies_after=${approved[REPLIES_PER_CHAIN_PAGE - 1]!.id}`)).body).not.toContain('My pending');
  });

  it('a chain page walks comments_thread_idx from its cursor', async () => {
    const { root, approved } = await longChain();
    const query = chainRepliesQuery(t.deps.db, root.id, { after: { id: approved[50]!.id, createdAt: approved[50]!.createdAt }, limit: 101 }).compile();
    if (engine === 'sqlite') {
      let i = 0;
      const inlined = query.sql.replace(/\?/g, () => literal(query.parameters[i++]));
      const plan = (await sql.raw<{ detail: string }>(`EXPLAIN QUERY PLAN ${inlined}`).execute(t.deps.db)).rows.map((r) => r.detail).join('\n');
      expect(plan).toMatch(/SEARCH comments USING INDEX comments_thread_idx \(thread_id=\? AND status=\? AND created_at>\?\)/);
      expect(plan).not.toMatch(/SCAN comments/);
    } else {
      await sql`ANALYZE comments`.execute(t.deps.db);
      const inlined = query.sql.replace(/\$(\d+)/g, (_, k: string) => literal(query.parameters[Number(k) - 1]));
      const plan = (await sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${inlined}`).execute(t.deps.db)).rows.map((r) => r['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/comments_thread_idx/);
      expect(plan).not.toMatch(/Seq Scan/);
    }
  });
});

/** A test value written into SQL for EXPLAIN (ids, dates, numbers only). */
function literal(value: unknown): string {
  return typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
}
