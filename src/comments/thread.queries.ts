// Reading a thread for the public article page. Every query is bounded and walks an
// index (see the engagement migration), so the first page of a 10,000-comment thread
// costs what a 10-comment one does: no COUNT (the count is article_counters), no scan.
// Only the columns readers may see are selected: never author_email, email_hash,
// ip_hash or reader_id.
import type { SelectQueryBuilder } from 'kysely';
import type { CommentStatus, DB, Db } from '../db/database.ts';
import { reusableQuery } from '../public/reusable-query.ts';

export interface ThreadCommentRow {
  id: string;
  parentId: string | null;
  threadId: string;
  depth: number;
  authorName: string;
  body: string;
  createdAt: string;
  status: CommentStatus;
  /** A moderator featured it (comments.featured_at is set): the page marks it. */
  featured?: boolean;
}

export type ThreadOrder = 'oldest' | 'newest';

/** Where a page of top-level comments starts: after this comment, in the page's order. */
export interface PageAnchor { id: string; createdAt: string }

export const PUBLIC_COLUMNS = ['id', 'parent_id', 'thread_id', 'depth', 'author_name', 'body', 'created_at', 'status', 'featured_at'] as const;

export type Row = {
  id: string; parent_id: string | null; thread_id: string; depth: number; author_name: string; body: string; created_at: string;
  status: CommentStatus; featured_at: string | null;
};

export function toThreadComment(row: Row): ThreadCommentRow {
  return {
    id: row.id, parentId: row.parent_id, threadId: row.thread_id, depth: Number(row.depth), authorName: row.author_name,
    body: row.body, createdAt: row.created_at, status: row.status, ...(row.featured_at ? { featured: true } : {}),
  };
}

/** At most this many featured comments head the thread. */
export const FEATURED_LIMIT = 3;

/**
 * The article's featured comments that readers can see (approved, in a chain whose top-level
 * comment is approved), most recently featured first: one statement walking
 * comments_featured_idx (article_id, featured_at) from the newest feature.
 */
const featuredQuery = reusableQuery((db: Db, articleId: string, limit: number) => db.selectFrom('comments as c')
  .innerJoin('comments as root', 'root.id', 'c.thread_id')
  .select(['c.id', 'c.parent_id', 'c.thread_id', 'c.depth', 'c.author_name', 'c.body', 'c.created_at', 'c.status', 'c.featured_at'])
  .where('c.article_id', '=', articleId).where('c.featured_at', 'is not', null).where('c.status', '=', 'approved')
  .where('root.status', '=', 'approved')
  .orderBy('c.featured_at', 'desc').orderBy('c.id', 'desc').limit(limit));

export async function listFeaturedComments(db: Db, articleId: string, limit: number): Promise<ThreadCommentRow[]> {
  return (await featuredQuery(db, articleId, limit)).map(toThreadComment);
}

/**
 * Approved top-level comments of an article, `limit` of them after the anchor, in order.
 * Walks comments_top_level_idx (article_id, status, depth, created_at, id) from the anchor
 * (exported as a builder so a test can check the plan).
 */
export function topLevelPageQuery(db: Db, articleId: string, page: { order: ThreadOrder; after?: PageAnchor; limit: number }) {
  const direction = page.order === 'oldest' ? 'asc' : 'desc';
  let query = db.selectFrom('comments').select(PUBLIC_COLUMNS)
    .where('article_id', '=', articleId).where('status', '=', 'approved').where('depth', '=', 0);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where((eb) => eb(eb.refTuple('created_at', 'id'), page.order === 'oldest' ? '>' : '<', eb.tuple(createdAt, id)));
  }
  return query.orderBy('created_at', direction).orderBy('id', direction).limit(page.limit);
}

// Every article page that misses the cache runs one of these four shapes: compiled once each.
const firstPage = {
  oldest: reusableQuery((db: Db, articleId: string, limit: number) => topLevelPageQuery(db, articleId, { order: 'oldest', limit })),
  newest: reusableQuery((db: Db, articleId: string, limit: number) => topLevelPageQuery(db, articleId, { order: 'newest', limit })),
};
const laterPage = {
  oldest: reusableQuery((db: Db, articleId: string, createdAt: string, id: string, limit: number) =>
    topLevelPageQuery(db, articleId, { order: 'oldest', after: { createdAt, id }, limit })),
  newest: reusableQuery((db: Db, articleId: string, createdAt: string, id: string, limit: number) =>
    topLevelPageQuery(db, articleId, { order: 'newest', after: { createdAt, id }, limit })),
};

export async function listTopLevelPage(db: Db, articleId: string, page: { order: ThreadOrder; after?: PageAnchor; limit: number }): Promise<ThreadCommentRow[]> {
  const rows = page.after
    ? await laterPage[page.order](db, articleId, page.after.createdAt, page.after.id, page.limit)
    : await firstPage[page.order](db, articleId, page.limit);
  return rows.map(toThreadComment);
}

/** The top-level comment a page link starts after (any status: a link stays valid when it is moderated later). */
export async function findPageAnchor(db: Db, articleId: string, id: string): Promise<PageAnchor | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'created_at'])
    .where('id', '=', id).where('article_id', '=', articleId).where('depth', '=', 0)
    .executeTakeFirst();
  return row && { id: row.id, createdAt: row.created_at };
}

export interface ReplyTarget { id: string; threadId: string; depth: number; authorName: string }

