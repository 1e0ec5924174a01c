// Reader reports: the comment a reader may report, and the report itself with the comment's
// open-report count, written in one transaction so concurrent reports never lose a count.
import type { CommentStatus, Db, WorkQueue } from '../db/database.ts';

/** A comment readers can see on this article (so may report): only what the report page shows. */
export interface ReportableComment {
  id: string;
  siteId: string;
  authorName: string;
  body: string;
  createdAt: string;
}

/**
 * An approved comment of this article whose chain's top-level comment is approved too (the
 * same visible-thread rule as the page), or undefined: hidden comments cannot be reported.
 */
export async function findReportableComment(db: Db, articleId: string, id: string): Promise<ReportableComment | undefined> {
  const row = await db.selectFrom('comments as c').innerJoin('comments as root', 'root.id', 'c.thread_id')
    .select(['c.id', 'c.site_id', 'c.author_name', 'c.body', 'c.created_at'])
    .where('c.id', '=', id).where('c.article_id', '=', articleId).where('c.status', '=', 'approved')
    .where('root.article_id', '=', articleId).where('root.status', '=', 'approved')
    .executeTakeFirst();
  return row && { id: row.id, siteId: row.site_id, authorName: row.author_name, body: row.body, createdAt: row.created_at };
}

export interface NewReport {
  id: string;
  siteId: string;
  commentId: string;
  /** The reporter's keyed reader id (reporterKey), never the cookie's id itself. */
  readerKey: string;
  ipHash: string;
  reason: string;
  at: string;
}

export type ReportWrite =
  | { kind: 'counted'; reportCount: number; status: CommentStatus }
  /** This reader (or this network) already reported the comment: nothing stored, nothing counted. */
  | { kind: 'already' };

/**
 * Stores the report and counts it: report_count + 1 and the 'reported' queue when the comment
 * waits in none, in the same transaction. The count is an increment in the UPDATE itself (the
 * row lock orders concurrent reports on PostgreSQL; SQLite writes one at a time), and the
 * caller decides on the value this UPDATE returned, never on one read before.
 */
export async function insertReport(db: Db, report: NewReport): Promise<ReportWrite> {
  return db.transaction().execute(async (trx) => {
    // One network counts once per comment: clearing cookies must not let one person hide a comment alone.
    const sameNetwork = await trx.selectFrom('comment_reports').select('id')
      .where('comment_id', '=', report.commentId).where('ip_hash', '=', report.ipHash).executeTakeFirst();
    if (sameNetwork) return { kind: 'already' } as const;
    const inserted = await trx.insertInto('comment_reports')
      .values({
        id: report.id, site_id: report.siteId, comment_id: report.commentId, reader_id: report.readerKey,
        ip_hash: report.ipHash, reason: report.reason, created_at: report.at,
      })
      .onConflict((oc) => oc.columns(['comment_id', 'reader_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) return { kind: 'already' } as const;
    const counted = await trx.updateTable('comments')
      .set((eb) => ({ report_count: eb('report_count', '+', 1), queue: eb.fn.coalesce('queue', eb.val<WorkQueue>('reported')) }))
      .where('id', '=', report.commentId)
      .returning(['report_count', 'status'])
      .executeTakeFirstOrThrow();
    return { kind: 'counted', reportCount: Number(counted.report_count), status: counted.status } as const;
  });
}
