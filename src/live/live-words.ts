// The words the live island writes (client/live-comments.ts), with the plural forms already
// chosen for the page's locale: the heading's "N Comments" and the announcement "N new comments".
// One locale for both, so the attribute carries it once (the page budget counts every byte).
import { pluralPhrase } from '../i18n/catalog.ts';
import type { PluralForms } from '../i18n/plural-phrase.ts';

export interface LiveWords { locale: string; count: PluralForms; added: PluralForms }

export function liveWordsFor(locale: string): LiveWords {
  const count = pluralPhrase(locale, 'commentThread', 'commentCount');
  const added = pluralPhrase(locale, 'commentThread', 'liveNewComments');
  return { locale: count.locale, count: count.forms, added: added.forms };
}
