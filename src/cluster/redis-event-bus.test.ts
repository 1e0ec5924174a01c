import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLocalEventBus, type ClusterMessage, type EventBus, type MessageOrigin } from './event-bus.ts';
import { openRedisEventBus, type RedisEventBus } from './redis-event-bus.ts';
import { busKinds, deleteKeys, redisTestUrl, sharedRedisUrls, startPrivateRedis, uniquePrefix, waitFor, type PrivateRedis } from '../../test/redis.ts';

type Seen = Array<{ message: ClusterMessage; origin: MessageOrigin }>;
const record = (bus: EventBus): Seen => {
  const seen: Seen = [];
  bus.subscribe((message, origin) => seen.push({ message, origin }));
  return seen;
};
const opened: EventBus[] = [];
const track = <T extends EventBus>(bus: T): T => { opened.push(bus); return bus; };
afterEach(async () => { await Promise.all(opened.splice(0).map((bus) => bus.close())); });

describe.each(busKinds)('event bus (%s)', (kind) => {
  const prefix = uniquePrefix();
  const open = () => track(kind === 'redis' ? openRedisEventBus({ url: redisTestUrl!, prefix }) : createLocalEventBus());
  afterAll(async () => { if (kind === 'redis') await deleteKeys(redisTestUrl!, prefix); });

  it('delivers a publish to local subscribers at once, with origin local', async () => {
    const bus = open();
    if (kind === 'redis') await waitFor(() => bus.status() === 'connected', 5000, 'bus connected');
    const seen = record(bus);
    bus.publish({ type: 'invalidate-site', siteId: 's1' });
    expect(seen).toEqual([{ message: { type: 'invalidate-site', siteId: 's1' }, origin: 'local' }]);
    expect(bus.status()).toBe(kind === 'redis' ? 'connected' : 'local');
  });

  it('stops delivering to an unsubscribed handler', () => {
    const bus = open();
    const seen: ClusterMessage[] = [];
    const off = bus.subscribe((m) => seen.push(m));
    off();
    bus.publish({ type: 'sites-changed' });
    expect(seen).toEqual([]);
  });
});

describe.each(sharedRedisUrls)('event bus across nodes (Redis at %s)', () => {
  const prefix = uniquePrefix();
  afterAll(async () => { await deleteKeys(redisTestUrl!, prefix); });

  it('two buses with one prefix see each other as remote and never their own echo', async () => {
    const a = track(openRedisEventBus({ url: redisTestUrl!, prefix }));
    const b = track(openRedisEventBus({ url: redisTestUrl!, prefix }));
    const other = track(openRedisEventBus({ url: redisTestUrl!, prefix: uniquePrefix() }));
    await waitFor(() => [a, b, other].every((bus) => bus.status() === 'connected'), 5000, 'buses connected');
    const seenA = record(a);
    const seenB = record(b);
    const seenOther = record(other);
    a.publish({ type: 'invalidate-page', siteId: 's1', path: '/en/x' });
    b.publish({ type: 'live', articleId: 'a1', seq: 3 });
    await waitFor(() => seenA.length === 2 && seenB.length === 2, 5000, 'messages crossed');
    expect(seenA).toEqual([
      { message: { type: 'invalidate-page', siteId: 's1', path: '/en/x' }, origin: 'local' },
      { message: { type: 'live', articleId: 'a1', seq: 3 }, origin: 'remote' },
    ]);
    expect(seenB).toEqual([
      { message: { type: 'live', articleId: 'a1', seq: 3 }, origin: 'local' },
      { message: { type: 'invalidate-page', siteId: 's1', path: '/en/x' }, origin: 'remote' },
    ]);
    // A round trip on `other` proves its subscription works, so silence above means isolation.
    other.publish({ type: 'sites-changed' });
    expect(seenOther).toEqual([{ message: { type: 'sites-changed' }, origin: 'local' }]);
  });
});

describe.each(sharedRedisUrls)('event bus, a publish this node had to drop (Redis at %s)', () => {
  const prefix = uniquePrefix();
  afterAll(async () => { await deleteKeys(redisTestUrl!, prefix); });

  // Each connection reconnects on its own schedule: after a Redis restart, B may be subscribed
  // (and done with its own resync) while A's publisher is still reconnecting and drops A's messages.
  it('makes the other nodes resync once its publisher is back', async () => {
    const a = track(openRedisEventBus({ url: redisTestUrl!, prefix }));
    const b = track(openRedisEventBus({ url: redisTestUrl!, prefix }));
    await waitFor(() => a.status() === 'connected' && b.status() === 'connected', 5000, 'buses connected');
    let resyncs = 0;
    b.onResync(() => { resyncs++; });
    const seenB = record(b);
    await new Promise<void>((resolve) => {
      a.commands.once('close', () => {
        a.publish({ type: 'invalidate-site', siteId: 'lost' });
        resolve();
      });
      a.commands.disconnect(true); // only A's publisher goes, and comes back
    });
    await waitFor(() => resyncs === 1, 5000, 'b resyncs for what a dropped');
    expect(seenB).toEqual([]);
    a.publish({ type: 'sites-changed' });
    await waitFor(() => seenB.length === 1, 5000, 'b hears a again');
    expect(resyncs).toBe(1);
  }, 15_000);
});

