// Phases that judge the comment by facts from outside its text (issue 4 part 1): a ban, a closed article,
// the same text posted elsewhere, a burst of comments. The caller reads these from the database into
// `input.context`; the phases only decide what they mean.
import type { Phase, PhaseVerdict } from './pipeline.ts';

/** A ban without an end, or ending after `now`. An unreadable end date counts as still banned: fail closed. */
export const bannedCommenter: Phase = ({ context, now }) => {
  const ban = context.banned;
  if (!ban) return undefined;
  if (ban.until !== null) {
    const until = Date.parse(ban.until);
    if (!Number.isNaN(until) && until <= now.getTime()) return undefined;
  }
  return { phase: 'banned-commenter', reason: 'banned_commenter', score: 1, action: 'reject' };
};

export const articleClosed: Phase = ({ context }) =>
  context.articleClosed ? { phase: 'article-closed', reason: 'article_closed', score: 1, action: 'reject' } : undefined;

/**
 * The same text on other articles is the signature of copy-paste spam and campaigns. One copy can be a reader
 * sharing an opinion twice, so it is held; several are rejected.
 */
export const DUPLICATE_HOLD_AT = 1;
export const DUPLICATE_REJECT_AT = 3;

export const duplicateText: Phase = ({ context }) =>
  countVerdict('duplicate-text', 'duplicate_text', context.sameTextElsewhere, DUPLICATE_HOLD_AT, DUPLICATE_REJECT_AT);

/** Comments by the same commenter within the caller's flooding window (the new one not counted). */
export const FLOOD_HOLD_AT = 5;
export const FLOOD_REJECT_AT = 10;

export const flooding: Phase = ({ context }) =>
  countVerdict('flooding', 'flooding', context.recentFromSameAuthor, FLOOD_HOLD_AT, FLOOD_REJECT_AT);

function countVerdict(phase: string, reason: string, count: number | undefined, holdAt: number, rejectAt: number): PhaseVerdict | undefined {
  if (count === undefined || !(count >= holdAt)) return undefined;
  return { phase, reason, score: count >= rejectAt ? 0.95 : 0.5 };
}
