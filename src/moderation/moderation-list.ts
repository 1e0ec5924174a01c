// The moderation queue's address: which tab, which page (the comment a page starts
// after), site-wide or one article's. Actions post back to the same address and
// redirect to it, so a moderator stays where they were; `done` says what happened.
import { formString } from '../admin/forms.tsx';
import type { CommentStatus, WorkQueue } from '../db/database.ts';
import { t } from '../i18n/catalog.ts';
import { ENGLISH, type ModerationKey, type ModerationMessages } from './moderation-words.ts';

export const MODERATION_PATH = '/admin/moderation';
/** The address before issue 4; it answers with a permanent redirect to MODERATION_PATH. */
export const OLD_MODERATION_PATH = '/admin/comments';
export const articleCommentsPath = (articleId: string) => `/admin/articles/${encodeURIComponent(articleId)}/comments`;

/** Work-queue tabs (comments.queue) first, then the status tabs (comments.status). */
export const QUEUE_TABS = ['pending', 'reported', 'held', 'approved', 'rejected', 'spam'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export type StatusTab = Exclude<QueueTab, WorkQueue>;

export const isWorkQueueTab = (tab: QueueTab): tab is WorkQueue => tab === 'pending' || tab === 'reported' || tab === 'held';

export interface ModerationListQuery {
  tab: QueueTab;
  /** Id of the last comment of the previous page. */
  after?: string;
}

const ID_PATTERN = /^[\w-]{1,64}$/;

export const isQueueTab = (value: string): value is QueueTab => (QUEUE_TABS as readonly string[]).includes(value);
export const isCommentId = (value: string): boolean => ID_PATTERN.test(value);

/** `status=` is the list's old name for the tab, still read so old bookmarks land on the right tab. */
export function parseListQuery(raw: unknown): ModerationListQuery {
  const tab = formString(raw, 'tab') || formString(raw, 'status');
  const after = formString(raw, 'after');
  return { tab: isQueueTab(tab) ? tab : 'pending', after: isCommentId(after) ? after : undefined };
}

/** What an action did, as the redirect reports it. */
export type DoneAction = CommentStatus | 'featured' | 'unfeatured' | 'banned' | 'premoderated';
const DONE_ACTIONS: readonly string[] = ['approved', 'rejected', 'spam', 'pending', 'featured', 'unfeatured', 'banned', 'premoderated'];

export interface DoneReport { done: DoneAction; changed?: number; conflicts?: number }

/** The list's address; `report` tells of an action that just happened. */
export function listHref(basePath: string, query: ModerationListQuery, report?: DoneReport): string {
  const params = new URLSearchParams();
  if (query.tab !== 'pending') params.set('tab', query.tab);
  if (query.after) params.set('after', query.after);
  if (report) {
    params.set('done', report.done);
    if (report.changed !== undefined) params.set('n', String(report.changed));
    if (report.conflicts) params.set('conflicts', String(report.conflicts));
  }
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

const DONE_ONE: Record<DoneAction, ModerationKey> = {
  approved: 'doneApproved',
  rejected: 'doneRejected',
  spam: 'doneSpam',
  pending: 'donePending',
  featured: 'doneFeatured',
  unfeatured: 'doneUnfeatured',
  banned: 'doneBanned',
  premoderated: 'donePremoderated',
};

/** Only status changes are done in bulk; a count on another action is read as a single one. */
const DONE_MANY: Partial<Record<DoneAction, ModerationKey>> = {
  approved: 'doneManyApproved', rejected: 'doneManyRejected', spam: 'doneManySpam', pending: 'doneManyPending',
};

/** The confirmation for `?done=…[&n=…&conflicts=…]` in the admin's words (English by default), or undefined. */
export function flashFromQuery(raw: unknown, m: ModerationMessages = ENGLISH()): string | undefined {
  const done = formString(raw, 'done');
  if (!DONE_ACTIONS.includes(done)) return undefined;
  const action = done as DoneAction;
  const n = formString(raw, 'n');
  const many = DONE_MANY[action];
  if (!/^\d{1,4}$/.test(n) || !many) return m[DONE_ONE[action]];
  const conflicts = /^\d{1,4}$/.test(formString(raw, 'conflicts')) ? Number(formString(raw, 'conflicts')) : 0;
  const changed = t(m, many, { count: Number(n) });
  return conflicts === 0 ? changed : `${changed} ${t(m, 'conflictsLeft', { count: conflicts })}`;
}
