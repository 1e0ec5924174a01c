// What the live comment counter shows and says. Pure and dependency-free apart from the
// shared grapheme count, so the server renders the same "1500 / 1500" the browser island
// (client/comments.ts) then keeps up to date, and tests can pin both.
import { remainingGraphemes } from '../lib/graphemes.ts';
import { graphemeFloor } from './grapheme-floor.ts';
import { pluralPhraseText, type PluralPhrase } from '../i18n/plural-phrase.ts';

export interface CounterState {
  /** Characters left (negative past the limit). */
  remaining: number;
  over: boolean;
  /** False for a long text far past the limit: `remaining` is then an upper bound, not exact. */
  exact: boolean;
  /** What the counter shows: "1500 / 1500", "-3 / 1500". */
  display: string;
}

/**
 * Past this length (UTF-16 units) a text is first measured with graphemeFloor, one cheap pass:
 * a flood far past the limit needs no exact count (countGraphemes is linear but not free,
 * ~0.6 µs a letter). 1,500 family emoji take 16,500 units, so real comments are always exact.
 */
export const EXACT_COUNT_MAX_UNITS = 20_000;

/** Characters left by the one shared count (remainingGraphemes), except for floods far past the limit. */
export function remainingCharacters(text: string, limit: number): { remaining: number; exact: boolean } {
  if (text.length > EXACT_COUNT_MAX_UNITS) {
    const floor = graphemeFloor(text);
    if (floor > limit) return { remaining: limit - floor, exact: false };
  }
  return { remaining: remainingGraphemes(text, limit), exact: true };
}

/**
 * The state of the counter; `formatTag` (the page's, CounterMessages.locale) writes the numbers
 * in the page's digits ("۱۵۰۰ / ۱۵۰۰" on a Dari page). Without one they are plain ASCII digits.
 */
export function counterState(text: string, limit: number, formatTag?: string): CounterState {
  const { remaining, exact } = remainingCharacters(text, limit);
  return { remaining, over: remaining < 0, exact, display: counterDisplay(remaining, limit, formatTag) };
}

const counterNumbers = new Map<string, Intl.NumberFormat>();

/** "1500 / 1500", "-3 / 1500": ungrouped, like a counter, in the digits of `formatTag` when given. */
export function counterDisplay(remaining: number, limit: number, formatTag?: string): string {
  if (!formatTag) return `${remaining} / ${limit}`;
  let format = counterNumbers.get(formatTag);
  if (!format) {
    try {
      format = new Intl.NumberFormat(formatTag, { useGrouping: false });
    } catch {
      return `${remaining} / ${limit}`;
    }
    if (counterNumbers.size < 50) counterNumbers.set(formatTag, format);
  }
  return `${format.format(remaining)} / ${format.format(limit)}`;
}

/**
 * The words the island needs in the page's locale: plural forms travel as data, not code,
 * each with the locale that picks and writes it (comment-form.messages.ts builds them).
 */
export interface CounterMessages {
  /** The page's format tag (formatTagOf): the counter's "1500 / 1500" is written in its digits. */
  locale: string;
  left: PluralPhrase;
  over: PluralPhrase;
  /** The message when a submit is stopped; `{limit}` is filled in. */
  tooLong: PluralPhrase;
  /** "Replying to {name}": the island puts the name, isolated, where `{name}` stands. */
  replyingTo: string;
  cancelReply: string;
}

/** The stopped submit's message: by how much and the limit, both numbers written alike. */
export function tooLongPhrase(phrase: PluralPhrase, over: number, limit: number): string {
  return pluralPhraseText(phrase, over, { limit });
}

/** What a screen reader hears about the count: "1,499 characters left" / "3 characters too many". */
export function spokenCount(messages: CounterMessages, remaining: number): string {
  return remaining < 0 ? pluralPhraseText(messages.over, -remaining) : pluralPhraseText(messages.left, remaining);
}

/** Points where the count is worth announcing at once rather than after the reader pauses. */
const THRESHOLDS = [100, 20, 0];

/**
 * Whether a change from `before` to `after` characters left crosses a point a reader must
 * hear about straight away: nearing the limit, reaching it, going past it or coming back.
 */
export function crossesThreshold(before: number, after: number): boolean {
  if ((before < 0) !== (after < 0)) return true;
  return THRESHOLDS.some((t) => (before > t) !== (after > t) && after <= t && after >= 0);
}
