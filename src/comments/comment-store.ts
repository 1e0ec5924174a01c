// The two ways a comment's state changes: it is stored (once, however often the
// same submission arrives) and a moderator moves it between statuses. Both keep
// the article's counters in the same transaction and drop the article's cached page
// when what readers see changes.
import type { AppDeps } from '../app-deps.ts';
import type { CommentStatus, WorkQueue } from '../db/database.ts';
import { appendModerationLog, type LogAction, type LogActor } from '../moderation-log/moderation-log.queries.ts';
import { isUniqueViolation } from '../db/constraint-violations.ts';
import { bumpCounters, type CounterDelta } from '../engagement/counters.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import { claimDuplicateGuard } from './duplicate-guard.queries.ts';
import { appendLiveEvent } from '../live/live-events.queries.ts';
import { liveChangeOf } from '../live/live-change.ts';
import type { Db } from '../db/database.ts';
import {
  countApprovedReplies, findBySubmissionKey, findCommentForModeration, insertCommentRow, resolveReports, updateCommentStatus,
  type CommentForModeration, type NewCommentRow, type StoredCommentRef,
} from './comment.queries.ts';

type StoreDeps = Pick<AppDeps, 'db' | 'pageCache' | 'clock' | 'ids' | 'events'> & Partial<Pick<AppDeps, 'metrics'>>;

export const VISIBLE_STATUS: CommentStatus = 'approved';

function countsOf(status: CommentStatus): CounterDelta {
  return { comments_visible: status === 'approved' ? 1 : 0, comments_pending: status === 'pending' ? 1 : 0 };
}

function difference(from: CommentStatus, to: CommentStatus): CounterDelta {
  const before = countsOf(from);
  const after = countsOf(to);
  return {
    comments_visible: (after.comments_visible ?? 0) - (before.comments_visible ?? 0),
    comments_pending: (after.comments_pending ?? 0) - (before.comments_pending ?? 0),
  };
}

/**
 * How the article's counters move when a comment changes status. Readers see a reply only
 * under a visible top-level comment, so hiding (or showing) a top-level comment hides (or
 * shows) its approved replies in the count too, and a reply in a hidden thread counts for nothing.
 */
async function counterChange(db: Db, comment: CommentForModeration, to: CommentStatus): Promise<CounterDelta> {
  const delta = difference(comment.status, to);
  if (comment.depth > 0) return comment.rootStatus === VISIBLE_STATUS ? delta : { ...delta, comments_visible: 0 };
  const wasVisible = comment.status === VISIBLE_STATUS;
  if (wasVisible === (to === VISIBLE_STATUS)) return delta;
  const replies = await countApprovedReplies(db, comment.id);
  return { ...delta, comments_visible: (delta.comments_visible ?? 0) + (wasVisible ? -replies : replies) };
}

export type StoreOutcome =
  | { kind: 'stored'; comment: StoredCommentRef }
  | { kind: 'already_stored'; comment: StoredCommentRef }
  /** Another submission of the same text from the same address holds the duplicate guard. */
  | { kind: 'duplicate' };

/** Claim the (email, text) duplicate guard in the same transaction as the insert, until `expiresAt`. */
export interface DuplicateGuardOption { now: string; expiresAt: string }

class GuardHeld extends Error {}

/**
 * Stores a new comment. A second submission with the same submission_key (double click,
 * retried POST) stores nothing and answers with the comment the first one made.
 */
/** A moderation-log entry written with the insert (screening held or rejected the comment). */
export interface StoreLogOption { action: LogAction; reason?: string | null; detail?: string | null }

export async function storeComment(
  deps: StoreDeps, row: NewCommentRow, page: { siteId: string; locale: string; slug: string }, guard?: DuplicateGuardOption, log?: StoreLogOption,
): Promise<StoreOutcome> {
  const ref: StoredCommentRef = { id: row.id, status: row.status, articleId: row.article_id, threadId: row.thread_id };
  let liveSeq: number | undefined;
  try {
    await deps.db.transaction().execute(async (trx) => {
      // One transaction: a failed insert gives the guard back by itself.
      if (guard && !(await claimDuplicateGuard(trx, { emailHash: row.email_hash, bodyHash: row.body_hash, submissionKey: row.submission_key, ...guard }))) {
        throw new GuardHeld();
      }
      await insertCommentRow(trx, row);
      await bumpCounters(trx, row.article_id, countsOf(row.status));
      // Open article pages are told (live comments, issue 7): logged here, announced after commit.
      if (row.status === VISIBLE_STATUS) liveSeq = await appendLiveEvent(trx, { articleId: row.article_id, kind: 'comment', commentId: row.id, at: row.created_at });
      if (log) {
        await appendModerationLog(trx, {
          id: deps.ids.next(), siteId: row.site_id, actor: { kind: 'screening' }, action: log.action, target: { kind: 'comment', id: row.id },
          reason: log.reason ?? null, fromStatus: null, toStatus: row.status, detail: log.detail ?? null, at: row.created_at,
        });
      }
    });
  } catch (error) {
    if (error instanceof GuardHeld) return { kind: 'duplicate' };
    if (!isUniqueViolation(error)) throw error;
    const existing = await findBySubmissionKey(deps.db, row.submission_key);
    if (!existing) throw error;
    return { kind: 'already_stored', comment: existing };
  }
  if (row.status === VISIBLE_STATUS) deps.pageCache.invalidatePage(page.siteId, articleUrl(page.locale, page.slug), row.article_id);
  if (liveSeq !== undefined) deps.events.publish({ type: 'live', articleId: row.article_id, seq: liveSeq });
  return { kind: 'stored', comment: ref };
}

