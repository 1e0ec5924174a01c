// Writing comments and changing their status. Reading threads for pages lives in
// thread.queries.ts; the moderation lists in moderation.queries.ts.
import type { Insertable } from 'kysely';
import type { CommentStatus, CommentsTable, Db, WorkQueue } from '../db/database.ts';
import { reusableWrite } from '../public/reusable-query.ts';

export type NewCommentRow = Insertable<CommentsTable>;

/** Every column of a new comment, in one order: the insert is compiled once and reused. */
const COMMENT_COLUMNS = [
  'id', 'site_id', 'article_id', 'parent_id', 'thread_id', 'depth', 'locale', 'author_name', 'author_email', 'email_hash',
  'ip_hash', 'reader_id', 'body', 'body_hash', 'submission_key', 'status', 'created_at', 'updated_at', 'moderated_at',
  'moderated_by', 'version', 'risk', 'screening', 'queue', 'reject_reason', 'report_count', 'featured_at', 'featured_by',
] as const;

const insertComment = reusableWrite((db: Db, ...values: unknown[]) =>
  db.insertInto('comments').values(Object.fromEntries(COMMENT_COLUMNS.map((column, i) => [column, values[i]])) as NewCommentRow));

/** A pending comment waits in the routine queue unless the row names another (screening's 'held'). */
export async function insertCommentRow(db: Db, row: NewCommentRow): Promise<void> {
  const full: Record<(typeof COMMENT_COLUMNS)[number], unknown> = {
    ...row,
    queue: row.queue !== undefined ? row.queue : row.status === 'pending' ? 'pending' : null,
    risk: row.risk ?? 0, screening: row.screening ?? null, reject_reason: row.reject_reason ?? null, report_count: row.report_count ?? 0,
    featured_at: row.featured_at ?? null, featured_by: row.featured_by ?? null, version: row.version ?? 1,
    parent_id: row.parent_id ?? null, moderated_at: row.moderated_at ?? null, moderated_by: row.moderated_by ?? null,
  };
  await insertComment(db, ...COMMENT_COLUMNS.map((column) => full[column]));
}

export interface StoredCommentRef { id: string; status: CommentStatus; articleId: string; threadId: string }

export async function findBySubmissionKey(db: Db, key: string): Promise<StoredCommentRef | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'status', 'article_id', 'thread_id']).where('submission_key', '=', key).executeTakeFirst();
  return row && { id: row.id, status: row.status, articleId: row.article_id, threadId: row.thread_id };
}

export interface CommentForModeration {
  id: string;
  siteId: string;
  articleId: string;
  status: CommentStatus;
  version: number;
  articleLocale: string;
  articleSlug: string;
  /** 0 for a top-level comment. */
  depth: number;
  /** The status of the thread's top-level comment (its own for a top-level one). */
  rootStatus: CommentStatus;
  queue: WorkQueue | null;
  /** Open reader reports. */
  reportCount: number;
}

export async function findCommentForModeration(db: Db, id: string): Promise<CommentForModeration | undefined> {
  const row = await db.selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id')
    .innerJoin('comments as root', 'root.id', 'comments.thread_id')
    .select(['comments.id', 'comments.site_id', 'comments.article_id', 'comments.status', 'comments.version', 'comments.depth',
      'root.status as root_status', 'articles.locale', 'articles.slug', 'comments.queue', 'comments.report_count'])
    .where('comments.id', '=', id)
    .executeTakeFirst();
  return row && {
    id: row.id, siteId: row.site_id, articleId: row.article_id, status: row.status, version: row.version,
    articleLocale: row.locale, articleSlug: row.slug, depth: Number(row.depth), rootStatus: row.root_status,
    queue: row.queue ?? null, reportCount: Number(row.report_count),
  };
}

export interface StatusChange {
  id: string;
  version: number;
  to: CommentStatus;
  actorId: string | null;
  now: string;
  queue: WorkQueue | null;
  rejectReason: string | null;
  /** Zero the open-report count (the reports themselves are closed by resolveReports). */
  resolveReports: boolean;
}

/** Changes status only if nobody else changed the comment since `version` was read; returns whether it did. */
export async function updateCommentStatus(db: Db, change: StatusChange): Promise<boolean> {
  const result = await db.updateTable('comments')
    .set((eb) => ({
      status: change.to, moderated_at: change.now, moderated_by: change.actorId, updated_at: change.now, version: eb('version', '+', 1),
      queue: change.queue, reject_reason: change.rejectReason, ...(change.resolveReports ? { report_count: 0 } : {}),
      // Only a visible comment can be featured: one that leaves 'approved' loses it for good.
      ...(change.to === 'approved' ? {} : { featured_at: null, featured_by: null }),
    }))
    .where('id', '=', change.id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Closes a comment's open reader reports with the moderator's action. */
export async function resolveReports(db: Db, commentId: string, resolution: string, now: string): Promise<void> {
  await db.updateTable('comment_reports').set({ resolved_at: now, resolution })
    .where('comment_id', '=', commentId).where('resolved_at', 'is', null).execute();
}

/** Approved replies in a thread: what becomes hidden (or shown) with its top-level comment. */
export async function countApprovedReplies(db: Db, threadId: string): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n'))
    .where('thread_id', '=', threadId).where('status', '=', 'approved').where('depth', '>', 0)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * A commenter's recent identical text (same email, same body) since `since`, for duplicate detection,
 * with its status and reject reason: text sent again after it was turned down is told why again.
 */
export async function findRecentDuplicate(db: Db, emailHash: string, bodyHash: string, since: string): Promise<RecentDuplicate | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'article_id', 'status', 'reject_reason'])
    .where('email_hash', '=', emailHash).where('body_hash', '=', bodyHash).where('created_at', '>=', since)
    .executeTakeFirst();
  return row && { id: row.id, articleId: row.article_id, status: row.status, rejectReason: row.reject_reason ?? null };
}

export interface RecentDuplicate { id: string; articleId: string; status: CommentStatus; rejectReason: string | null }
