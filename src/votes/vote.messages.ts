// Reader-facing words of the "Do you like this article?" block and of the page a vote that
// was not counted gets: namespace `votes` of the ICU catalogs (src/i18n/catalogs/<tag>/votes.json).
// Server only: the island (client/vote.ts) gets VoteWords from the block's data attribute.
import { messagesIn, pluralPhrase, t, type Messages } from '../i18n/catalog.ts';
import type { VoteWords } from './vote-text.ts';

export type VoteMessages = Messages<'votes'>;

export function voteMessagesFor(locale: string): VoteMessages {
  return messagesIn(locale, 'votes');
}

const words = new Map<string, VoteWords>();

/** What the result needs, in the page's locale, as data the browser can take (the same object each time). */
export function voteWordsFor(locale: string): VoteWords {
  let found = words.get(locale);
  if (!found) {
    const m = voteMessagesFor(locale);
    found = {
      mine: { yes: t(m, 'youVoted', { choice: m.yes }), no: t(m, 'youVoted', { choice: m.no }) },
      canChange: m.canChange,
      notSent: m.notSent,
      said: { yes: pluralPhrase(locale, 'votes', 'saidYes'), no: pluralPhrase(locale, 'votes', 'saidNo') },
    };
    if (words.size < 200) words.set(locale, found);
  }
  return found;
}
