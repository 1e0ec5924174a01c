// The live stream over a real listening app on each engine: events as the contract
// says, exact replay after Last-Event-ID, gap-free seqs under concurrent approvals,
// clear 4xx answers, and streams that end when the app closes.
import { PassThrough } from 'node:stream';
import Fastify from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { moderateComment } from '../comments/comment-store.ts';
import type { CommentStatus, Db } from '../db/database.ts';
import { openSse, type SseConnection } from './sse-client.testkit.ts';
import { boundedWriter, liveRoutes, MAX_BUFFERED_BYTES } from './live.routes.ts';
import { buildApp } from '../app.ts';

/** `db` whose reads from `table` first await `before()`, holding no connection meanwhile. */
function gateSelectsFrom(db: Db, table: string, before: () => Promise<void>): Db {
  const wrap = (builder: object): object => new Proxy(builder, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (typeof value !== 'function') return value;
      if (prop === 'execute' || prop === 'executeTakeFirst' || prop === 'executeTakeFirstOrThrow') {
        return async (...args: unknown[]) => { await before(); return (value as (...a: unknown[]) => unknown).apply(target, args); };
      }
      return (...args: unknown[]) => {
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        return result !== null && typeof result === 'object' && 'compile' in result ? wrap(result) : result;
      };
    },
  });
  return new Proxy(db, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (prop === 'selectFrom') return (from: never) => (from === table ? wrap(target.selectFrom(from)) : target.selectFrom(from));
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

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
    for (const query of ['?lastEventId=abc', '?lastEventId=-1', '?lastEventId=1&lastEventId=2', '?lastEventId=1e3', '?lastEventId=99999999999999999999', '?lastEventId=%201', '?lastEventId=0x10']) {
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

  it('holds the address limit when many streams open at the same moment', async () => {
    // The article lookups (with its seq) of all 25 requests wait until every one of them is waiting (without holding a
    // connection), as under load: admission must still let exactly 20 through.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let waiting = 0;
    let armed = false; // the app's own start-up reads articles too (the search backfill)
    const app = await buildApp({ ...t.deps, db: gateSelectsFrom(t.deps.db, 'articles', async () => { if (!armed) return; waiting++; await gate; }) });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    armed = true;
    try {
      const opening = Array.from({ length: 25 }, () => openSse(`${address}/api/articles/${articleId}/live`));
      await vi.waitFor(() => expect(waiting).toBe(25), { timeout: 5_000, interval: 5 });
      release();
      const conns = await Promise.all(opening);
      open.push(...conns);
      expect(conns.filter((c) => c.status === 200)).toHaveLength(20);
      expect(conns.filter((c) => c.status === 429)).toHaveLength(5);
    } finally {
      release();
      for (const conn of open.splice(0)) conn.close();
      await app.close();
    }
  });

  it('ends open streams when the app closes', async () => {
    const conn = await connect();
    await conn.waitUntil(() => conn.retry !== undefined);
    await t.app.close();
    await conn.ended;
  });

  it('does not hold a shutdown with a stream whose lookup was still running when closing began', async () => {
    // Every query answer waits for the gate: the request is inside the handler when close() starts.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    let queries = 0;
    const gated: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => { queries++; await gate; return args.result; },
    };
    const app = Fastify();
    await app.register(liveRoutes, { deps: { ...t.deps, db: t.deps.db.withPlugin(gated) } });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const opening = openSse(`${address}/api/articles/${articleId}/live`);
    await vi.waitFor(() => expect(queries).toBeGreaterThan(0), { timeout: 2_000, interval: 5 });
    let closed = false;
    const closing = app.close().then(() => { closed = true; });
    await vi.waitFor(() => expect(app.server.listening).toBe(false), { timeout: 2_000, interval: 5 });
    release();
    const conn = await opening;
    open.push(conn);
    // The stream is answered and ended at once (the browser reconnects, to a node still running).
    await conn.ended;
    await vi.waitFor(() => expect(closed).toBe(true), { timeout: 3_000, interval: 10 });
    await closing;
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

describe('a live stream whose reader stops reading', () => {
  it('is cut off once its unread events pass the limit, instead of being buffered without end', () => {
    const body = new PassThrough(); // nothing reads it, as with a stalled connection
    let cutOffs = 0;
    const write = boundedWriter(body, () => { cutOffs++; body.destroy(); }, 8 * 1024);
    const frame = `id: 1\nevent: comment\ndata: ${JSON.stringify({ html: 'x'.repeat(1000) })}\n\n`;
    for (let i = 0; i < 100; i++) write(frame);
    expect(cutOffs).toBe(1);
    expect(body.writableLength + body.readableLength).toBeLessThanOrEqual(8 * 1024);
  });

  it('keeps a reader that reads, however many events go by', async () => {
    const body = new PassThrough();
    let read = 0;
    body.on('data', (chunk: Buffer) => { read += chunk.length; });
    let cutOffs = 0;
    const write = boundedWriter(body, () => { cutOffs++; });
    const frame = 'x'.repeat(10_000);
    for (let i = 0; i < 2 * MAX_BUFFERED_BYTES / frame.length; i++) {
      write(frame);
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(cutOffs).toBe(0);
    expect(read).toBeGreaterThan(MAX_BUFFERED_BYTES);
  });
});
