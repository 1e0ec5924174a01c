// What the keyboard island (client/moderation-queue.ts) says and writes, from finished
// strings the server put in the page in the admin's language (`data-messages` on
// ol#moderation-queue, made by queueIslandMessages()). Pure, and imports only
// plural-phrase.ts: the island bundles this file, never the catalogs or intl-messageformat.
import { formatNumberIn, pluralPhraseText, type PluralPhrase } from '../i18n/plural-phrase.ts';

/** The moves the keys make (a approve, s spam, r + Enter reject). */
export type KeyAction = 'approved' | 'spam' | 'rejected';

export interface QueueIslandMessages {
  /** The Intl tag the page writes its numbers with (the tab counts). */
  locale: string;
  /** A tab's text: "{tab} ({count})". */
  tab: string;
  /** The comment stays on this tab: "Comment approved." */
  done: Record<KeyAction, string>;
  /** The comment left the page: "Comment by {author} approved." */
  doneBy: Record<KeyAction, string>;
  /** What is left on the page: "3 left on this page." / "No more comments on this page." */
  left: PluralPhrase;
  /** An answer without a message of its own. */
  gone: string;
}

/** `{name}` placeholders filled in; an unknown one stays visible rather than vanishing. */
export function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The announcement after a comment left the page: who wrote it, what was done, how many are left. */
export function leftPageText(m: QueueIslandMessages, to: KeyAction, author: string | undefined, left: number): string {
  const done = author ? fillIn(m.doneBy[to], { author }) : m.done[to];
  return `${done} ${pluralPhraseText(m.left, left)}`;
}

/** A tab's text for a count, numbers written the page's way ("Ожидающие (1 204)"). */
export function tabText(m: QueueIslandMessages, label: string, count: number): string {
  return fillIn(m.tab, { tab: label, count: formatNumberIn(m.locale, count) });
}

/** The messages from the list's data attribute, or undefined when they cannot be read. */
export function readQueueIslandMessages(json: string | undefined): QueueIslandMessages | undefined {
  try {
    const m = JSON.parse(json ?? '') as QueueIslandMessages;
    return typeof m.tab === 'string' && m.left && m.done && m.doneBy ? m : undefined;
  } catch {
    return undefined;
  }
}
