// Lookups the comment submission needs beyond storing (comment.queries.ts): the comment
// a reply answers. Only comments readers can see may be answered.
import type { Db } from '../db/database.ts';
import { VISIBLE_STATUS } from './comment-store.ts';

export interface ReplyTarget { id: string; threadId: string; depth: number; authorName: string }

/** A visible comment of this article, or undefined (unknown id, another article, not approved). */
export async function findReplyTarget(db: Db, articleId: string, commentId: string): Promise<ReplyTarget | undefined> {
  const row = await db.selectFrom('comments')
    .select(['id', 'thread_id', 'depth', 'author_name'])
    .where('id', '=', commentId).where('article_id', '=', articleId).where('status', '=', VISIBLE_STATUS)
    .executeTakeFirst();
  return row && { id: row.id, threadId: row.thread_id, depth: Number(row.depth), authorName: row.author_name };
}
