// Screening on submission (issue 4 part 1): every comment that passed the form, duplicate
// and rate-limit checks is screened before it is stored, with the site's settings and the
// facts from the database, and the verdict decides where it goes:
//   banned commenter → refused (nothing stored);
//   reject  → stored 'rejected' with the policy reason, logged 'screening_reject';
//   hold    → stored 'pending' in the 'held' queue, logged 'screening_hold';
//   approve → by the article's mode, but pending for a commenter under pre-moderation
//             (per commenter, or still new on a site that pre-moderates new commenters).
// Every stored comment keeps its risk and the screening (the queue orders and explains by them).
import type { AppDeps } from '../app-deps.ts';
import type { CommentStatus, WorkQueue } from '../db/database.ts';
import { rejectReasonForScreening, type RejectReason } from '../moderation/reject-reasons.ts';
import type { PhaseVerdict, ScreeningResult } from '../screening/pipeline.ts';
import { riskOf, toStoredScreening } from '../screening/stored-screening.ts';
import { loadSiteScreening, screeningLanguage, screenText } from '../screening-settings/site-screening.ts';
import type { StoreLogOption } from './comment-store.ts';
import { commenterNeedsReview, findBanInForce, loadScreeningFacts, type Submitter } from './screening-context.ts';

type ScreenDeps = Pick<AppDeps, 'db' | 'clock'>;

export interface SubmissionToScreen {
  who: Submitter;
  text: string;
  authorName: string;
  /** The article's locale: the declared language. */
  locale: string;
  /** The article's moderation mode now (closed was refused before). */
  mode: 'pre' | 'post';
}

/** What the stored row carries from screening. */
export interface Screened {
  status: CommentStatus;
  queue: WorkQueue | null;
  rejectReason: RejectReason | null;
  risk: number;
  /** StoredScreening as JSON. */
  screening: string;
  /** The moderation-log entry written with the insert (hold and reject only). */
  log?: StoreLogOption;
}

export type ScreeningDecision = { kind: 'banned'; until: string | null } | { kind: 'screened'; screened: Screened };

/** The verdict that weighs most (the first of equals: phases run in order of importance). */
export function strongestVerdict(result: ScreeningResult): PhaseVerdict | undefined {
  return result.verdicts.reduce<PhaseVerdict | undefined>((top, v) => (top === undefined || v.score > top.score ? v : top), undefined);
}

/** Codes only, never the text: "score 0.95: profanity, shouting". */
function logDetail(result: ScreeningResult): string {
  return `score ${result.score.toFixed(2)}: ${result.verdicts.map((v) => v.reason).join(', ')}`;
}

/** Where a screened comment goes; `needsReview` is asked only for an approved one (it costs queries). */
export async function placementOf(result: ScreeningResult, mode: 'pre' | 'post', needsReview: () => Promise<boolean>): Promise<Pick<Screened, 'status' | 'queue' | 'rejectReason' | 'log'>> {
  const top = strongestVerdict(result);
  if (result.outcome === 'reject') {
    const reason = rejectReasonForScreening(top?.reason ?? 'spam');
    return { status: 'rejected', queue: null, rejectReason: reason, log: { action: 'screening_reject', reason, detail: logDetail(result) } };
  }
  if (result.outcome === 'hold') {
    return { status: 'pending', queue: 'held', rejectReason: null, log: { action: 'screening_hold', reason: top?.reason ?? null, detail: logDetail(result) } };
  }
  if (mode === 'pre' || (await needsReview())) return { status: 'pending', queue: 'pending', rejectReason: null };
  return { status: 'approved', queue: null, rejectReason: null };
}

export async function screenSubmission(deps: ScreenDeps, s: SubmissionToScreen): Promise<ScreeningDecision> {
  const now = deps.clock.now();
  const ban = await findBanInForce(deps.db, s.who, now);
  if (ban) return { kind: 'banned', until: ban.expiresAt };
  const site = await loadSiteScreening(deps.db, s.who.siteId, deps.clock);
  const context = await loadScreeningFacts(deps.db, s.who, now, s.text);
  const result = screenText(site, { text: s.text, authorName: s.authorName, language: s.locale, now, context });
  const placement = await placementOf(result, s.mode, () => commenterNeedsReview(deps.db, s.who, site.newCommenterApprovals, now));
  // The same tag the CLI and the try box give (the article's locale when it has a lexicon).
  const stored = toStoredScreening(result, screeningLanguage(s.text, s.locale));
  return { kind: 'screened', screened: { ...placement, risk: riskOf(result.score), screening: JSON.stringify(stored) } };
}