describe('event bus through an outage (private redis-server)', () => {
  let redis: PrivateRedis;
  beforeAll(async () => { redis = await startPrivateRedis(); }, 20_000);
  afterAll(async () => { await redis?.stop(); });

  it('keeps delivering locally while Redis is down, resyncs and resumes when it is back', async () => {
    const warnings: string[] = [];
    const log = { warn: (_o: object, msg: string) => warnings.push(msg), info: () => undefined };
    const prefix = uniquePrefix();
    const a = track(openRedisEventBus({ url: redis.url, prefix, log }));
    const b = track(openRedisEventBus({ url: redis.url, prefix }));
    await waitFor(() => a.status() === 'connected' && b.status() === 'connected', 5000, 'buses connected');
    let resyncs = 0;
    b.onResync(() => { resyncs++; });
    const seenA = record(a);
    const seenB = record(b);

    await redis.stop();
    await waitFor(() => a.status() === 'disconnected', 5000, 'a sees the outage');
    expect(() => {
      a.publish({ type: 'invalidate-site', siteId: 'down-1' });
      a.publish({ type: 'invalidate-site', siteId: 'down-2' });
    }).not.toThrow();
    expect(seenA.map((s) => s.origin)).toEqual(['local', 'local']);
    expect(warnings).toHaveLength(1); // once per outage, whatever the number of publishes

    await redis.start();
    // One resync for its own subscription, and possibly one more asked by A for what A dropped.
    await waitFor(() => resyncs >= 1 && a.status() === 'connected' && b.status() === 'connected', 10_000, 'resync after restart');
    a.publish({ type: 'invalidate-site', siteId: 'back' });
    await waitFor(() => seenB.length === 1, 5000, 'b hears a again');
    expect(seenB).toEqual([{ message: { type: 'invalidate-site', siteId: 'back' }, origin: 'remote' }]);
  }, 30_000);

  it('subscribes again when a subscription fails on a live connection, instead of staying unsubscribed', async () => {
    const prefix = uniquePrefix();
    const a = track(openRedisEventBus({ url: redis.url, prefix }));
    await waitFor(() => a.status() === 'connected', 5000, 'bus connected');
    let resyncs = 0;
    a.onResync(() => { resyncs++; });
    const admin = new Redis(redis.url, { lazyConnect: true });
    await admin.connect();
    try {
      // Channels forbidden: Redis drops the subscriber; on reconnect its SUBSCRIBE fails (NOPERM).
      await admin.call('ACL', 'SETUSER', 'default', 'resetchannels');
      await waitFor(() => a.status() === 'disconnected', 5000, 'subscription gone');
      await waitFor(async () => Number(await admin.call('CLIENT', 'LIST', 'TYPE', 'normal').then((list) => String(list).split('\n').filter(Boolean).length)) >= 3, 5000, 'bus reconnected');
      await admin.call('ACL', 'SETUSER', 'default', 'allchannels');
      await waitFor(() => a.status() === 'connected', 10_000, 'subscribed again once allowed');
      expect(resyncs).toBeGreaterThanOrEqual(1);
    } finally {
      await admin.call('ACL', 'SETUSER', 'default', 'allchannels');
      admin.disconnect();
    }
  }, 30_000);

  it('opens while Redis is down, without throwing, and connects when it comes up', async () => {
    await redis.stop();
    const bus = track(openRedisEventBus({ url: redis.url, prefix: uniquePrefix() }));
    let resyncs = 0;
    bus.onResync(() => { resyncs++; });
    expect(bus.status()).toBe('disconnected');
    const seen = record(bus);
    bus.publish({ type: 'sites-changed' });
    expect(seen).toHaveLength(1);
    await redis.start();
    await waitFor(() => bus.status() === 'connected', 10_000, 'connected after late start');
    // Pages served meanwhile may be stale compared with other nodes.
    await waitFor(() => resyncs === 1, 2000, 'resync after late start');
  }, 30_000);
});
