// Counting limits (comments per IP, per email, votes per IP). Async so a shared
// store (Redis, for many nodes) can replace the in-process one without changing
// callers. Fixed windows: simple, and the answer says exactly when to retry.
import type { Clock } from '../lib/clock.ts';

export interface RateDecision {
  allowed: boolean;
  /** Whole seconds until the window resets (0 when allowed). */
  retryAfterSeconds: number;
}

export interface RateLimiter {
  /** Counts one hit against `key` and answers whether it is within `max` per `windowMs`. */
  hit(key: string, max: number, windowMs: number): Promise<RateDecision>;
}

interface Window { startedAt: number; count: number; windowMs: number }

export function createMemoryRateLimiter(clock: Clock, maxKeys = 200_000): RateLimiter {
  const windows = new Map<string, Window>();

  function current(key: string, windowMs: number, now: number): Window {
    const existing = windows.get(key);
    if (existing && now - existing.startedAt < existing.windowMs) return existing;
    if (windows.size >= maxKeys) sweep(now);
    const fresh = { startedAt: now, count: 0, windowMs };
    windows.set(key, fresh);
    return fresh;
  }

  function sweep(now: number): void {
    for (const [key, window] of windows) if (now - window.startedAt >= window.windowMs) windows.delete(key);
    // Still full of live windows: forget the oldest rather than grow without bound.
    while (windows.size >= maxKeys) windows.delete(windows.keys().next().value!);
  }

  function decide(window: Window, max: number, now: number): RateDecision {
    if (window.count <= max) return { allowed: true, retryAfterSeconds: 0 };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + window.windowMs - now) / 1000)) };
  }

  return {
    async hit(key, max, windowMs) {
      const now = clock.now().getTime();
      const window = current(key, windowMs, now);
      window.count++;
      return decide(window, max, now);
    },
  };
}
