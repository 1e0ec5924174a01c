import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Redis } from 'ioredis';
import { manualClock } from '../lib/clock.ts';
import { closeRedisClient, openRedisClient } from './redis-connection.ts';
import { counterRateLimiter, memoryWindowCounter, redisRateLimiter, redisWindowCounter } from './redis-rate-limiter.ts';
import { rateLimitStore } from './rate-limit-store.ts';
import { busKinds, deleteKeys, redisTestUrl, sharedRedisUrls, startPrivateRedis, uniquePrefix, waitFor, type PrivateRedis } from '../../test/redis.ts';

const clients: Redis[] = [];
const client = (url: string) => { const c = openRedisClient(url); clients.push(c); return c; };
afterEach(async () => { await Promise.all(clients.splice(0).map(closeRedisClient)); });

describe.each(busKinds)('rate limiter (%s)', (kind) => {
  const prefix = uniquePrefix();
  afterAll(async () => { if (kind === 'redis') await deleteKeys(redisTestUrl!, prefix); });
  const limiterFor = async (clock = manualClock('2026-06-08T09:00:00Z')) => {
    if (kind === 'local') return counterRateLimiter(memoryWindowCounter(clock));
    const redis = client(redisTestUrl!);
    await waitFor(() => redis.status === 'ready', 5000, 'redis ready');
    return redisRateLimiter({ redis, prefix, clock });
  };

  it('allows max hits per window, then refuses with the seconds left', async () => {
    const limiter = await limiterFor();
    for (let i = 0; i < 3; i++) expect((await limiter.hit('ip:203.0.113.7', 3, 60_000)).allowed).toBe(true);
    const refused = await limiter.hit('ip:203.0.113.7', 3, 60_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(59);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect((await limiter.hit('ip:203.0.113.8', 3, 60_000)).allowed).toBe(true);
  });
});

describe.each(sharedRedisUrls)('rate limiter shared through Redis at %s', () => {
  const prefix = uniquePrefix();
  afterAll(async () => { await deleteKeys(redisTestUrl!, prefix); });

  it('counts the hits of two nodes together, under a hashed key', async () => {
    const clock = manualClock('2026-06-08T09:00:00Z');
    const [a, b] = [client(redisTestUrl!), client(redisTestUrl!)];
    await waitFor(() => a.status === 'ready' && b.status === 'ready', 5000, 'redis ready');
    const nodeA = redisRateLimiter({ redis: a, prefix, clock });
    const nodeB = redisRateLimiter({ redis: b, prefix, clock });
    const results = [];
    for (let i = 0; i < 4; i++) results.push((await (i % 2 ? nodeB : nodeA).hit('ip:198.51.100.1', 3, 60_000)).allowed);
    expect(results).toEqual([true, true, true, false]);
    const keys = await a.keys(`${prefix}*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain('198.51.100.1');
  });

  it('starts a new window when the key expires', async () => {
    const clock = manualClock('2026-06-08T09:00:00Z');
    const redis = client(redisTestUrl!);
    await waitFor(() => redis.status === 'ready', 5000, 'redis ready');
    const limiter = redisRateLimiter({ redis, prefix, clock });
    expect((await limiter.hit('short', 1, 150)).allowed).toBe(true);
    expect((await limiter.hit('short', 1, 150)).allowed).toBe(false);
    // Redis expires the window itself (PEXPIRE): wait for the key to go, not a fixed time.
    await waitFor(async () => (await redis.keys(`${prefix}rl:*`)).length === 1, 3000, 'only the other key left');
    expect((await limiter.hit('short', 1, 150)).allowed).toBe(true);
  });
});

describe('rate limiter while Redis is down (private redis-server)', () => {
  let server: PrivateRedis;
  beforeAll(async () => { server = await startPrivateRedis(); }, 20_000);
  afterAll(async () => { await server?.stop(); });

  it('keeps enforcing limits in memory, without waiting, and goes back to Redis when it returns', async () => {
    const clock = manualClock('2026-06-08T09:00:00Z');
    const warnings: string[] = [];
    const redis = client(server.url);
    await waitFor(() => redis.status === 'ready', 5000, 'redis ready');
    const limiter = redisRateLimiter({ redis, prefix: uniquePrefix(), clock, log: { warn: (_o, m) => warnings.push(m), info: () => undefined } });
    expect((await limiter.hit('k', 2, 60_000)).allowed).toBe(true);
    await server.stop();
    await waitFor(() => redis.status !== 'ready', 5000, 'client sees the outage');
    const started = Date.now();
    const during = [];
    for (let i = 0; i < 3; i++) during.push((await limiter.hit('k', 2, 60_000)).allowed);
    expect(Date.now() - started).toBeLessThan(500);
    expect(during).toEqual([true, true, false]); // counted in this node's memory from zero
    expect(warnings).toHaveLength(1);
    await server.start();
    await waitFor(() => redis.status === 'ready', 10_000, 'client reconnected');
    // The restarted (empty) Redis counts again: a fresh shared window.
    expect((await limiter.hit('k', 2, 60_000)).allowed).toBe(true);
    expect(await redis.dbsize()).toBe(1);
  }, 30_000);

  it('falls back when a command fails, not only when disconnected', async () => {
    const clock = manualClock('2026-06-08T09:00:00Z');
    const failing = { status: 'ready', defineCommand: () => undefined, seraiRateCount: async () => { throw new Error('READONLY'); } } as unknown as Redis;
    const limiter = redisRateLimiter({ redis: failing, prefix: 'p:', clock });
    const results = [];
    for (let i = 0; i < 2; i++) results.push((await limiter.hit('k', 1, 60_000)).allowed);
    expect(results).toEqual([true, false]);
  });
});

describe('the @fastify/rate-limit store over a window counter', () => {
  it('counts per route and key, and reports the ttl', async () => {
    const clock = manualClock('2026-06-08T09:00:00Z');
    const Store = rateLimitStore(memoryWindowCounter(clock), 'login:');
    const store = new Store({}).child({ routeInfo: { method: 'POST', url: '/admin/login' } } as never);
    const incr = (key: string) => new Promise<{ current: number; ttl: number }>((resolve, reject) =>
      store.incr(key, (error, result) => (error ? reject(error) : resolve(result!)), 60_000, 5));
    expect(await incr('192.0.2.1')).toEqual({ current: 1, ttl: 60_000 });
    clock.advance(1000);
    expect(await incr('192.0.2.1')).toEqual({ current: 2, ttl: 59_000 });
    expect(await incr('192.0.2.2')).toEqual({ current: 1, ttl: 60_000 });
  });
});
