// Reader-facing strings of the comment thread (heading, items, sort switch, pages, notices):
// namespace `commentThread` of the ICU catalogs (src/i18n/catalogs/<tag>/commentThread.json).
import { messagesIn, type Messages } from '../i18n/catalog.ts';

export type CommentThreadMessages = Messages<'commentThread'>;

/** The thread's strings for a BCP 47 tag: exact tag, then its language, then English, key by key. */
export function commentThreadMessagesFor(locale: string): CommentThreadMessages {
  return messagesIn(locale, 'commentThread');
}
