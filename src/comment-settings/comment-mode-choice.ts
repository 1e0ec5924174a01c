// The moderation modes as the admin forms offer them: the site picks one; a section
// or an article may also "inherit" (stored as null), which effectiveCommentMode
// in src/comments/comment-mode.ts resolves. One list, so every form says the same.
import { COMMENT_MODES, type CommentMode } from '../db/database.ts';
import type { MessageKey, Messages } from '../i18n/catalog.ts';

/** Each mode's name and description in the adminSettings catalog. */
export const COMMENT_MODE_LABEL: Record<CommentMode, MessageKey<'adminSettings'>> = {
  pre: 'commentModePre',
  post: 'commentModePost',
  closed: 'commentModeClosed',
};

export const COMMENT_MODE_DESCRIPTION: Record<CommentMode, MessageKey<'adminSettings'>> = {
  pre: 'commentModePreHint',
  post: 'commentModePostHint',
  closed: 'commentModeClosedHint',
};

/** The form field that carries a section's or an article's mode. */
export const COMMENT_MODE_FIELD = 'commentMode';

export function isCommentMode(value: string): value is CommentMode {
  return (COMMENT_MODES as readonly string[]).includes(value);
}

/** '' means inherit (null); anything else must be a mode. */
export function parseCommentModeChoice(raw: string): { ok: true; value: CommentMode | null } | { ok: false } {
  if (raw === '') return { ok: true, value: null };
  return isCommentMode(raw) ? { ok: true, value: raw } : { ok: false };
}

/** Select options: "inherit" first (value ''), then each mode, in the admin's language. */
export function commentModeOptions(inheritLabel: string, m: Messages<'adminSettings'>): Array<{ value: string; label: string }> {
  return [{ value: '', label: inheritLabel }, ...COMMENT_MODES.map((mode) => ({ value: mode, label: m[COMMENT_MODE_LABEL[mode]] }))];
}
