// Reader votes: one row per (article, reader), value 1 (yes) or -1 (no).
import type { Db } from '../db/database.ts';
import type { VoteChoice } from './vote-text.ts';

export type VoteValue = 1 | -1;

export const valueOf = (choice: VoteChoice): VoteValue => (choice === 'yes' ? 1 : -1);
export const choiceOf = (value: number): VoteChoice => (value === 1 ? 'yes' : 'no');

export interface VoteRow { articleId: string; readerId: string; value: VoteValue; ipHash: string; now: string }

/** What writing the vote did: a first vote, a switch from the other answer, or nothing (same answer again). */
export type VoteChange = 'first' | 'switched' | 'same';

/**
 * Records the reader's vote without a read-then-write race, on both engines. The insert
 * does nothing when the reader already voted (on PostgreSQL it first waits for a concurrent
 * insert of the same row to commit). The update then changes the row only when it holds the
 * other answer: PostgreSQL locks the row and re-checks the condition against its latest
 * version, so of two concurrent switches only one finds the old answer. A value is 1 or -1,
 * so "not this answer" means "the other answer". SQLite runs one transaction at a time.
 * Call inside the transaction that bumps the counters.
 */
export async function writeVote(db: Db, row: VoteRow): Promise<VoteChange> {
  const inserted = await db.insertInto('article_votes')
    .values({ article_id: row.articleId, reader_id: row.readerId, value: row.value, ip_hash: row.ipHash, created_at: row.now, updated_at: row.now })
    .onConflict((oc) => oc.columns(['article_id', 'reader_id']).doNothing())
    .returning('article_id')
    .executeTakeFirst();
  if (inserted) return 'first';
  const switched = await db.updateTable('article_votes')
    .set({ value: row.value, ip_hash: row.ipHash, updated_at: row.now })
    .where('article_id', '=', row.articleId)
    .where('reader_id', '=', row.readerId)
    .where('value', '<>', row.value)
    .returning('article_id')
    .executeTakeFirst();
  return switched ? 'switched' : 'same';
}

export async function findReaderVote(db: Db, articleId: string, readerId: string): Promise<VoteChoice | undefined> {
  const row = await db.selectFrom('article_votes')
    .select('value')
    .where('article_id', '=', articleId)
    .where('reader_id', '=', readerId)
    .executeTakeFirst();
  return row ? choiceOf(row.value) : undefined;
}
