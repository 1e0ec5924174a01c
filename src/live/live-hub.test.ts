// The hub without HTTP: keep-alives, and live updates that keep coming when the bus
// loses messages (Redis down: the hub polls; Redis back: resync), and the stream limits.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import type { BusStatus, ClusterMessage, EventBus, MessageOrigin } from '../cluster/event-bus.ts';
import { moderateComment } from '../comments/comment-store.ts';
import { createLiveHub, LIVE_LIMITS, type LiveHub, type LiveStream } from './live-hub.ts';
import { findLiveArticle, type LiveArticle } from './live-events.queries.ts';

/** A bus that can drop messages and report any status, as a Redis bus does while Redis is away. */
function unreliableBus() {
  const handlers = new Set<(message: ClusterMessage, origin: MessageOrigin) => void>();
  const resyncs = new Set<() => void>();
  const bus = {
    state: 'connected' as BusStatus,
    delivering: true,
    publish(message: ClusterMessage) {
      if (bus.delivering) for (const handler of handlers) handler(message, 'local');
    },
    subscribe(handler: (message: ClusterMessage, origin: MessageOrigin) => void) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    onResync(handler: () => void) {
      resyncs.add(handler);
      return () => resyncs.delete(handler);
    },
    status: () => bus.state,
    resync: () => resyncs.forEach((handler) => handler()),
    async close() {},
  };
  return bus satisfies EventBus;
}

function fakeStream(lastSeq: number, ip = '192.0.2.1') {
  const stream = { lastSeq, ip, chunks: [] as string[], ended: false, write: (chunk: string) => stream.chunks.push(chunk), end: () => { stream.ended = true; } };
  return stream satisfies LiveStream;
}

describe.each(engines)('live hub on %s', (engine) => {
  let t: TestContext;
  let bus: ReturnType<typeof unreliableBus>;
  let hub: LiveHub;
  let article: LiveArticle;

  beforeEach(async () => {
    t = await buildTestApp(engine);
    bus = unreliableBus();
    const section = await createSection(t.deps);
    article = (await findLiveArticle(t.deps.db, (await createArticle(t.deps, { sectionId: section.id })).id))!;
  });
  afterEach(async () => {
    hub?.close();
    await t.close();
  });

  const deps = () => ({ ...t.deps, events: bus });
  const start = (limits: Partial<typeof LIVE_LIMITS> = {}) => {
    hub = createLiveHub(deps(), t.app.log, { ...LIVE_LIMITS, ...limits });
    return hub;
  };
  async function approveNew() {
    const held = await createComment(deps(), { articleId: article.id, status: 'pending' });
    await moderateComment(deps(), { id: held.id, to: 'approved', actorId: null });
    return held;
  }

  it('writes a keep-alive comment to every stream', async () => {
    const stream = fakeStream(0);
    start({ heartbeatMs: 20 }).open(article, stream);
    await vi.waitFor(() => expect(stream.chunks).toContain(': keep-alive\n\n'), { timeout: 2_000, interval: 10 });
  });

  it('reads the log itself while the bus is disconnected, so updates go on without Redis', async () => {
    bus.state = 'disconnected';
    bus.delivering = false;
    const stream = fakeStream(0);
    start({ pollMs: 20 }).open(article, stream);
    const held = await approveNew();
    await vi.waitFor(() => expect(stream.chunks.join('')).toContain(`id: 1\nevent: comment\ndata: {"commentId":"${held.id}"`), { timeout: 2_000, interval: 10 });
  });

  it('catches up on resync with the messages the bus lost', async () => {
    bus.delivering = false;
    const stream = fakeStream(0);
    start({ pollMs: 20 }).open(article, stream);
    await approveNew();
    await approveNew();
    // Connected (no polling) and the notices were lost: nothing yet.
    expect(stream.chunks.filter((c) => c.startsWith('id:'))).toEqual([]);
    bus.delivering = true;
    bus.resync();
    await vi.waitFor(() => expect(stream.chunks.filter((c) => c.startsWith('id:')).map((c) => c.split('\n')[0])).toEqual(['id: 1', 'id: 2']), { timeout: 2_000, interval: 10 });
  });

  it('replays every missed event to a reconnect far behind (more than the backfill of one pass), without a gap', async () => {
    // 2,600 events already in the log (a busy article, a tab hidden for a while): more than one pass backfills.
    const total = 2_600;
    const at = t.deps.clock.now().toISOString();
    for (let from = 1; from <= total; from += 500) {
      const rows = Array.from({ length: Math.min(500, total - from + 1) }, (_, i) => ({
        article_id: article.id, seq: from + i, kind: 'count' as const, comment_id: null, visible_count: from + i, created_at: at,
      }));
      await t.deps.db.insertInto('live_events').values(rows).execute();
    }
    await t.deps.db.insertInto('article_counters')
      .values({ article_id: article.id, comments_visible: 0, comments_pending: 0, votes_yes: 0, votes_no: 0, live_seq: total }).execute();
    const ids = (s: ReturnType<typeof fakeStream>) => s.chunks.filter((c) => c.startsWith('id:')).map((c) => Number(c.split('\n')[0]!.slice(4)));
    const live = start();
    // A reader already watching (the channel exists and has read one new event).
    const watching = fakeStream(total);
    live.open(article, watching);
    const held = await approveNew();
    await vi.waitFor(() => expect(ids(watching)).toEqual([total + 1]), { timeout: 5_000, interval: 10 });
    // A page reconnecting from the very start.
    const behind = fakeStream(0);
    live.open(article, behind);
    await vi.waitFor(() => expect(ids(behind).at(-1)).toBe(total + 1), { timeout: 10_000, interval: 20 });
    expect(ids(behind)).toEqual(Array.from({ length: total + 1 }, (_, i) => i + 1));
    expect(behind.chunks.at(-1)).toContain(held.id);
  });

  it('admits streams up to the node and address limits, and ends them all on shutdown', () => {
    const live = start({ perNode: 3, perIp: 2 });
    const streams = [fakeStream(0, '192.0.2.1'), fakeStream(0, '192.0.2.1'), fakeStream(0, '192.0.2.2')];
    live.open(article, streams[0]!);
    live.open(article, streams[1]!);
    expect(live.admit('192.0.2.1')).toBe('ip_full');
    expect(live.admit('192.0.2.2')).toBe('ok');
    const forget = live.open(article, streams[2]!);
    expect(live.admit('192.0.2.3')).toBe('node_full');
    forget();
    expect(live.admit('192.0.2.3')).toBe('ok');
    live.endAll();
    expect(streams.map((s) => s.ended)).toEqual([true, true, false]);
    expect(live.size).toBe(0);
  });
});
