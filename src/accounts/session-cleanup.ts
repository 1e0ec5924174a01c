// Expired sessions are refused at lookup already; this only keeps the table from growing forever.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import type { Clock } from '../lib/clock.ts';
import { deleteExpiredGuards } from '../comments/duplicate-guard.queries.ts';
import { deleteExpiredSessions } from './session.queries.ts';

const HOUR_MS = 3_600_000;

export async function removeExpiredSessions(deps: { db: Db; clock: Clock }): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deleteExpiredSessions(deps.db, now);
  // The same hourly housekeeping for comments' duplicate guards, which expire after a day.
  await deleteExpiredGuards(deps.db, now);
}

/** Runs the clean-up at start and hourly; returns the stop function. */
export function startSessionCleanup(deps: { db: Db; clock: Clock }, log: FastifyBaseLogger): () => void {
  const run = () => removeExpiredSessions(deps).catch((error: unknown) => log.warn({ err: error }, 'expired session clean-up failed'));
  void run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
