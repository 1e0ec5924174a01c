// What a moderator's POST asks for and doing it: one comment (with the version the
// moderator saw) moved to a status, featured or unfeatured, or the ticked ones moved in
// bulk. Status changes go through moderateComment, which keeps counters, the cached
// article page and the moderation log right. A comment of another site, or in a locale
// the moderator may not moderate, is treated as missing; a version that moved is a
// conflict, never an overwrite.
import type { AppDeps } from '../app-deps.ts';
import { formList, formString } from '../admin/forms.tsx';
import { moderateComment } from '../comments/comment-store.ts';
import { COMMENT_STATUSES, type CommentStatus, type WorkQueue } from '../db/database.ts';
import { setCommentFeatured } from './comment-feature.ts';
import { isCommentId } from './moderation-list.ts';
import { findCommentState, type CommentState } from './moderation.queries.ts';
import type { ModerationKey } from './moderation-words.ts';
import { isRejectReason, type RejectReason } from './reject-reasons.ts';

type Deps = Pick<AppDeps, 'db' | 'pageCache' | 'clock' | 'ids' | 'events'>;

export interface Target { id: string; version: number }

export type ModerationRequest =
  | { kind: 'one'; to: CommentStatus; reason?: RejectReason; target: Target }
  | { kind: 'feature'; featured: boolean; target: Target }
  | { kind: 'many'; to: CommentStatus; reason?: RejectReason; targets: Target[] }
  /** `problem`: the catalog key of what the moderator is told (the route says it in their language). */
  | { kind: 'invalid'; code: 'invalid_action' | 'reason_required' | 'nothing_selected'; problem: InvalidProblem; commentId?: string };

export type InvalidProblem = Extract<ModerationKey,
  'problemNotUnderstood' | 'problemChooseAction' | 'problemReasonOne' | 'problemReasonMany' | 'problemNothingSelected'>;

const VERSION = /^\d{1,9}$/;
const MAX_BULK = 200;
const isStatus = (value: string): value is CommentStatus => (COMMENT_STATUSES as readonly string[]).includes(value);

const NOT_UNDERSTOOD = { kind: 'invalid', code: 'invalid_action', problem: 'problemNotUnderstood' } as const;

function readTarget(body: unknown): Target | undefined {
  const id = formString(body, 'comment');
  const version = formString(body, 'version');
  return isCommentId(id) && VERSION.test(version) ? { id, version: Number(version) } : undefined;
}

/** Rejecting needs a reason from the site's policy list; other moves ignore the field. */
function readReason(body: unknown, to: CommentStatus): RejectReason | undefined | 'missing' {
  if (to !== 'rejected') return undefined;
  const reason = formString(body, 'reason');
  return isRejectReason(reason) ? reason : 'missing';
}

/**
 * One form per comment carries `comment` and `version` and either `to` (a status, with
 * `reason` for rejecting) or `do` (feature / unfeature); the bulk form carries `selected`
 * = "id:version" per ticked comment, `to` and `reason`.
 */
export function readModerationRequest(body: unknown): ModerationRequest {
  const what = formString(body, 'do');
  const hasComment = formString(body, 'comment') !== '';
  if (what === 'feature' || what === 'unfeature') {
    const target = readTarget(body);
    return target ? { kind: 'feature', featured: what === 'feature', target } : NOT_UNDERSTOOD;
  }
  const to = formString(body, 'to');
  if (!isStatus(to)) return { kind: 'invalid', code: 'invalid_action', problem: 'problemChooseAction' };
  const reason = readReason(body, to);
  if (hasComment) {
    const target = readTarget(body);
    if (!target) return NOT_UNDERSTOOD;
    if (reason === 'missing') return { kind: 'invalid', code: 'reason_required', problem: 'problemReasonOne', commentId: target.id };
    return { kind: 'one', to, reason, target };
  }
  const targets: Target[] = [];
  // The same comment ticked twice (two list pages open) is one target.
  for (const value of [...new Set(formList(body, 'selected'))].slice(0, MAX_BULK)) {
    const [id = '', version = ''] = value.split(':');
    if (isCommentId(id) && VERSION.test(version)) targets.push({ id, version: Number(version) });
  }
  if (targets.length === 0) return { kind: 'invalid', code: 'nothing_selected', problem: 'problemNothingSelected' };
  if (reason === 'missing') return { kind: 'invalid', code: 'reason_required', problem: 'problemReasonMany' };
  return { kind: 'many', to, reason, targets };
}

