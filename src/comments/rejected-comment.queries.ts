// Whether an earlier comment (the same text again from the same commenter) was turned down,
// and why: the reader who sends it again is told the reason, not "already posted".
import type { Db } from '../db/database.ts';

/** The reject reason of a rejected comment (null when none was recorded); undefined when it is not rejected. */
export async function findRejection(db: Db, commentId: string): Promise<{ reason: string | null } | undefined> {
  const row = await db.selectFrom('comments').select(['status', 'reject_reason']).where('id', '=', commentId).executeTakeFirst();
  return row?.status === 'rejected' ? { reason: row.reject_reason ?? null } : undefined;
}
