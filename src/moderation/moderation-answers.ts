// What an action answers, in both forms: the island's JSON (see the Queue DOM contract in
// CONTEXT.md) and, for a problem, the message the re-shown list carries. Codes stay English;
// messages are in the admin's language (the route passes its messages).
import type { CommentStatus, WorkQueue } from '../db/database.ts';
import { t } from '../i18n/catalog.ts';
import { listHref, type DoneReport, type ModerationListQuery, type QueueTab } from './moderation-list.ts';
import { tabLabel, type ModerationMessages } from './moderation-words.ts';
import type { CommentState } from './moderation.queries.ts';
import type { ModerationProblem } from './ModerationPage.tsx';

export type Answer =
  | { kind: 'done'; report: DoneReport; id?: string; status?: CommentStatus; queue?: WorkQueue | null; version?: number; from?: { status: CommentStatus; queue: WorkQueue | null } }
  | { kind: 'invalid' | 'not_found' | 'conflict'; status: 400 | 404 | 409; problem: ModerationProblem };

export function jsonAnswer(answer: Answer): { status: number; body: Record<string, unknown> } {
  if (answer.kind === 'done') {
    const { report } = answer;
    if (answer.id === undefined) return { status: 200, body: { ok: true, changed: report.changed ?? 0, conflicts: report.conflicts ?? 0 } };
    // `from` and `queue` let the island move the tab counts: work-queue tabs count queues, status tabs statuses.
    return { status: 200, body: { ok: true, id: answer.id, status: answer.status, queue: answer.queue ?? null, version: answer.version, from: answer.from } };
  }
  const code = answer.kind === 'not_found' ? 'not_found' : answer.kind === 'conflict' ? 'conflict' : 'invalid';
  return { status: answer.status, body: { ok: false, code, message: answer.problem.message } };
}

/** The tab a comment is under now: its work queue, else its status. */
const tabOf = (state: CommentState): QueueTab => state.queue ?? state.status;

export function conflictProblem(m: ModerationMessages, basePath: string, query: ModerationListQuery, id: string, now: CommentState): ModerationProblem {
  const tab = tabOf(now);
  return {
    message: t(m, 'problemConflict', { status: now.status }),
    commentId: id,
    ...(tab === query.tab ? {} : { seeHref: `${listHref(basePath, { tab })}#moderation-${id}`, seeLabel: t(m, 'seeItUnder', { tab: tabLabel(m, tab) }) }),
  };
}
