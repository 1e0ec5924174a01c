// Lookups the comment submission needs beyond storing (comment.queries.ts): the comment
// a reply answers. Only comments readers can see may be answered.
import type { Db } from '../db/database.ts';
import { VISIBLE_STATUS } from './comment-store.ts';

export interface ReplyTarget { id: string; threadId: string; depth: number; authorName: string }

/**
 * A visible comment of this article in a visible thread, or undefined (unknown id, another
 * article, not approved, or its top-level comment is hidden: nobody could read the reply).
 */
export async function findReplyTarget(db: Db, articleId: string, commentId: string): Promise<ReplyTarget | undefined> {
  const row = await db.selectFrom('comments')
    .innerJoin('comments as root', 'root.id', 'comments.thread_id')
    .select(['comments.id', 'comments.thread_id', 'comments.depth', 'comments.author_name'])
    .where('comments.id', '=', commentId).where('comments.article_id', '=', articleId)
    .where('comments.status', '=', VISIBLE_STATUS).where('root.status', '=', VISIBLE_STATUS)
    .executeTakeFirst();
  return row && { id: row.id, threadId: row.thread_id, depth: Number(row.depth), authorName: row.author_name };
}
