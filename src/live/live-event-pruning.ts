// A reconnecting page replays from the live-event log; after two days no open page is
// that far behind (the page itself is re-rendered long before), so older events go.
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../db/database.ts';
import type { Clock } from '../lib/clock.ts';
import { deleteLiveEventsBefore } from './live-events.queries.ts';

export const LIVE_EVENT_MAX_AGE_MS = 2 * 24 * 3_600_000;
const HOUR_MS = 3_600_000;

export async function pruneLiveEvents(deps: { db: Db; clock: Clock }): Promise<number> {
  return deleteLiveEventsBefore(deps.db, new Date(deps.clock.now().getTime() - LIVE_EVENT_MAX_AGE_MS).toISOString());
}

/** Prunes at start and hourly (on every node: deleting what another node deleted is harmless); returns the stop function. */
export function startLiveEventPruning(deps: { db: Db; clock: Clock }, log: FastifyBaseLogger): () => void {
  const run = () => pruneLiveEvents(deps).catch((error: unknown) => log.warn({ err: error }, 'live event pruning failed'));
  void run();
  const timer = setInterval(run, HOUR_MS);
  timer.unref();
  return () => clearInterval(timer);
}
