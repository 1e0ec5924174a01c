// The live stream over a real listening app on each engine: events as the contract
// says, exact replay after Last-Event-ID, gap-free seqs under concurrent approvals,
// clear 4xx answers, and streams that end when the app closes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { moderateComment } from '../comments/comment-store.ts';
import type { CommentStatus } from '../db/database.ts';
import { openSse, type SseConnection } from './sse-client.testkit.ts';

describe.each(engines)('live comments stream on %s', (engine) => {
  let t: TestContext;
  let base: string;
  let articleId: string;
  const open: SseConnection[] = [];

  beforeEach(async () => {
    t = await buildTestApp(engine);
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    base = address;
    const section = await createSection(t.deps);
    articleId = (await createArticle(t.deps, { sectionId: section.id })).id;
  });
  afterEach(async () => {
    for (const conn of open.splice(0)) conn.close();
    await t.close();
  });

  async function connect(query = '', headers: Record<string, string> = {}, id = articleId) {
    const conn = await openSse(`${base}/api/articles/${id}/live${query}`, headers);
    open.push(conn);
    return conn;
  }
  const pending = (body?: string) => createComment(t.deps, { articleId, status: 'pending', ...(body ? { body } : {}) });
  async function moderate(id: string, to: CommentStatus) {
    const outcome = await moderateComment(t.deps, { id, to, actorId: null });
    expect(outcome.kind).toBe('changed');
  }
  const seqs = (conn: SseConnection) => conn.events.map((e) => Number(e.id));

  it('sends a comment a moderator approves, rendered as the thread renders it, with the count', async () => {
    const held = await pending('<script>alert(1)</script> Good point');
    // Compressing would buffer events: the stream is sent as is, whatever the client accepts.
    const conn = await connect('', { 'accept-encoding': 'gzip, br' });
    expect(conn.status).toBe(200);
    expect(conn.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(conn.headers['cache-control']).toBe('no-store');
    expect(conn.headers['x-accel-buffering']).toBe('no');
    expect(conn.headers['content-encoding']).toBeUndefined();
    await conn.waitUntil(() => conn.retry !== undefined);
    expect(conn.retry).toBe(3000);
    await moderate(held.id, 'approved');
    const [event] = await conn.waitFor(1);
    expect(event).toMatchObject({ id: '1', event: 'comment' });
    const data = JSON.parse(event!.data);
    expect(data).toMatchObject({ commentId: held.id, parentId: null, count: 1 });
    expect(data.html).toMatch(/^<li class="comment-entry"><article id="comment-[0-9a-f-]+" class="comment depth-0">/);
    expect(data.html).toContain('&lt;script>alert(1)&lt;/script> Good point');
    expect(data.html).not.toContain('<script>');
  });

  it('sends a reply with its parent and a count event when a comment is hidden', async () => {
    const root = await createComment(t.deps, { articleId });
    const conn = await connect();
    const reply = await createComment(t.deps, { articleId, parentId: root.id });
    await moderate(root.id, 'rejected');
    const [first, second] = await conn.waitFor(2);
    expect(first).toMatchObject({ id: '2', event: 'comment' });
    expect(JSON.parse(first!.data)).toMatchObject({ commentId: reply.id, parentId: root.id, count: 2 });
    expect(JSON.parse(first!.data).html).toContain('class="comment depth-1"');
    // Hiding the top-level comment hides its reply too.
    expect(second).toEqual({ id: '3', event: 'count', data: '{"count":0}' });
  });

  it('starts at the current seq without Last-Event-ID, and replays exactly the missed events with it', async () => {
    const before = await pending();
    await moderate(before.id, 'approved');
    const first = await connect();
    const a = await pending();
    const b = await pending();
    await moderate(a.id, 'approved');
    await moderate(b.id, 'approved');
    await first.waitFor(2);
    expect(seqs(first)).toEqual([2, 3]);
    first.close();
    const c = await pending();
    const d = await pending();
    await moderate(c.id, 'approved');
    await moderate(d.id, 'rejected'); // pending → rejected: readers see no change, no event
    await moderate(b.id, 'spam');
    const again = await connect('', { 'last-event-id': first.events.at(-1)!.id! });
    await again.waitFor(2);
    const e = await pending();
    await moderate(e.id, 'approved');
    await again.waitFor(3);
    expect(again.events.map((ev) => [Number(ev.id), ev.event])).toEqual([[4, 'comment'], [5, 'count'], [6, 'comment']]);
    expect(JSON.parse(again.events[0]!.data).commentId).toBe(c.id);
    // The query form (the page's first connection) replays the same way, from the database.
    const fromPage = await connect('?lastEventId=1');
    await fromPage.waitFor(5);
    expect(seqs(fromPage)).toEqual([2, 3, 4, 5, 6]);
    // A comment hidden again since its event went out is sent as a count, never shown.
    expect(fromPage.events[1]).toMatchObject({ id: '3', event: 'count' });
  });

  it('answers 404 for unknown or unpublished articles and 400 for a malformed Last-Event-ID', async () => {
    const section = await createSection(t.deps, { slug: 'drafts' });
    const draft = await createArticle(t.deps, { sectionId: section.id, status: 'draft', headline: 'Not yet' });
    for (const id of ['0190a0a0-0000-7000-8000-000000000000', draft.id, 'nope']) {
      const res = await t.app.inject({ url: `/api/articles/${id}/live` });
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    for (const query of ['?lastEventId=abc', '?lastEventId=-1', '?lastEventId=1&lastEventId=2']) {
      const res = await t.app.inject({ url: `/api/articles/${articleId}/live${query}` });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: { code: 'bad_last_event_id' } });
    }
    const head = await t.app.inject({ method: 'HEAD', url: `/api/articles/${articleId}/live` });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    const header = await t.app.inject({ url: `/api/articles/${articleId}/live`, headers: { 'last-event-id': '1.5' } });
    expect(header.json()).toMatchObject({ error: { code: 'bad_last_event_id' } });
  });

  it('limits streams per address', async () => {
    const conns = await Promise.all(Array.from({ length: 20 }, () => connect()));
    expect(conns.every((c) => c.status === 200)).toBe(true);
    const refused = await connect();
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body)).toMatchObject({ error: { code: 'too_many_streams' } });
  });

  it('ends open streams when the app closes', async () => {
    const conn = await connect();
    await conn.waitUntil(() => conn.retry !== undefined);
    await t.app.close();
    await conn.ended;
  });

  // On PostgreSQL the approvals really run in parallel transactions; SQLite serialises them.
  it('gives concurrent approvals gap-free increasing seqs, delivered in order', async () => {
    const held = await Promise.all(Array.from({ length: 20 }, () => pending()));
    const conn = await connect();
    await Promise.all(held.map((c) => moderate(c.id, 'approved')));
    await conn.waitFor(20);
    const expected = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(seqs(conn)).toEqual(expected);
    const counts = conn.events.map((e) => JSON.parse(e.data).count);
    expect(counts).toEqual(expected);
    expect(new Set(conn.events.map((e) => JSON.parse(e.data).commentId)).size).toBe(20);
  });
});
