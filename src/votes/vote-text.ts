// What the result of the vote says, as plain strings and numbers. Pure (no DOM, no
// server code): the server view (VoteBlock.tsx) and the browser island (client/vote.ts)
// both build their markup from it, so the page reads the same with or without JavaScript.
import { pluralize } from '../i18n/plurals.ts';
import { SAID_NO, SAID_YES, voteMessagesFor } from './vote.messages.ts';

export type VoteChoice = 'yes' | 'no';
export const VOTE_CHOICES: readonly VoteChoice[] = ['yes', 'no'];

export interface VoteTally { yes: number; no: number }

export interface VoteShare {
  choice: VoteChoice;
  /** "12 readers said yes" */
  text: string;
  /** 0–100, whole; the two shares add up to 100 once anyone voted. */
  percent: number;
  /** The percentage written the locale's way ("80%", "80 %"). */
  percentText: string;
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

function percentText(locale: string, percent: number): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'percent' }).format(percent / 100);
  } catch {
    return `${percent}%`;
  }
}

export function describeVoteResult(locale: string, vote: VoteChoice, tally: VoteTally): VoteResultText {
  const m = voteMessagesFor(locale);
  const percents = votePercents(tally);
  return {
    mine: m.youVoted.replace('{choice}', vote === 'yes' ? m.yes : m.no),
    canChange: m.canChange,
    shares: VOTE_CHOICES.map((choice) => ({
      choice,
      text: pluralize(locale, choice === 'yes' ? SAID_YES : SAID_NO, tally[choice]),
      percent: percents[choice],
      percentText: percentText(locale, percents[choice]),
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
