import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { insertTopLevelComments } from '../../test/comment-bulk.ts';
import { createComment } from '../../test/comment-factory.ts';
import { commentsHeading, hrefOf, readerCookie, renderedComments, topLevelIds } from '../../test/comment-pages.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { TOP_LEVEL_PER_PAGE as P } from './comments-section.ts';
import { listReplies, repliesInListQuery, repliesQuery, topLevelPageQuery } from './thread.queries.ts';

describe.each(engines)('thread pages and "Load more" on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    sectionId = (await createSection(t.deps, { name: 'Society' })).id;
  });
  afterAll(async () => { await t.close(); });

  const article = () => createArticle(t.deps, { sectionId, headline: `Long thread story ${++n}` });
  const get = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const pageUrl = (a: { slug: string }, query = '') => `/en/articles/${a.slug}${query}`;

  /** 30 comments a second apart, then 15 at the same instant (the cursor must break ties by id). */
  async function fortyFive(articleId: string): Promise<string[]> {
    await insertTopLevelComments(t.deps, { articleId, count: 30, startAt: '2026-06-01T00:00:00.000Z' });
    await insertTopLevelComments(t.deps, { articleId, count: 15, startAt: '2026-06-02T00:00:00.000Z', stepMs: 0, namePrefix: 'Tied' });
    const rows = await t.deps.db.selectFrom('comments').select('id').where('article_id', '=', articleId).orderBy('created_at').orderBy('id').execute();
    return rows.map((r) => r.id);
  }

  /** Follows the next-page links from `start`; returns the top-level ids of each page. */
  async function walk(start: string): Promise<string[][]> {
    const pages: string[][] = [];
    let url: string | undefined = start;
    while (url) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(200);
      pages.push(topLevelIds(res.body));
      url = hrefOf(res.body, 'comments-next')?.replace(/#.*$/, '');
      if (pages.length > 10) throw new Error('the pages never end');
    }
    return pages;
  }

  it('pages through 45 comments oldest first and newest first with no duplicates or gaps', async () => {
    const a = await article();
    const all = await fortyFive(a.id);
    const oldest = await walk(pageUrl(a));
    expect(oldest.map((p) => p.length)).toEqual([P, P, P, P, 5]);
    expect(oldest.flat()).toEqual(all);
    const newest = await walk(pageUrl(a, '?comments_order=newest'));
    expect(newest.map((p) => p.length)).toEqual([P, P, P, P, 5]);
    expect(newest.flat()).toEqual([...all].reverse());
  });

  it('labels the page links by order, offers the way back, and keeps the order in every link', async () => {
    const a = await article();
    const all = await fortyFive(a.id);
    const first = (await get(pageUrl(a))).body;
    expect(first).toMatch(/<a class="comments-next" rel="next" href="[^"]+"[^>]*>Newer comments<\/a>/);
    expect(first).not.toContain('comments-start');
    expect(first).toContain(`<a href="/en/articles/${a.slug}#comments" rel="nofollow" aria-current="true">Oldest first</a>`);
    const second = (await get(pageUrl(a, `?comments_after=${all[P - 1]}`))).body;
    expect(hrefOf(second, 'comments-start')).toBe(`/en/articles/${a.slug}#comments`);
    expect(second).toContain(`href="?comments_after=${all[P - 1]}&amp;reply_to=${all[P]}#comment-form"`);
    const newest = (await get(pageUrl(a, '?comments_order=newest'))).body;
    expect(newest).toMatch(/rel="next"[^>]*>Older comments<\/a>/);
    expect(hrefOf(newest, 'comments-next')).toBe(`/en/articles/${a.slug}?comments_order=newest&comments_after=${all[45 - P]}#comments`);
    expect(newest).toContain(`<a href="/en/articles/${a.slug}?comments_order=newest#comments" rel="nofollow" aria-current="true">Newest first</a>`);
  });

  it('answers the next page as a shared, cacheable fragment with the link after it', async () => {
    const a = await article();
    const all = await fortyFive(a.id);
    const first = (await get(pageUrl(a))).body;
    const fragmentUrl = /data-fragment="([^"]+)"/.exec(first)![1]!.replace(/&amp;/g, '&');
    expect(fragmentUrl).toBe(`/en/articles/${a.slug}/comments?comments_after=${all[P - 1]}`);
    const res = await get(fragmentUrl, readerCookie(t, 'reader-dddddddddddddddd', [a.id]));
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toMatch(/^public, max-age=60, s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toMatch(new RegExp(`^<div class="comments-fragment" data-announce="${P} more comments shown"><ol class="comment-list"><li class="comment-entry">`));
    expect(res.body).not.toContain('<html');
    expect(topLevelIds(res.body)).toEqual(all.slice(P, 2 * P));
    let last = res;
    for (let hops = 0; /data-fragment="/.test(last.body) && hops < 10; hops++) {
      last = await get(/data-fragment="([^"]+)"/.exec(last.body)![1]!.replace(/&amp;/g, '&'));
    }
    expect(topLevelIds(last.body)).toEqual(all.slice(40));
    expect(last.body).toContain('data-announce="5 more comments shown"');
    expect(last.body).not.toContain('comments-next');
  });

  it('the fragment is never personal, and a comment that becomes visible drops the cached copy', async () => {
    const a = await article();
    const all = await insertTopLevelComments(t.deps, { articleId: a.id, count: 21, startAt: '2026-06-01T00:00:00.000Z' });
    await createComment(t.deps, { articleId: a.id, status: 'pending', readerId: 'reader-eeeeeeeeeeeeeeee', body: 'Mine, pending' });
    const url = `/en/articles/${a.slug}/comments?comments_after=${all[19]}`;
    const before = await get(url, readerCookie(t, 'reader-eeeeeeeeeeeeeeee', [a.id]));
    expect(before.body).not.toContain('Mine, pending');
    expect(topLevelIds(before.body)).toEqual([all[20]]);
    const added = await createComment(t.deps, { articleId: a.id, body: 'Approved later' });
    expect(topLevelIds((await get(url)).body)).toEqual([all[20], added.id]);
  });

  it('a cursor that names no top-level comment of this article is a 404, and junk never 500s', async () => {
    const a = await article();
    const other = await article();
    const [mine] = await insertTopLevelComments(t.deps, { articleId: a.id, count: 1, startAt: '2026-06-01T00:00:00.000Z' });
    const [theirs] = await insertTopLevelComments(t.deps, { articleId: other.id, count: 1, startAt: '2026-06-01T00:00:00.000Z' });
    const reply = await createComment(t.deps, { articleId: a.id, parentId: mine! });
    for (const query of [`?comments_after=${theirs}`, `?comments_after=${reply.id}`, '?comments_after=019ea675-0000-7000-8000-000000000000',
      '?comments_after=1', "?comments_after=' OR 1=1 --", '?comments_order=sideways', '?comments_after=%00', `?comments_after=${mine}&comments_after=${mine}`]) {
      expect((await get(pageUrl(a, query))).statusCode, query).toBe(404);
      expect((await get(`/en/articles/${a.slug}/comments${query}`)).statusCode, `fragment ${query}`).toBe(404);
    }
    expect((await get(`/en/articles/no-such-article/comments?comments_after=${mine}`)).statusCode).toBe(404);
  });

  it('Reply on a later page keeps that page; a reply_to whose comment is on another page opens the form at the top', async () => {
    const a = await article();
    const ids = await insertTopLevelComments(t.deps, { articleId: a.id, count: 25, startAt: '2026-06-01T00:00:00.000Z' });
    const later = await get(pageUrl(a, `?comments_after=${ids[19]}&reply_to=${ids[22]}`));
    expect(later.statusCode).toBe(200);
    expect(later.body).toMatch(new RegExp(`id="comment-${ids[22]}"[^]*?</article><div class="comment-reply-form">`));
    const elsewhere = await get(pageUrl(a, `?reply_to=${ids[22]}`));
    expect(elsewhere.statusCode).toBe(200);
    expect(elsewhere.body).not.toContain('comment-reply-form');
    expect(elsewhere.body).toMatch(/<div class="comment-form-slot">(<p[^>]*>[^<]*<\/p>)?<form id="comment-form"/);
    expect(elsewhere.body).toContain(`value="${ids[22]}"`);
  });

  it('unrelated parameters give the same page (one cache entry per view)', async () => {
    const a = await article();
    await insertTopLevelComments(t.deps, { articleId: a.id, count: 3, startAt: '2026-06-01T00:00:00.000Z' });
    const plain = await get(pageUrl(a));
    const tagged = await get(pageUrl(a, '?utm_source=newsletter&comments_order=oldest'));
    expect(tagged.headers.etag).toBe(plain.headers.etag);
  });

  it('the first page of a 10,000-comment thread is the same small page, read through the indexes', async () => {
    const a = await article();
    const ids = await insertTopLevelComments(t.deps, { articleId: a.id, count: 10_000, startAt: '2026-01-01T00:00:00.000Z' });
    const res = await get(pageUrl(a));
    expect(res.statusCode).toBe(200);
    expect(commentsHeading(res.body)).toBe('10,000 Comments');
    expect(renderedComments(res.body).map((c) => c.id)).toEqual(ids.slice(0, P));
    const nearEnd = await get(pageUrl(a, `?comments_after=${ids[9_989]}`));
    expect(topLevelIds(nearEnd.body)).toEqual(ids.slice(9_990));
    expect(nearEnd.body).not.toContain('comments-next');

    const plans = await Promise.all([
      planOf(topLevelPageQuery(t.deps.db, a.id, { order: 'oldest', limit: 21 }).compile()),
      planOf(topLevelPageQuery(t.deps.db, a.id, { order: 'newest', after: { id: ids[5_000]!, createdAt: '2026-01-01T01:23:20.000Z' }, limit: 21 }).compile()),
      planOf(repliesQuery(t.deps.db, ids.slice(0, 20), 101)!.compile()),
      planOf(repliesInListQuery(t.deps.db, ids.slice(0, 20), 501).compile()),
    ]);
    if (engine === 'sqlite') {
      expect(plans[0]).toMatch(/SEARCH comments USING INDEX comments_top_level_idx \(article_id=\? AND status=\? AND depth=\?\)/);
      expect(plans[1]).toMatch(/SEARCH comments USING INDEX comments_top_level_idx \(article_id=\? AND status=\? AND depth=\? AND \(created_at,id\)<\(\?,\?\)\)/);
      expect(plans[2]).toMatch(/SEARCH comments USING INDEX comments_thread_idx \(thread_id=\? AND status=\?\)/);
      for (const plan of plans.slice(0, 2)) expect(plan).not.toMatch(/SCAN comments|TEMP B-TREE/);
      expect(plans[2]).not.toMatch(/SCAN comments\b/);
      expect(plans[3]).toMatch(/SEARCH comments USING INDEX comments_thread_idx \(thread_id=\? AND status=\?\)/);
    } else {
      for (const plan of plans.slice(0, 2)) {
        expect(plan).toMatch(/Index Scan( Backward)? using comments_top_level_idx/);
        expect(plan).not.toMatch(/Seq Scan|Sort/);
      }
      for (const plan of plans.slice(2)) {
        expect(plan).toMatch(/comments_thread_idx/);
        expect(plan).not.toMatch(/Seq Scan/);
      }
    }
  });

  it('replies come in one statement when few, and per thread (the oldest of each) when they exceed the budget', async () => {
    const a = await article();
    const [busy, quiet] = await insertTopLevelComments(t.deps, { articleId: a.id, count: 2, startAt: '2026-06-01T00:00:00.000Z' });
    for (let i = 0; i < 6; i++) {
      t.deps.clock.advance(1000);
      await createComment(t.deps, { articleId: a.id, parentId: busy!, status: 'approved', body: `busy ${i}` });
    }
    await createComment(t.deps, { articleId: a.id, parentId: quiet!, status: 'approved', body: 'quiet 0' });
    const everything = await listReplies(t.deps.db, [busy!, quiet!], 3);
    // Grouped by thread (in no particular thread order), oldest first within each.
    const inThread = (rows: Array<{ threadId: string; body: string }>, id: string) => rows.filter((r) => r.threadId === id).map((r) => r.body);
    expect(inThread(everything, busy!)).toEqual(['busy 0', 'busy 1', 'busy 2', 'busy 3', 'busy 4', 'busy 5']);
    expect(inThread(everything, quiet!)).toEqual(['quiet 0']);
    const fair = await listReplies(t.deps.db, [busy!, quiet!], 3, 4);
    expect(inThread(fair, busy!)).toEqual(['busy 0', 'busy 1', 'busy 2']);
    expect(inThread(fair, quiet!)).toEqual(['quiet 0']);
  });

  async function planOf(query: { sql: string; parameters: readonly unknown[] }): Promise<string> {
    if (engine === 'sqlite') {
      const rows = await sql.raw<{ detail: string }>(`EXPLAIN QUERY PLAN ${inline(query)}`).execute(t.deps.db);
      return rows.rows.map((r) => r.detail).join('\n');
    }
    await sql`ANALYZE comments`.execute(t.deps.db);
    const rows = await sql.raw<{ 'QUERY PLAN': string }>(`EXPLAIN ${inline(query)}`).execute(t.deps.db);
    return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  /** The statement with its parameters written in, for EXPLAIN (test values only: ids, dates, numbers). */
  function inline(query: { sql: string; parameters: readonly unknown[] }): string {
    const literal = (value: unknown) => (typeof value === 'number' ? String(value) : `'${String(value).replace(/'/g, "''")}'`);
    if (engine === 'sqlite') {
      let i = 0;
      return query.sql.replace(/\?/g, () => literal(query.parameters[i++]));
    }
    return query.sql.replace(/\$(\d+)/g, (_, k: string) => literal(query.parameters[Number(k) - 1]));
  }
});
