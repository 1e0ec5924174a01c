// The moderation modes as the admin forms offer them: the site picks one; a section
// or an article may also "inherit" (stored as null), which effectiveCommentMode
// in src/comments/comment-mode.ts resolves. One list, so every form says the same.
import { COMMENT_MODES, type CommentMode } from '../db/database.ts';

export const COMMENT_MODE_LABEL: Record<CommentMode, string> = {
  pre: 'Pre-moderation',
  post: 'Post-moderation',
  closed: 'Closed',
};

export const COMMENT_MODE_DESCRIPTION: Record<CommentMode, string> = {
  pre: 'Nothing shows until a moderator approves it. The default.',
  post: 'Comments show at once; moderators can remove them later.',
  closed: 'No new comments: the form is replaced by a notice. Existing comments stay visible.',
};

/** The form field that carries a section's or an article's mode. */
export const COMMENT_MODE_FIELD = 'commentMode';

export const COMMENT_MODE_CHOICE_ERROR = 'Choose one of the listed comment settings.';

export function isCommentMode(value: string): value is CommentMode {
  return (COMMENT_MODES as readonly string[]).includes(value);
}

/** '' means inherit (null); anything else must be a mode. */
export function parseCommentModeChoice(raw: string): { ok: true; value: CommentMode | null } | { ok: false } {
  if (raw === '') return { ok: true, value: null };
  return isCommentMode(raw) ? { ok: true, value: raw } : { ok: false };
}

/** Select options: "inherit" first (value ''), then each mode. */
export function commentModeOptions(inheritLabel: string): Array<{ value: string; label: string }> {
  return [{ value: '', label: inheritLabel }, ...COMMENT_MODES.map((mode) => ({ value: mode, label: COMMENT_MODE_LABEL[mode] }))];
}
