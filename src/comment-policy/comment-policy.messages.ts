// Reader-facing strings of the Comment Policy page, and the policy readers see until the
// newsroom writes its own (Markdown, rendered like an article body): namespace
// `commentPolicy` of the ICU catalogs (src/i18n/catalogs/<tag>/commentPolicy.json).
import { messagesIn, type Messages } from '../i18n/catalog.ts';

export type CommentPolicyMessages = Messages<'commentPolicy'>;

export function commentPolicyMessagesFor(locale: string): CommentPolicyMessages {
  return messagesIn(locale, 'commentPolicy');
}
