// Where a reader lands after posting: the page of the thread that shows their comment.
// On a long thread the first page does not hold a reply to a comment on page 3, so the
// answer is the page that starts with that thread (a cursor like any "Older comments" link).
// A visible reply past the replies a thread page shows of one chain (REPLIES_PER_THREAD)
// lands in the reply chain view instead, on a page that starts with it. (A page whose
// reply budget runs out earlier still links to that view: "Show all N replies".)
import type { Db } from '../db/database.ts';
import { articleUrl } from '../lib/urls.ts';
import type { StoredCommentRef } from './comment.queries.ts';
import { findReplyPosition } from './reply-chain.queries.ts';
import { REPLIES_PER_THREAD, TOP_LEVEL_PER_PAGE } from './thread-limits.ts';
import { findPreviousTopLevel, isOnFirstPage } from './thread.queries.ts';
import { chainView, threadQueryString } from './thread-query.ts';

export async function commentLocation(db: Db, article: { id: string; locale: string; slug: string }, comment: StoredCommentRef): Promise<string> {
  const path = articleUrl(article.locale, article.slug);
  // Awaiting moderation: land on the thanks notice, which every reader gets, even one whose
  // browser refuses the cookie that would show them their pending comment.
  if (comment.status === 'pending') return pendingLocation(db, path, article.id, comment);
  const anchor = `#comment-${comment.id}`;
  const topLevel = comment.threadId === comment.id;
  // (Their own pending replies show with the thread's page whatever its cuts.)
  if (!topLevel && comment.status === 'approved') {
    const position = await findReplyPosition(db, { id: comment.id, threadId: comment.threadId }, REPLIES_PER_THREAD);
    if (position && position.before >= REPLIES_PER_THREAD) {
      return `${path}${threadQueryString(chainView(comment.threadId, position.previous))}${anchor}`;
    }
  }
  if (await isOnFirstPage(db, article.id, comment.threadId, TOP_LEVEL_PER_PAGE)) return `${path}${anchor}`;
  const previous = await findPreviousTopLevel(db, article.id, comment.threadId);
  return `${path}${threadQueryString({ order: 'oldest', ...(previous ? { after: previous } : {}) })}${anchor}`;
}

const POSTED_ANCHOR = '#comments-posted';

/** The page that will show the pending comment to its author (the first page for a top-level one), with the notice. */
async function pendingLocation(db: Db, path: string, articleId: string, comment: StoredCommentRef): Promise<string> {
  const posted = { posted: true as const };
  if (comment.threadId === comment.id || (await isOnFirstPage(db, articleId, comment.threadId, TOP_LEVEL_PER_PAGE))) {
    return `${path}${threadQueryString({ order: 'oldest', ...posted })}${POSTED_ANCHOR}`;
  }
  const previous = await findPreviousTopLevel(db, articleId, comment.threadId);
  return `${path}${threadQueryString({ order: 'oldest', ...(previous ? { after: previous } : {}), ...posted })}${POSTED_ANCHOR}`;
}
