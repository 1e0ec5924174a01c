// Reader-facing strings of the comment form and of submitting a comment: namespace
// `commentForm` of the ICU catalogs (src/i18n/catalogs/<tag>/commentForm.json). This file
// only names the phrases the rest of the code builds from them; the text is in the JSON.
import { messagesIn, pluralPhrase, t, writtenIn, type Messages } from '../i18n/catalog.ts';
import { formatDateTime, formatTagOf } from '../i18n/locale-format.ts';
import type { RejectReason } from '../moderation/reject-reasons.ts';
import type { CounterMessages } from './comment-counter.ts';

export type CommentFormMessages = Messages<'commentForm'>;

/** The form's strings for a locale: exact tag, then its language, then English, key by key. */
export function commentFormMessagesFor(locale: string): CommentFormMessages {
  return messagesIn(locale, 'commentForm');
}

/** "Your comment was not published: it appears to contain profanity. …" (no reason recorded: the policy in general). */
export function rejectedMessage(locale: string, reason: RejectReason | null): string {
  return t(commentFormMessagesFor(locale), 'rejected', { reason: reason ?? 'other' });
}

/** A banned commenter: until when (dated in the language the sentence is written in, UTC), or until further notice. */
export function bannedMessage(locale: string, until: string | null): string {
  const m = commentFormMessagesFor(locale);
  return until === null ? m.bannedIndefinitely : t(m, 'banned', { until: formatDateTime(writtenIn(m, 'banned'), until) });
}

/** "You can post again in 3 minutes" (a minute or more) or "… in 40 seconds". */
export function retryMessage(locale: string, retryAfterSeconds: number): string {
  const m = commentFormMessagesFor(locale);
  if (retryAfterSeconds >= 60) return t(m, 'retryMinutes', { minutes: Math.ceil(retryAfterSeconds / 60) });
  return t(m, 'retrySeconds', { seconds: Math.max(1, retryAfterSeconds) });
}

/**
 * "Your comment is 1,501 characters too long. Please shorten it to 1,500 characters or fewer."
 * A long flood past the limit is measured by a lower bound (comment-counter.ts): "at least".
 */
export function tooLongMessage(locale: string, over: number, limit: number, exact = true): string {
  return t(commentFormMessagesFor(locale), exact ? 'bodyTooLong' : 'bodyFarTooLong', { over, limit });
}

const counterWords = new Map<string, CounterMessages>();

/** The counter island's words for a locale (carried on the form as JSON): plural forms already chosen. */
export function counterMessagesFor(locale: string): CounterMessages {
  let words = counterWords.get(locale);
  if (!words) {
    const m = commentFormMessagesFor(locale);
    words = {
      locale: formatTagOf(locale),
      left: pluralPhrase(locale, 'commentForm', 'charactersLeft'),
      over: pluralPhrase(locale, 'commentForm', 'charactersOver'),
      tooLong: pluralPhrase(locale, 'commentForm', 'bodyTooLong'),
      // The island splits this at `{name}` to isolate the name in a <bdi>, as the server view does.
      replyingTo: t(m, 'replyingTo', { name: '{name}' }),
      cancelReply: m.cancelReply,
    };
    if (counterWords.size < 200) counterWords.set(locale, words);
  }
  return words;
}