export type ModerationOutcome =
  | { kind: 'changed'; from: CommentStatus; to: CommentStatus; queue: WorkQueue | null; version: number }
  | { kind: 'unchanged' }
  | { kind: 'conflict' }
  | { kind: 'not_found' };

export interface ModerationChange {
  id: string;
  to: CommentStatus;
  /** The staff member acting (null: the system, e.g. demo seeding); `actor` overrides it. */
  actorId: string | null;
  actor?: LogActor;
  /** The version the moderator saw: if it moved, a conflict. */
  expectedVersion?: number;
  /** The log's action; by default from the target status (approve, reject, spam, restore). */
  action?: LogAction;
  /** A REJECT_REASONS code (rejected) or a short reason for the log. */
  reason?: string;
  /** The work queue afterwards; by default 'pending' for pending, else none. */
  queue?: WorkQueue | null;
  /** Close the comment's open reports (default: whenever the comment leaves the queues). */
  resolveReports?: boolean;
}

const ACTION_FOR: Record<CommentStatus, LogAction> = { approved: 'approve', rejected: 'reject', spam: 'spam', pending: 'restore' };

function actorOf(change: ModerationChange): LogActor {
  if (change.actor) return change.actor;
  return change.actorId ? { kind: 'staff', id: change.actorId } : { kind: 'system' };
}

/**
 * Moves a comment to another status, records it in the moderation log in the same
 * transaction, and settles its queue and open reports. With `expectedVersion` (the
 * version the moderator saw), a change someone else made meanwhile is a conflict,
 * never silently overwritten.
 */
export async function moderateComment(deps: StoreDeps, change: ModerationChange): Promise<ModerationOutcome> {
  const comment = await findCommentForModeration(deps.db, change.id);
  if (!comment) return { kind: 'not_found' };
  if (change.expectedVersion !== undefined && change.expectedVersion !== comment.version) return { kind: 'conflict' };
  const queue = change.queue !== undefined ? change.queue : change.to === 'pending' ? 'pending' : null;
  const resolve = change.resolveReports ?? queue === null;
  // Same status is still a change when it settles the comment's queue: approving a reported,
  // still-visible comment dismisses its reports.
  if (comment.status === change.to && comment.queue === queue && !(resolve && comment.reportCount > 0)) return { kind: 'unchanged' };
  const now = deps.clock.now().toISOString();
  const actor = actorOf(change);
  let liveSeq: number | undefined;
  const changed = await deps.db.transaction().execute(async (trx) => {
    const updated = await updateCommentStatus(trx, {
      id: comment.id, version: comment.version, to: change.to, actorId: actor.kind === 'staff' ? actor.id : null, now,
      queue, rejectReason: change.to === 'rejected' ? change.reason ?? null : null, resolveReports: resolve,
    });
    if (!updated) return false;
    const delta = await counterChange(trx, comment, change.to);
    await bumpCounters(trx, comment.articleId, delta);
    const live = liveChangeOf(comment, change.to, delta.comments_visible ?? 0);
    if (live) liveSeq = await appendLiveEvent(trx, { articleId: comment.articleId, ...live, at: now });
    if (resolve) await resolveReports(trx, comment.id, ACTION_FOR[change.to], now);
    await appendModerationLog(trx, {
      id: deps.ids.next(), siteId: comment.siteId, actor, action: change.action ?? ACTION_FOR[change.to],
      target: { kind: 'comment', id: comment.id }, reason: change.reason ?? null, fromStatus: comment.status, toStatus: change.to, at: now,
    });
    return true;
  });
  if (!changed) return { kind: 'conflict' };
  // Counted for /metrics (serai_comments_approved_total): a comment became visible by a moderator's or rule's decision.
  if (change.to === VISIBLE_STATUS && comment.status !== VISIBLE_STATUS) deps.metrics?.commentApproved();
  if (liveSeq !== undefined) deps.events.publish({ type: 'live', articleId: comment.articleId, seq: liveSeq });
  if (comment.status !== change.to && (comment.status === VISIBLE_STATUS || change.to === VISIBLE_STATUS)) {
    deps.pageCache.invalidatePage(comment.siteId, articleUrl(comment.articleLocale, comment.articleSlug), comment.articleId);
  }
  return { kind: 'changed', from: comment.status, to: change.to, queue, version: comment.version + 1 };
}