/** Where the moderator may act: the admin's site and, for moderators limited to languages, those locales. */
export interface ActingScope {
  siteId: string;
  actorId: string;
  allows: (locale: string) => boolean;
  /** The per-article queue acts only on that article's comments. */
  articleId?: string;
}

export type OneOutcome =
  | { kind: 'done'; status: CommentStatus; queue: WorkQueue | null; version: number; from: { status: CommentStatus; queue: WorkQueue | null } }
  | { kind: 'conflict'; now: CommentState }
  | { kind: 'not_approved' }
  | { kind: 'not_found' };

async function visibleState(deps: Deps, scope: ActingScope, id: string): Promise<CommentState | undefined> {
  const state = await findCommentState(deps.db, id);
  if (!state || state.siteId !== scope.siteId || !scope.allows(state.locale)) return undefined;
  return scope.articleId === undefined || state.articleId === scope.articleId ? state : undefined;
}

type ChangeResult =
  | { kind: 'changed'; version: number; to?: CommentStatus; queue?: WorkQueue | null }
  | { kind: 'unchanged' } | { kind: 'conflict' } | { kind: 'not_found' } | { kind: 'not_approved' };

/** What the island and the list need after an action; the comment is read again only after a conflict. */
async function afterChange(deps: Deps, scope: ActingScope, target: Target, result: ChangeResult, before: CommentState): Promise<OneOutcome> {
  if (result.kind === 'not_found') return { kind: 'not_found' };
  if (result.kind === 'not_approved') return { kind: 'not_approved' };
  if (result.kind === 'conflict') return { kind: 'conflict', now: (await visibleState(deps, scope, target.id)) ?? before };
  const from = { status: before.status, queue: before.queue };
  if (result.kind === 'unchanged') return { kind: 'done', ...from, version: before.version, from };
  return {
    kind: 'done', status: result.to ?? before.status, queue: result.queue !== undefined ? result.queue : before.queue, version: result.version, from,
  };
}

export async function moderateOne(deps: Deps, scope: ActingScope, to: CommentStatus, target: Target, reason?: RejectReason): Promise<OneOutcome> {
  const state = await visibleState(deps, scope, target.id);
  if (!state) return { kind: 'not_found' };
  const result = await moderateComment(deps, { id: target.id, to, actorId: scope.actorId, expectedVersion: target.version, reason });
  return afterChange(deps, scope, target, result, state);
}

export async function featureOne(deps: Deps, scope: ActingScope, featured: boolean, target: Target): Promise<OneOutcome> {
  const state = await visibleState(deps, scope, target.id);
  if (!state) return { kind: 'not_found' };
  const result = await setCommentFeatured(deps, { id: target.id, featured, actorId: scope.actorId, expectedVersion: target.version });
  return afterChange(deps, scope, target, result, state);
}

export async function moderateMany(deps: Deps, scope: ActingScope, to: CommentStatus, targets: Target[], reason?: RejectReason): Promise<{ changed: number; conflicts: number }> {
  let changed = 0;
  let conflicts = 0;
  for (const target of targets) {
    const outcome = await moderateOne(deps, scope, to, target, reason);
    if (outcome.kind === 'done') changed++;
    else if (outcome.kind === 'conflict') conflicts++;
  }
  return { changed, conflicts };
}
