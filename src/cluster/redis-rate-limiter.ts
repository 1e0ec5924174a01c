// Rate limits shared by every node through Redis: a fixed window per key, counted with
// one round trip (a Lua script: INCR, and PEXPIRE on the first hit of the window).
// Key names are hashed (`<prefix>rl:<sha256>`): limit keys contain IPs and emails, which
// must not sit readable in Redis nor reach a log.
// Fails safe: while Redis is down or erroring, each hit is counted in this node's memory
// instead, so limits stay enforced (per node) and no request waits on Redis. Hits go to
// Redis again as soon as it is back (the in-memory counts are then left to expire).
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Clock } from '../lib/clock.ts';
import type { RateDecision, RateLimiter } from '../http/rate-limiter.ts';
import { isReady, silentLog, type ClusterLog } from './redis-connection.ts';

/** How many hits a key has in its current window, and how long until that window ends. */
export interface WindowCount { current: number; ttlMs: number }

export interface WindowCounter {
  count(key: string, windowMs: number): Promise<WindowCount>;
}

// The window starts at the first hit; a key left without expiry (should never happen) gets one.
const COUNT_SCRIPT = `
local current = redis.call('INCR', KEYS[1])
if current == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {current, ttl}`;

/** In-process fixed windows, bounded in size: one node alone, or the fallback while Redis is down. */
export function memoryWindowCounter(clock: Clock, maxKeys = 200_000): WindowCounter {
  const windows = new Map<string, { endsAt: number; current: number }>();
  const sweep = (now: number) => {
    for (const [key, w] of windows) if (w.endsAt <= now) windows.delete(key);
    while (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
  };
  return {
    async count(key, windowMs) {
      const now = clock.now().getTime();
      let window = windows.get(key);
      if (!window || window.endsAt <= now) {
        if (windows.size >= maxKeys) sweep(now);
        window = { endsAt: now + windowMs, current: 0 };
        windows.set(key, window);
      }
      window.current++;
      return { current: window.current, ttlMs: window.endsAt - now };
    },
  };
}

type ScriptedRedis = Redis & { seraiRateCount(key: string, windowMs: number): Promise<[number, number]> };

export interface RedisWindowCounterOptions {
  /** This node's command connection (RedisEventBus.commands): one per node, fails fast when down. */
  redis: Redis;
  prefix: string;
  clock: Clock;
  log?: ClusterLog;
  /** Counts hits while Redis cannot (defaults to an in-memory counter). */
  fallback?: WindowCounter;
}

export function redisWindowCounter(options: RedisWindowCounterOptions): WindowCounter {
  const { redis, prefix } = options;
  const log = options.log ?? silentLog;
  const fallback = options.fallback ?? memoryWindowCounter(options.clock);
  if (!('seraiRateCount' in redis)) redis.defineCommand('seraiRateCount', { numberOfKeys: 1, lua: COUNT_SCRIPT });
  const scripted = redis as ScriptedRedis;
  let degraded = false;
  const degrade = (reason: string) => {
    if (!degraded) log.warn({ reason }, 'rate limits counted in this node only until redis is back');
    degraded = true;
  };
  const keyOf = (key: string) => `${prefix}rl:${createHash('sha256').update(key).digest('base64url')}`;
  return {
    async count(key, windowMs) {
      if (!isReady(redis)) {
        degrade('redis disconnected');
        return fallback.count(key, windowMs);
      }
      try {
        const [current, ttlMs] = await scripted.seraiRateCount(keyOf(key), Math.max(1, Math.round(windowMs)));
        if (degraded) log.info({}, 'rate limits shared through redis again');
        degraded = false;
        return { current: Number(current), ttlMs: Number(ttlMs) };
      } catch (error) {
        degrade(error instanceof Error ? error.message : 'redis error');
        return fallback.count(key, windowMs);
      }
    },
  };
}

/** The RateLimiter callers know (comments, votes, reports), over any window counter. */
export function counterRateLimiter(counter: WindowCounter): RateLimiter {
  return {
    async hit(key, max, windowMs): Promise<RateDecision> {
      const { current, ttlMs } = await counter.count(key, windowMs);
      if (current <= max) return { allowed: true, retryAfterSeconds: 0 };
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ttlMs / 1000)) };
    },
  };
}

/** Shared limits with the in-memory fallback: what a node uses when SERAI_REDIS_URL is set. */
export function redisRateLimiter(options: RedisWindowCounterOptions): RateLimiter {
  return counterRateLimiter(redisWindowCounter(options));
}
