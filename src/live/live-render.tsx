// A comment that just became visible, as the thread on the article page renders it
// (the same CommentItem, in the article's locale, with the links the default view
// gives it), so the island can put the HTML straight into the page. Rendered once per
// event and node, whoever is listening. Everything reader-written is escaped by preact.
import { renderToString } from 'preact-render-to-string';
import { CommentItem, type ItemContext } from '../comments/CommentItem.tsx';
import { commentThreadMessagesFor } from '../comments/comment-thread.messages.ts';
import type { ThreadCommentRow } from '../comments/thread.queries.ts';
import { MAX_INDENT, type ThreadNode } from '../comments/thread-tree.ts';
import { articleUrl } from '../lib/urls.ts';
import type { LiveArticle, LiveComment } from './live-events.queries.ts';

/** Readers see it now: approved, in a thread whose top-level comment is approved. */
export function isVisible(comment: LiveComment): boolean {
  return comment.status === 'approved' && comment.rootStatus === 'approved';
}

function nodeOf(comment: LiveComment): ThreadNode<ThreadCommentRow> {
  const row: ThreadCommentRow = {
    id: comment.id, parentId: comment.parentId, threadId: comment.threadId, depth: comment.depth, authorName: comment.authorName,
    body: comment.body, createdAt: comment.createdAt, status: comment.status, ...(comment.featured ? { featured: true } : {}),
  };
  // As thread-tree.ts does: past MAX_INDENT a reply is listed at that level and says whom it answers.
  const deep = comment.depth > MAX_INDENT && comment.parentId !== null;
  return {
    comment: row, level: Math.min(comment.depth, MAX_INDENT), replies: [],
    ...(deep ? { inReplyTo: comment.parentName === null ? 'removed' as const : { id: comment.parentId!, name: comment.parentName } } : {}),
  };
}

/** The `<li>` the thread would show for this comment (its replies, if any, come with the next page load). */
export function renderLiveComment(article: LiveArticle, comment: LiveComment, open: boolean): string {
  const ctx: ItemContext = {
    locale: article.locale, messages: commentThreadMessagesFor(article.locale), view: { order: 'oldest' }, open,
    truncated: new Map(), articlePath: articleUrl(article.locale, article.slug),
  };
  return renderToString(<CommentItem node={nodeOf(comment)} ctx={ctx} />);
}
