// Which live event, if any, a comment's status change makes (issue 7): readers are told
// about a comment that became visible, and about any other change of the visible count.
// Pure, so the store (src/comments/comment-store.ts) calls it inside its transaction.
import type { CommentStatus, LiveEventKind } from '../db/database.ts';

export interface LiveChange { kind: LiveEventKind; commentId: string }

export function liveChangeOf(
  comment: { id: string; status: CommentStatus; depth: number; rootStatus: CommentStatus },
  to: CommentStatus,
  visibleDelta: number,
): LiveChange | undefined {
  // A reply in a hidden thread stays unseen whatever its own status.
  const shows = comment.depth === 0 || comment.rootStatus === 'approved';
  if (to === 'approved' && comment.status !== 'approved' && shows) return { kind: 'comment', commentId: comment.id };
  // Hidden, rejected, or a whole thread hidden: only the count moves. The id is kept in the
  // log (not on the wire) so a later page could take the comment away.
  if (visibleDelta !== 0) return { kind: 'count', commentId: comment.id };
  return undefined;
}
