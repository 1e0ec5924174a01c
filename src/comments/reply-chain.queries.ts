// Reading one top-level comment's reply chain for the reply chain view (?comments_thread=),
// and the few lookups the thread pages need about replies they do not show. Each query is
// bounded to one chain (or to ids already in hand) and walks comments_thread_idx or the
// primary key. Only the columns readers may see are selected.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { PUBLIC_COLUMNS, toThreadComment, type PageAnchor, type ThreadCommentRow } from './thread.queries.ts';

/** The approved top-level comment a chain view shows, or undefined (unknown, a reply, another article, not visible). */
export async function findChainRoot(db: Db, articleId: string, id: string): Promise<ThreadCommentRow | undefined> {
  const row = await db.selectFrom('comments').select(PUBLIC_COLUMNS)
    .where('id', '=', id).where('article_id', '=', articleId).where('status', '=', 'approved').where('depth', '=', 0)
    .executeTakeFirst();
  return row && toThreadComment(row);
}

/** The reply of this chain a chain page starts after (any status: a link stays valid when the reply is moderated later). */
export async function findReplyAnchor(db: Db, rootId: string, id: string): Promise<PageAnchor | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'created_at'])
    .where('id', '=', id).where('thread_id', '=', rootId).where('depth', '>', 0)
    .executeTakeFirst();
  return row && { id: row.id, createdAt: row.created_at };
}

/**
 * Approved replies of one chain after the anchor, oldest first, at most `limit`. The cursor is
 * written as a range on created_at (then id for ties), so both engines start the walk of
 * comments_thread_idx at the anchor instead of reading the chain from its start on every page.
 */
export function chainRepliesQuery(db: Db, rootId: string, page: { after?: PageAnchor; limit: number }) {
  let query = db.selectFrom('comments').select(PUBLIC_COLUMNS)
    .where('thread_id', '=', rootId).where('status', '=', 'approved').where('depth', '>', 0);
  if (page.after) {
    const { createdAt, id } = page.after;
    query = query.where('created_at', '>=', createdAt)
      .where((eb) => eb.or([eb('created_at', '>', createdAt), eb('id', '>', id)]));
  }
  return query.orderBy('created_at').orderBy('id').limit(page.limit);
}

export async function listChainReplies(db: Db, rootId: string, page: { after?: PageAnchor; limit: number }): Promise<ThreadCommentRow[]> {
  return (await chainRepliesQuery(db, rootId, page).execute()).map(toThreadComment);
}

/**
 * Approved replies per chain, for the chains a page cuts short ("Show all N replies").
 * Counts the approved rows of each chain on comments_thread_idx alone (no table reads) and
 * takes one off for the top-level comment itself: callers pass approved top-level comments only.
 */
export async function countChainReplies(db: Db, rootIds: readonly string[]): Promise<Map<string, number>> {
  if (rootIds.length === 0) return new Map();
  const rows = await db.selectFrom('comments').select(['thread_id', sql<number | string>`count(*)`.as('n')])
    .where('thread_id', 'in', rootIds).where('status', '=', 'approved')
    .groupBy('thread_id').execute();
  return new Map(rows.map((row) => [row.thread_id, Math.max(0, Number(row.n) - 1)]));
}

/** The names of those comments that readers can see (approved), by id: parents of replies shown on a page they are not on. */
export async function findVisibleNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('comments').select(['id', 'author_name'])
    .where('id', 'in', ids).where('status', '=', 'approved').execute();
  return new Map(rows.map((row) => [row.id, row.author_name]));
}

/**
 * Where a reply sits in its chain: how many approved replies came before it (counted up to
 * `cap`) and the one right before it (where a chain page showing it first starts).
 * Undefined when the chain is not shown at all (its top-level comment is not approved).
 */
export async function findReplyPosition(db: Db, reply: { id: string; threadId: string }, cap: number): Promise<{ before: number; previous?: string } | undefined> {
  const self = await db.selectFrom('comments as c').innerJoin('comments as root', 'root.id', 'c.thread_id').select(['c.created_at'])
    .where('c.id', '=', reply.id).where('root.id', '=', reply.threadId).where('root.status', '=', 'approved')
    .executeTakeFirst();
  if (!self) return undefined;
  const earlier = db.selectFrom('comments').select('id')
    .where('thread_id', '=', reply.threadId).where('status', '=', 'approved').where('depth', '>', 0)
    .where('created_at', '<=', self.created_at)
    .where((eb) => eb.or([eb('created_at', '<', self.created_at), eb('id', '<', reply.id)]))
    .orderBy('created_at', 'desc').orderBy('id', 'desc');
  const [counted, previous] = await Promise.all([
    db.selectFrom(earlier.limit(cap).as('e')).select(sql<number | string>`count(*)`.as('n')).executeTakeFirstOrThrow(),
    earlier.limit(1).executeTakeFirst(),
  ]);
  return { before: Number(counted.n), ...(previous ? { previous: previous.id } : {}) };
}
