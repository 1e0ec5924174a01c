// What the result of the vote says, as plain strings and numbers. Pure (no DOM, no
// server code): the server view (VoteBlock.tsx) and the browser island (client/vote.ts)
// both build their markup from it, so the page reads the same with or without JavaScript.
// The words come in as data (VoteWords, built by vote.messages.ts from the catalogs, carried
// to the island in a data attribute), so the browser bundles no catalog and no ICU engine.
import { formatPercentIn, pluralPhraseText, type PluralPhrase } from '../i18n/plural-phrase.ts';

export type VoteChoice = 'yes' | 'no';
export const VOTE_CHOICES: readonly VoteChoice[] = ['yes', 'no'];

export interface VoteTally { yes: number; no: number }

export interface VoteShare {
  choice: VoteChoice;
  /** "12 readers said yes" */
  text: string;
  /** 0–100, whole; the two shares add up to 100 once anyone voted. */
  percent: number;
  /** The percentage written the locale's way ("80%", "80 %", "۸۰٪"), in the digits of `text` beside it. */
  percentText: string;
}

/** The block's words in the page's locale, plural forms already chosen (vote.messages.ts). */
export interface VoteWords {
  /** "You voted Yes." for each answer. */
  mine: Record<VoteChoice, string>;
  canChange: string;
  /** The browser could not reach the site. */
  notSent: string;
  /** "12 readers said yes": forms with the locale that picks and writes them. */
  said: Record<VoteChoice, PluralPhrase>;
}

export interface VoteResultText {
  /** "You voted Yes." */
  mine: string;
  canChange: string;
  shares: VoteShare[];
}

export function isVoteChoice(value: unknown): value is VoteChoice {
  return value === 'yes' || value === 'no';
}

/** Whole percentages that add up to 100 (yes rounded, no takes the rest). */
export function votePercents(tally: VoteTally): VoteTally {
  const total = tally.yes + tally.no;
  if (total <= 0) return { yes: 0, no: 0 };
  const yes = Math.round((tally.yes * 100) / total);
  return { yes, no: 100 - yes };
}

export function describeVoteResult(words: VoteWords, vote: VoteChoice, tally: VoteTally): VoteResultText {
  const percents = votePercents(tally);
  return {
    mine: words.mine[vote],
    canChange: words.canChange,
    shares: VOTE_CHOICES.map((choice) => ({
      choice,
      text: pluralPhraseText(words.said[choice], tally[choice]),
      percent: percents[choice],
      // One line, one set of digits: while the share reads in English (no words of its own), so does its percentage.
      percentText: formatPercentIn(words.said[choice].locale, percents[choice]),
    })),
  };
}

/** "in 42 minutes" / "через 42 минуты": seconds under a minute, else whole minutes (rounded up). */
export function retryWhen(locale: string, retryAfterSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const [n, unit] = seconds < 60 ? [seconds, 'second' as const] : [Math.ceil(seconds / 60), 'minute' as const];
  try {
    return new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(n, unit);
  } catch {
    return new Intl.RelativeTimeFormat('en', { numeric: 'always' }).format(n, unit);
  }
}
