// Moderators acting on a commenter rather than a comment: ban (by the comment's email and
// IP hash), pre-moderate for a time, lift a ban, end pre-moderation. Each change and its
// moderation log entry are written in one transaction.
import { safeAdminPath } from '../http/admin-path.ts';
import { isCommentId, MODERATION_PATH } from '../moderation/moderation-list.ts';
import type { AppDeps } from '../app-deps.ts';
import { formString } from '../admin/forms.tsx';
import { badRequest } from '../http/errors.ts';
import type { ModerationKey } from '../moderation/moderation-words.ts';
import { appendModerationLog } from '../moderation-log/moderation-log.queries.ts';
import {
  findBan, insertBan, liftActiveBansOf, updateBanLifted, updatePremoderationEnded, upsertPremoderation, type CommentAuthorRef,
} from './commenter.queries.ts';

type Deps = Pick<AppDeps, 'db' | 'clock' | 'ids'>;

export const DURATIONS = ['1d', '7d', '30d', '365d', 'permanent'] as const;
export type Duration = (typeof DURATIONS)[number];

const DAYS: Record<Duration, number | null> = { '1d': 1, '7d': 7, '30d': 30, '365d': 365, permanent: null };
/**
 * The term as the moderation log records it, in English: the log is written once and never
 * changed, and the log page says it again in the moderator's language (moderation-log/log-detail.ts).
 */
export const DURATION_LABEL: Record<Duration, string> = { '1d': '1 day', '7d': '7 days', '30d': '30 days', '365d': '1 year', permanent: 'permanent' };
/** The words for each term on the log page. */
export const DURATION_KEY: Record<Duration, ModerationKey> = {
  '1d': 'duration1d', '7d': 'duration7d', '30d': 'duration30d', '365d': 'duration365d', permanent: 'durationPermanent',
};
/** What the log adds when a ban replaced the one in force. */
export const REPLACING_BAN = ', replacing the ban in force';

export const MAX_BAN_REASON = 500;

const isDuration = (v: string): v is Duration => (DURATIONS as readonly string[]).includes(v);

/** When a term starting now ends (null: until a moderator ends it). */
export function endOf(duration: Duration, now: Date): string | null {
  const days = DAYS[duration];
  return days === null ? null : new Date(now.getTime() + days * 86_400_000).toISOString();
}

/** Where to go afterwards: a same-site /admin path, else `fallback` (never another host). */
export const safeBack = (back: string, fallback: string = MODERATION_PATH): string => safeAdminPath(back, fallback);

export interface CommenterRequest { commentId: string; duration: Duration; reason: string; back: string }

/**
 * Reads a ban or pre-moderate form; bad input throws a 400 with a message the moderator can act
 * on (English here; the error page says it in the admin's language by its code, http/error-text.ts).
 */
export function readCommenterRequest(body: unknown): CommenterRequest {
  const commentId = formString(body, 'comment');
  if (!isCommentId(commentId)) throw badRequest('invalid_comment', 'Say which comment’s author this is about.');
  const duration = formString(body, 'duration');
  if (!isDuration(duration)) throw badRequest('invalid_duration', 'Choose how long: 1 day, 7 days, 30 days, 1 year or permanently.');
  const reason = formString(body, 'reason');
  if (reason.length > MAX_BAN_REASON) throw badRequest('reason_too_long', `Keep the reason to ${MAX_BAN_REASON} characters or fewer.`);
  return { commentId, duration, reason, back: safeBack(formString(body, 'back')) };
}

export interface Acting { siteId: string; actorId: string }

export async function banCommenter(deps: Deps, acting: Acting, request: CommenterRequest, author: CommentAuthorRef): Promise<void> {
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    // One ban in force per commenter: banning again (a double click, a second moderator) replaces it.
    const replaced = await liftActiveBansOf(trx, { siteId: acting.siteId, emailHash: author.emailHash, at, by: acting.actorId });
    await insertBan(trx, {
      id: deps.ids.next(), siteId: acting.siteId, emailHash: author.emailHash, ipHash: author.ipHash, reason: request.reason,
      commentId: author.id, createdBy: acting.actorId, createdAt: at, expiresAt: endOf(request.duration, now),
    });
    await appendModerationLog(trx, {
      id: deps.ids.next(), siteId: acting.siteId, actor: { kind: 'staff', id: acting.actorId }, action: 'ban',
      target: { kind: 'commenter', id: author.emailHash }, reason: request.reason || null,
      detail: replaced > 0 ? `${DURATION_LABEL[request.duration]}${REPLACING_BAN}` : DURATION_LABEL[request.duration], at,
    });
  });
}

export async function premoderateCommenter(deps: Deps, acting: Acting, request: CommenterRequest, author: CommentAuthorRef): Promise<void> {
  const now = deps.clock.now();
  const at = now.toISOString();
  await deps.db.transaction().execute(async (trx) => {
    await upsertPremoderation(trx, { siteId: acting.siteId, emailHash: author.emailHash, until: endOf(request.duration, now), createdBy: acting.actorId, createdAt: at });
    await appendModerationLog(trx, {
      id: deps.ids.next(), siteId: acting.siteId, actor: { kind: 'staff', id: acting.actorId }, action: 'premoderate_commenter',
      target: { kind: 'commenter', id: author.emailHash }, reason: request.reason || null, detail: DURATION_LABEL[request.duration], at,
    });
  });
}

/** Lifts a ban of this site; `unchanged` when it had already ended. */
export async function liftBan(deps: Deps, acting: Acting, banId: string): Promise<'lifted' | 'unchanged' | 'not_found'> {
  const ban = await findBan(deps.db, acting.siteId, banId);
  if (!ban) return 'not_found';
  const at = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await updateBanLifted(trx, acting.siteId, banId, acting.actorId, at))) return 'unchanged';
    await appendModerationLog(trx, {
      id: deps.ids.next(), siteId: acting.siteId, actor: { kind: 'staff', id: acting.actorId }, action: 'lift_ban',
      target: { kind: 'commenter', id: ban.emailHash ?? ban.id }, at,
    });
    return 'lifted';
  });
}

/** Ends a commenter's pre-moderation on this site; `unchanged` when none was in force. */
export async function endPremoderation(deps: Deps, acting: Acting, emailHash: string): Promise<'ended' | 'unchanged'> {
  const at = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    if (!(await updatePremoderationEnded(trx, acting.siteId, emailHash, at))) return 'unchanged';
    await appendModerationLog(trx, {
      id: deps.ids.next(), siteId: acting.siteId, actor: { kind: 'staff', id: acting.actorId }, action: 'end_premoderation',
      target: { kind: 'commenter', id: emailHash }, at,
    });
    return 'ended';
  });
}
