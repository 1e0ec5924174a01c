// The operations endpoints' reads: a trivial round trip for /readyz and the moderation
// queue sizes for /metrics. Both stay cheap however large the comments table grows.
import { sql } from 'kysely';
import { WORK_QUEUES, type Db } from '../db/database.ts';

/** One round trip to the database; throws when it cannot answer. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}

/** A size above this is reported as this: a gauge only needs to show the queue is very long. */
export const QUEUE_COUNT_CAP = 100_000;

/** Waiting comments per work queue, across sites, each count stopped at QUEUE_COUNT_CAP. */
export async function countWorkQueues(db: Db): Promise<Record<string, number>> {
  const sizes: Record<string, number> = {};
  for (const queue of WORK_QUEUES) {
    const capped = db.selectFrom('comments').select('comments.id').where('queue', '=', queue).limit(QUEUE_COUNT_CAP);
    const row = await db.selectFrom(capped.as('waiting')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    sizes[queue] = Number(row.n);
  }
  return sizes;
}
