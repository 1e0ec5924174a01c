// What a moderator's POST asks for and doing it: one comment (with the version the
// moderator saw) or the ticked ones in bulk, moved to a status through moderateComment,
// which keeps counters and the cached article page right. A comment of another site is
// treated as missing; a version that moved is a conflict, never an overwrite.
import type { AppDeps } from '../app-deps.ts';
import { formList, formString } from '../admin/forms.tsx';
import { moderateComment } from '../comments/comment-store.ts';
import type { CommentStatus } from '../db/database.ts';
import { isCommentId, isCommentStatus } from './moderation-list.ts';
import { findCommentState } from './moderation.queries.ts';

type Deps = Pick<AppDeps, 'db' | 'pageCache' | 'clock' | 'ids'>;

export interface Target { id: string; version: number }

export type ModerationRequest =
  | { kind: 'one'; to: CommentStatus; target: Target }
  | { kind: 'many'; to: CommentStatus; targets: Target[] }
  | { kind: 'invalid'; message: string };

const VERSION = /^\d{1,9}$/;
const MAX_BULK = 200;

/** One form per comment carries `comment` and `version`; the bulk form carries `selected` = "id:version" per ticked comment. */
export function readModerationRequest(body: unknown): ModerationRequest {
  const to = formString(body, 'to');
  if (!isCommentStatus(to)) return { kind: 'invalid', message: 'Choose Approve, Reject, Mark spam or Restore to pending.' };
  const id = formString(body, 'comment');
  if (id !== '') {
    const version = formString(body, 'version');
    if (!isCommentId(id) || !VERSION.test(version)) return { kind: 'invalid', message: 'This action was not understood. Reload the page and try again.' };
    return { kind: 'one', to, target: { id, version: Number(version) } };
  }
  const targets: Target[] = [];
  for (const value of formList(body, 'selected').slice(0, MAX_BULK)) {
    const [tid = '', version = ''] = value.split(':');
    if (isCommentId(tid) && VERSION.test(version)) targets.push({ id: tid, version: Number(version) });
  }
  if (targets.length === 0) return { kind: 'invalid', message: 'Tick at least one comment first, then choose what to do with the selected comments.' };
  return { kind: 'many', to, targets };
}

export type OneOutcome =
  | { kind: 'done' }
  | { kind: 'conflict'; now: CommentStatus }
  | { kind: 'not_found' };

export async function moderateOne(deps: Deps, siteId: string, actorId: string, to: CommentStatus, target: Target): Promise<OneOutcome> {
  const state = await findCommentState(deps.db, target.id);
  if (!state || state.siteId !== siteId) return { kind: 'not_found' };
  const result = await moderateComment(deps, { id: target.id, to, actorId, expectedVersion: target.version });
  if (result.kind === 'not_found') return { kind: 'not_found' };
  if (result.kind === 'conflict') return { kind: 'conflict', now: (await findCommentState(deps.db, target.id))?.status ?? state.status };
  return { kind: 'done' };
}

export async function moderateMany(deps: Deps, siteId: string, actorId: string, to: CommentStatus, targets: Target[]): Promise<{ changed: number; conflicts: number }> {
  let changed = 0;
  let conflicts = 0;
  for (const target of targets) {
    const outcome = await moderateOne(deps, siteId, actorId, to, target);
    if (outcome.kind === 'done') changed++;
    else if (outcome.kind === 'conflict') conflicts++;
  }
  return { changed, conflicts };
}