/**
 * A visible comment of this article that a reader may answer: approved, and so is the
 * top-level comment of its chain (replies under a removed top-level comment are hidden,
 * so a crafted reply_to must not open a form into them).
 */
export async function findReplyTarget(db: Db, articleId: string, id: string): Promise<ReplyTarget | undefined> {
  const row = await db.selectFrom('comments as c').innerJoin('comments as root', 'root.id', 'c.thread_id')
    .select(['c.id', 'c.author_name', 'c.thread_id', 'c.depth'])
    .where('c.id', '=', id).where('c.article_id', '=', articleId).where('c.status', '=', 'approved')
    .where('root.article_id', '=', articleId).where('root.status', '=', 'approved').where('root.depth', '=', 0)
    .executeTakeFirst();
  return row && { id: row.id, authorName: row.author_name, threadId: row.thread_id, depth: Number(row.depth) };
}

function repliesOfThread(db: Db, threadId: string, limit: number): SelectQueryBuilder<DB, 'comments', Row> {
  return db.selectFrom('comments').select(PUBLIC_COLUMNS)
    .where('thread_id', '=', threadId).where('status', '=', 'approved').where('depth', '>', 0)
    .orderBy('created_at').orderBy('id').limit(limit);
}

/**
 * Approved replies of these threads, the oldest `perThread` of each: one statement of
 * per-thread slices (UNION ALL), each walking comments_thread_idx, so one huge thread
 * costs `perThread` rows, not its size.
 */
export function repliesQuery(db: Db, threadIds: readonly string[], perThread: number) {
  // SQLite allows LIMIT in a compound member only inside a subquery, hence the wrapping.
  const slices = threadIds.map((id, i) => db.selectFrom(repliesOfThread(db, id, perThread).as(`t${i}`)).selectAll());
  const [first, ...rest] = slices;
  if (!first) return undefined;
  return rest.reduce((all, slice) => all.unionAll(slice), first);
}

/**
 * All approved replies of these threads in one walk of comments_thread_idx, at most `limit` rows.
 * Cheap (one statement, one IN list); complete when fewer than `limit` rows come back.
 */
export function repliesInListQuery(db: Db, threadIds: readonly string[], limit: number) {
  return db.selectFrom('comments').select(PUBLIC_COLUMNS)
    .where('thread_id', 'in', threadIds).where('status', '=', 'approved').where('depth', '>', 0)
    .orderBy('thread_id').orderBy('created_at').orderBy('id').limit(limit);
}

type RepliesInList = (db: Db, threadIds: readonly string[], limit: number) => Promise<Row[]>;
const repliesInListBySize = new Map<number, RepliesInList>();

/** One compiled statement per IN-list length (a page has at most TOP_LEVEL_PER_PAGE threads). */
function repliesInList(size: number): RepliesInList {
  let query = repliesInListBySize.get(size);
  if (!query) {
    const compiled = reusableQuery((db: Db, limit: number, ...ids: string[]) => repliesInListQuery(db, ids, limit));
    query = (db, threadIds, limit) => compiled(db, limit, ...threadIds);
    if (repliesInListBySize.size < 100) repliesInListBySize.set(size, query);
  }
  return query;
}

/**
 * Approved replies of these threads: every reply when they number fewer than `budget`, else
 * the oldest `perThread` of each (so one huge thread cannot crowd out the others). The first,
 * common case is one cheap statement; the per-thread slices (a 20-member UNION ALL costs about
 * ten times as much) only run when the budget is exceeded. Either way the rows read are bounded.
 */
export async function listReplies(db: Db, threadIds: readonly string[], perThread: number, budget = 500): Promise<ThreadCommentRow[]> {
  if (threadIds.length === 0) return [];
  const all = await repliesInList(threadIds.length)(db, threadIds, budget + 1);
  if (all.length <= budget) return all.map(toThreadComment);
  const query = repliesQuery(db, threadIds, perThread);
  return query ? (await query.execute()).map(toThreadComment) : [];
}

/** This reader's comments on this article that await moderation (their private render only). */
export async function listOwnPending(db: Db, articleId: string, readerId: string, limit: number): Promise<ThreadCommentRow[]> {
  const rows = await db.selectFrom('comments').select(PUBLIC_COLUMNS)
    .where('reader_id', '=', readerId).where('article_id', '=', articleId).where('status', '=', 'pending')
    .orderBy('created_at').orderBy('id').limit(limit)
    .execute();
  return rows.map(toThreadComment);
}

/** The approved top-level comment just before this one (oldest first), where a page showing it first starts. */
export async function findPreviousTopLevel(db: Db, articleId: string, id: string): Promise<string | undefined> {
  const anchor = await findPageAnchor(db, articleId, id);
  if (!anchor) return undefined;
  const row = await db.selectFrom('comments').select('id')
    .where('article_id', '=', articleId).where('status', '=', 'approved').where('depth', '=', 0)
    .where((eb) => eb(eb.refTuple('created_at', 'id'), '<', eb.tuple(anchor.createdAt, anchor.id)))
    .orderBy('created_at', 'desc').orderBy('id', 'desc').limit(1)
    .executeTakeFirst();
  return row?.id;
}

/** Whether this top-level comment is on the first page, oldest first. */
export async function isOnFirstPage(db: Db, articleId: string, id: string, pageSize: number): Promise<boolean> {
  const rows = await topLevelPageQuery(db, articleId, { order: 'oldest', limit: pageSize }).execute();
  return rows.some((row) => row.id === id);
}
