// The comment limits, per 10 minutes. Counted with hit() (count and decide in one step)
// BEFORE storing: a peek before storing and a count after let parallel posts all pass
// the peek before any was counted (60 parallel posts from one email, limit 6, stored ~15
// on PostgreSQL). The in-process limiter decides each hit without yielding, and a shared
// store's INCR is atomic, so exactly `max` hits in a window are allowed.
// - attempts per address: every POST, refused ones too, so junk hammered at the endpoint
//   is answered 429 before it costs anything else (5 × the per-address comment limit);
// - comments per address and per email: submissions that passed the checks (an idempotent
//   retry that turns out to be stored already may count too).
import type { AppDeps } from '../app-deps.ts';
import { ipHash } from '../readers/fingerprints.ts';

type LimitDeps = Pick<AppDeps, 'rateLimiter' | 'config' | 'secret'>;

export const RATE_WINDOW_MS = 10 * 60 * 1000;

/** Attempts allowed per address for each comment allowed: room for honest mistakes, none for floods. */
export const ATTEMPTS_PER_COMMENT = 5;

/** Seconds to wait when refused; undefined when allowed. */
type Wait = number | undefined;

/** Counts one POST from this address; the wait when it is over the attempts limit. */
export async function countAttempt(deps: LimitDeps, ip: string): Promise<Wait> {
  const max = deps.config.commentRateLimit * ATTEMPTS_PER_COMMENT;
  const decision = await deps.rateLimiter.hit(`comment:attempt:${ipHash(deps.secret, ip)}`, max, RATE_WINDOW_MS);
  return decision.allowed ? undefined : decision.retryAfterSeconds;
}

/**
 * Counts one comment against its address and its email (keyed hashes, never the raw
 * values); the longer wait when either has used its comments for this window.
 */
export async function countComment(deps: LimitDeps, hashes: { ip: string; email: string }): Promise<Wait> {
  const { commentRateLimit, commentEmailRateLimit } = deps.config;
  const [byIp, byEmail] = await Promise.all([
    deps.rateLimiter.hit(`comment:ip:${hashes.ip}`, commentRateLimit, RATE_WINDOW_MS),
    deps.rateLimiter.hit(`comment:email:${hashes.email}`, commentEmailRateLimit, RATE_WINDOW_MS),
  ]);
  if (byIp.allowed && byEmail.allowed) return undefined;
  return Math.max(byIp.retryAfterSeconds, byEmail.retryAfterSeconds);
}
