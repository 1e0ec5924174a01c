// The page chrome's strings (namespace `common`): skip link, navigation, bylines, listings,
// pagination, the not-found page. The text lives in src/i18n/catalogs/<tag>/common.json
// (ICU MessageFormat; English complete, Russian complete, others partial): add a string
// there, in en and ru at least, never here. See CONTEXT.md.
import { messagesIn, t, type MessageKey as KeyIn, type Messages as MessagesIn } from './catalog.ts';

export type MessageKey = KeyIn<'common'>;
export type Messages = MessagesIn<'common'>;

/** The chrome's strings for a BCP 47 tag: exact tag, then its language, then English, key by key. */
export function messagesFor(locale: string): Messages {
  return messagesIn(locale, 'common');
}

export { t };
