import { describe, expect, it } from 'vitest';
import { manualClock } from '../lib/clock.ts';
import { createMemoryRateLimiter } from './rate-limiter.ts';

describe('memory rate limiter', () => {
  it('allows max hits per window, then says when to retry', async () => {
    const clock = manualClock('2026-06-08T09:00:00.000Z');
    const limiter = createMemoryRateLimiter(clock);
    for (let i = 0; i < 3; i++) expect((await limiter.hit('ip:a', 3, 60_000)).allowed).toBe(true);
    expect(await limiter.hit('ip:a', 3, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 60 });
    expect((await limiter.hit('ip:b', 3, 60_000)).allowed).toBe(true);
    clock.advance(45_000);
    expect(await limiter.hit('ip:a', 3, 60_000)).toEqual({ allowed: false, retryAfterSeconds: 15 });
    clock.advance(15_000);
    expect((await limiter.hit('ip:a', 3, 60_000)).allowed).toBe(true);
  });

  it('stays bounded in memory', async () => {
    const limiter = createMemoryRateLimiter(manualClock('2026-06-08T09:00:00.000Z'), 10);
    for (let i = 0; i < 100; i++) await limiter.hit(`k${i}`, 5, 60_000);
    // The newest key is still counted.
    await limiter.hit('k99', 1, 60_000);
    expect((await limiter.hit('k99', 2, 60_000)).allowed).toBe(false);
  });
});
