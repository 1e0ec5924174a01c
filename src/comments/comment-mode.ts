// Which moderation mode applies to an article's comments right now: the article's
// own setting, else its section's, else the site's; and an open thread closes by
// itself N days after publication when the site says so.
import type { CommentMode } from '../db/database.ts';

export interface CommentModeInputs {
  site: { commentMode: CommentMode; commentsCloseAfterDays: number | null };
  section: CommentMode | null;
  article: CommentMode | null;
  publishedAt: string;
}

export interface EffectiveCommentMode {
  mode: CommentMode;
  /** Closed by the time limit rather than by an editor's choice. */
  autoClosed: boolean;
  /** When an open thread will close by itself (ISO), so cached pages can expire then. */
  closesAt: string | null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function effectiveCommentMode(inputs: CommentModeInputs, now: Date): EffectiveCommentMode {
  const chosen = inputs.article ?? inputs.section ?? inputs.site.commentMode;
  if (chosen === 'closed' || inputs.site.commentsCloseAfterDays === null) return { mode: chosen, autoClosed: false, closesAt: null };
  const closesAt = new Date(Date.parse(inputs.publishedAt) + inputs.site.commentsCloseAfterDays * DAY_MS);
  if (now.getTime() >= closesAt.getTime()) return { mode: 'closed', autoClosed: true, closesAt: null };
  return { mode: chosen, autoClosed: false, closesAt: closesAt.toISOString() };
}
