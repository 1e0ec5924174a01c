// prepareDeps' cluster wiring: in process without SERAI_REDIS_URL, through Redis with it;
// purges fire either way, and closing the bus closes the Redis connections.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { startPrivateRedis, uniquePrefix, waitFor, type PrivateRedis } from '../../test/redis.ts';
import { silentLog } from './redis-connection.ts';
import { stderrLog, withClusterDeps } from './cluster-deps.ts';
import type { RedisEventBus } from './redis-event-bus.ts';

describe('withClusterDeps', () => {
  let t: TestContext;
  let redis: PrivateRedis;
  beforeAll(async () => {
    t = await buildTestApp('sqlite');
    redis = await startPrivateRedis();
  }, 20_000);
  afterAll(async () => {
    await t.close();
    await redis.stop();
  });
  const purgesOf = () => {
    const purged: string[][] = [];
    return { purged, purger: { purge: (keys: readonly string[]) => { purged.push([...keys]); } } };
  };

  it('stays in process without a Redis URL, and still purges the CDN', async () => {
    const { purged, purger } = purgesOf();
    const deps = withClusterDeps({ ...t.deps, purger, config: { ...t.deps.config, redisUrl: undefined } }, silentLog);
    expect(deps.events.status()).toBe('local');
    expect(deps.sharedCounter).toBeUndefined();
    deps.pageCache.invalidateSite('s1');
    expect(purged).toEqual([['site-s1']]);
  });

  it('shares events and limits through Redis with a URL, and closes its connections', async () => {
    const { purged, purger } = purgesOf();
    const prefix = uniquePrefix();
    const deps = withClusterDeps({ ...t.deps, purger, config: { ...t.deps.config, redisUrl: redis.url, redisPrefix: prefix } }, silentLog);
    await waitFor(() => deps.events.status() === 'connected', 5000, 'bus connected');
    expect((await deps.rateLimiter.hit('k', 1, 60_000)).allowed).toBe(true);
    expect((await deps.rateLimiter.hit('k', 1, 60_000)).allowed).toBe(false);
    const commands = (deps.events as RedisEventBus).commands;
    expect(await commands.keys(`${prefix}rl:*`)).toHaveLength(1);
    deps.pageCache.invalidatePage('s1', '/en/a', 'a1');
    expect(purged).toEqual([['article-a1']]);
    await deps.events.close();
    expect(commands.status).toBe('end');
  });
});

describe('stderrLog', () => {
  it('writes an error as its type, code and message, not as {}', () => {
    const written: string[] = [];
    const original = process.stderr.write;
    process.stderr.write = ((chunk: string) => { written.push(chunk); return true; }) as typeof process.stderr.write;
    try {
      const failure = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6390'), { code: 'ECONNREFUSED' });
      stderrLog('info').warn({ err: failure }, 'redis command failed');
    } finally {
      process.stderr.write = original;
    }
    const line = JSON.parse(written.join(''));
    expect(line).toMatchObject({ level: 'warn', msg: 'redis command failed', err: { type: 'Error', code: 'ECONNREFUSED', message: 'connect ECONNREFUSED 127.0.0.1:6390' } });
  });
});
