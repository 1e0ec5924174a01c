// What a comment submission carries, read from the form (or JSON) and checked field by
// field. Text is kept as the reader typed it: control characters are already gone (the
// app strips them on arrival), line endings become \n and text is NFC-normalised, nothing
// else. Limits come from comment-limits.ts, counted as the browser counter counts
// (remainingCharacters: the shared grapheme count, guarded against slow floods).
import { countGraphemes } from '../lib/graphemes.ts';
import { COMMENT_MAX_BYTES, COMMENT_MAX_GRAPHEMES, EMAIL_MAX_LENGTH, NAME_MAX_GRAPHEMES } from './comment-limits.ts';
import type { CommentFormField, CommentFormValues } from './CommentForm.tsx';
import { t } from '../i18n/catalog.ts';
import { commentFormMessagesFor, tooLongMessage } from './comment-form.messages.ts';
import { remainingCharacters } from './comment-counter.ts';

export interface CommentSubmission {
  values: CommentFormValues;
  token: string;
  /** The comment being answered ('' for a top-level comment). */
  parentId: string;
  /** The honeypot: people leave it empty. */
  website: string;
}

/** A field's string value as sent (the first of repeated ones; '' when absent or not text). */
function sent(body: unknown, name: string): string {
  const value = body && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
}

/**
 * More than 30 combining marks in a row: Unicode's Stream-Safe Text Format (UAX #15) allows
 * no more, no language needs more, and normalising such runs takes quadratic time (one
 * letter with 60,000 marks: over a second). Written so the match never backtracks.
 */
const STACKED_MARKS = /(?:^|\P{M})\p{M}{31}/u;

export function hasStackedMarks(text: string): boolean {
  return STACKED_MARKS.test(text);
}

/** Text as typed, with one kind of line ending and one Unicode normal form (NFC). */
export function normaliseText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n');
  // Stacked marks are refused below; they are left as they are rather than slowly normalised.
  return hasStackedMarks(lines) ? lines : lines.normalize('NFC');
}

// Explicit bidi embeddings, overrides and isolates: in a name they only serve to make it
// display as something else ("Trojan Source" spoofing); dir="auto" and <bdi> isolate names anyway.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** A name on one line, without bidi controls, trimmed. */
export function normaliseName(name: string): string {
  return normaliseText(name).replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ').trim();
}

export function readCommentSubmission(body: unknown): CommentSubmission {
  return {
    values: { name: normaliseName(sent(body, 'name')), email: sent(body, 'email').trim(), body: normaliseText(sent(body, 'body')) },
    token: sent(body, 'token').trim(),
    parentId: sent(body, 'parent_id').trim(),
    website: sent(body, 'website'),
  };
}

/**
 * A plausible address: one @, no spaces or characters that only quoted local parts may
 * hold, a dotted domain without empty labels. Whether it receives mail is not our question.
 */
export function isPlausibleEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at < 1 || at !== email.indexOf('@')) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || /[\s<>()[\]\\,;:"]/u.test(email)) return false;
  if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0 && label.length <= 63 && !label.startsWith('-') && !label.endsWith('-'));
}

/** Only letters and marks count as a name or a comment: blanks and invisible characters do not. */
const HAS_CONTENT = /[^\s\p{Cf}\p{Z}]/u;

export type FieldErrors = Partial<Record<CommentFormField, string>>;

export interface FieldCheck {
  errors: FieldErrors;
  /** The body is over the character limit or the byte cap (code comment_too_long). */
  tooLong: boolean;
}

function checkBody(body: string, locale: string): { error?: string; tooLong: boolean } {
  const m = commentFormMessagesFor(locale);
  if (!HAS_CONTENT.test(body)) return { error: m.bodyMissing, tooLong: false };
  // Bytes first: counting graphemes of a huge pile of combining marks is the costlier check.
  const bytes = Buffer.byteLength(body, 'utf8');
  if (bytes > COMMENT_MAX_BYTES) {
    const size = Math.ceil(bytes / 1024);
    return { error: t(m, 'bodyTooManyBytes', { size, max: COMMENT_MAX_BYTES / 1024 }), tooLong: true };
  }
  if (hasStackedMarks(body)) return { error: m.bodyStackedMarks, tooLong: false };
  const { remaining, exact } = remainingCharacters(body, COMMENT_MAX_GRAPHEMES);
  if (remaining < 0) return { error: tooLongMessage(locale, -remaining, COMMENT_MAX_GRAPHEMES, exact), tooLong: true };
  return { tooLong: false };
}

export function checkFields(values: CommentFormValues, locale: string): FieldCheck {
  const m = commentFormMessagesFor(locale);
  const errors: FieldErrors = {};
  if (!HAS_CONTENT.test(values.name)) errors.name = m.nameMissing;
  else if (hasStackedMarks(values.name)) errors.name = m.nameStackedMarks;
  // A long pile of code units is too long however it clusters; no need to segment it all.
  else if (values.name.length > NAME_MAX_GRAPHEMES * 64 || countGraphemes(values.name) > NAME_MAX_GRAPHEMES) errors.name = t(m, 'nameTooLong', { max: NAME_MAX_GRAPHEMES });
  if (values.email === '') errors.email = m.emailMissing;
  else if (values.email.length > EMAIL_MAX_LENGTH) errors.email = t(m, 'emailTooLong', { max: EMAIL_MAX_LENGTH });
  else if (!isPlausibleEmail(values.email)) errors.email = m.emailInvalid;
  const body = checkBody(values.body, locale);
  if (body.error) errors.body = body.error;
  return { errors, tooLong: body.tooLong };
}
