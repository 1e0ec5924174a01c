// What screening a submission needs to know from the database, and what decides where an
// approved comment goes: the commenter's ban, their recent comments (flooding), the same
// text on other articles (copy-paste spam), per-commenter pre-moderation and whether they
// are still a new commenter. Identified by keyed hashes only (never the email or address).
import {
  countApprovedUpTo, countRecentByCommenter, countSameTextElsewhere, findActiveBan, isPremoderated, type ActiveBan,
} from '../commenters/commenter-standing.queries.ts';
import { MAY_HOLD_LINK } from './comment-text.tsx';
import type { Db } from '../db/database.ts';
import type { ScreeningContext } from '../screening/pipeline.ts';

/** The flooding phase counts a commenter's comments over this window (its thresholds assume 10 minutes). */
export const FLOODING_WINDOW_MS = 10 * 60 * 1000;
/** The duplicate-text phase counts the same text on other articles over this window. */
export const SAME_TEXT_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface Submitter {
  siteId: string;
  articleId: string;
  emailHash: string;
  ipHash: string;
  bodyHash: string;
}

const before = (now: Date, ms: number) => new Date(now.getTime() - ms).toISOString();

/** A ban of this email or this address in force now (expired and lifted bans do not count). */
export function findBanInForce(db: Db, who: Submitter, now: Date): Promise<ActiveBan | undefined> {
  return findActiveBan(db, who.siteId, { emailHash: who.emailHash, ipHash: who.ipHash }, now.toISOString());
}

/** Letters (not spaces or punctuation) a text needs before the same text elsewhere looks like copy-paste. */
export const DISTINCTIVE_LETTERS = 40;
const LETTER = /\p{L}/gu;

/**
 * Whether the same text on another article means copy-paste spam: "Спасибо!", "+1" or
 * "Well said" are written independently by many readers every day; a paragraph or a link
 * posted under several stories is not.
 */
export function isDistinctive(text: string): boolean {
  return MAY_HOLD_LINK.test(text) || (text.match(LETTER)?.length ?? 0) >= DISTINCTIVE_LETTERS;
}

/**
 * The pipeline's facts about this submission. The comment is not stored yet, so the counts
 * are of earlier comments. Closed articles and bans are refused before screening runs.
 */
export async function loadScreeningFacts(db: Db, who: Submitter, now: Date, text: string): Promise<Partial<ScreeningContext>> {
  const recent = await countRecentByCommenter(db, who.siteId, who.emailHash, before(now, FLOODING_WINDOW_MS));
  const elsewhere = isDistinctive(text)
    ? await countSameTextElsewhere(db, who.siteId, { bodyHash: who.bodyHash, articleId: who.articleId }, before(now, SAME_TEXT_WINDOW_MS))
    : 0;
  return { articleClosed: false, recentFromSameAuthor: recent, sameTextElsewhere: elsewhere };
}

/**
 * Whether a comment screening approved still waits for a moderator because of who wrote it:
 * a moderator put the commenter into pre-moderation, or the site pre-moderates new
 * commenters until `newCommenterApprovals` of their comments have been approved (0: off).
 */
export async function commenterNeedsReview(db: Db, who: Submitter, newCommenterApprovals: number, now: Date): Promise<boolean> {
  if (await isPremoderated(db, who.siteId, who.emailHash, now.toISOString())) return true;
  if (newCommenterApprovals <= 0) return false;
  return (await countApprovedUpTo(db, who.siteId, who.emailHash, newCommenterApprovals)) < newCommenterApprovals;
}
