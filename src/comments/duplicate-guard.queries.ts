// The duplicate guard: one row per (email hash, body hash) saying which submission may
// store that text from that address until when. Claiming it is one upsert, atomic on
// both engines (PostgreSQL makes a concurrent claimer wait for the first one's row and
// then re-checks the condition; SQLite runs one write at a time), so two submissions of
// the same text with different form tokens can never both pass, however they interleave.
import type { Db } from '../db/database.ts';
import { reusableWrite } from '../public/reusable-query.ts';

export interface GuardClaim {
  emailHash: string;
  bodyHash: string;
  submissionKey: string;
  /** Now: a guard whose expires_at is not after it is free. */
  now: string;
  /** Until when this claim holds (now + the duplicate window). */
  expiresAt: string;
}

/**
 * Takes the guard when nobody holds it, when it has expired, or when this very submission
 * holds it already (a retry still in flight). False: another submission of the same text
 * from the same address holds it, so this one is a duplicate.
 */
// Every accepted comment claims a guard: compiled once (building this upsert costs more than running it).
const claim = reusableWrite((db: Db, emailHash: string, bodyHash: string, submissionKey: string, expiresAt: string, now: string) =>
  db.insertInto('comment_duplicate_guards')
    .values({ email_hash: emailHash, body_hash: bodyHash, submission_key: submissionKey, expires_at: expiresAt })
    .onConflict((oc) => oc.columns(['email_hash', 'body_hash'])
      .doUpdateSet((eb) => ({ submission_key: eb.ref('excluded.submission_key'), expires_at: eb.ref('excluded.expires_at') }))
      .where((eb) => eb.or([
        eb('comment_duplicate_guards.expires_at', '<=', now),
        eb('comment_duplicate_guards.submission_key', '=', eb.ref('excluded.submission_key')),
      ]))));

export async function claimDuplicateGuard(db: Db, guard: GuardClaim): Promise<boolean> {
  return (await claim(db, guard.emailHash, guard.bodyHash, guard.submissionKey, guard.expiresAt, guard.now)) > 0;
}

/** Guards past their window guard nothing: dropped by the hourly housekeeping so the table stays small. */
export async function deleteExpiredGuards(db: Db, now: string): Promise<void> {
  await db.deleteFrom('comment_duplicate_guards').where('expires_at', '<=', now).execute();
}
