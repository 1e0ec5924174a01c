// The moderation queue's address: which tab, which page (the comment a page starts
// after), site-wide or one article's. Actions post back to the same address and
// redirect to it, so a moderator stays where they were; `done` says what happened.
import { formString } from '../admin/forms.tsx';
import type { CommentStatus, WorkQueue } from '../db/database.ts';

export const MODERATION_PATH = '/admin/moderation';
/** The address before issue 4; it answers with a permanent redirect to MODERATION_PATH. */
export const OLD_MODERATION_PATH = '/admin/comments';
export const articleCommentsPath = (articleId: string) => `/admin/articles/${encodeURIComponent(articleId)}/comments`;

/** Work-queue tabs (comments.queue) first, then the status tabs (comments.status). */
export const QUEUE_TABS = ['pending', 'reported', 'held', 'approved', 'rejected', 'spam'] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];
export type StatusTab = Exclude<QueueTab, WorkQueue>;

export const TAB_LABEL: Record<QueueTab, string> = {
  pending: 'Pending', reported: 'Reported', held: 'Held by screening', approved: 'Approved', rejected: 'Rejected', spam: 'Spam',
};
export const STATUS_LABEL: Record<CommentStatus, string> = { pending: 'Pending', approved: 'Approved', rejected: 'Rejected', spam: 'Spam' };

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

const DONE_ONE: Record<DoneAction, string> = {
  approved: 'Comment approved: readers can see it now.',
  rejected: 'Comment rejected.',
  spam: 'Comment marked as spam.',
  pending: 'Comment put back in the queue as pending.',
  featured: 'Comment featured.',
  unfeatured: 'Comment no longer featured.',
  banned: 'Commenter banned: their new comments are refused until the ban ends (see Bans).',
  premoderated: 'Commenter put under pre-moderation: their new comments wait in Pending.',
};

const DONE_VERB: Record<DoneAction, string> = {
  approved: 'approved', rejected: 'rejected', spam: 'marked as spam', pending: 'put back as pending', featured: 'featured', unfeatured: 'unfeatured',
  banned: 'banned', premoderated: 'pre-moderated',
};

const comments = (n: number) => `${n} ${n === 1 ? 'comment' : 'comments'}`;

/** The confirmation for `?done=…[&n=…&conflicts=…]`, or undefined. */
export function flashFromQuery(raw: unknown): string | undefined {
  const done = formString(raw, 'done');
  if (!DONE_ACTIONS.includes(done)) return undefined;
  const action = done as DoneAction;
  const n = formString(raw, 'n');
  if (!/^\d{1,4}$/.test(n)) return DONE_ONE[action];
  const conflicts = /^\d{1,4}$/.test(formString(raw, 'conflicts')) ? Number(formString(raw, 'conflicts')) : 0;
  const changed = `${comments(Number(n))} ${DONE_VERB[action]}.`;
  if (conflicts === 0) return changed;
  return `${changed} ${comments(conflicts)} ${conflicts === 1 ? 'was' : 'were'} changed by someone else meanwhile and left as ${conflicts === 1 ? 'it is' : 'they are'}.`;
}
