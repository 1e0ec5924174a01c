// The moderation list's address: which status tab, which page (the comment a page
// starts after), site-wide or one article's. Actions post back to the same address and
// redirect to it, so a moderator stays where they were; `done` says what happened.
import { formString } from '../admin/forms.tsx';
import { COMMENT_STATUSES, type CommentStatus } from '../db/database.ts';

export const MODERATION_PATH = '/admin/comments';
export const articleCommentsPath = (articleId: string) => `/admin/articles/${encodeURIComponent(articleId)}/comments`;

export interface ModerationListQuery {
  status: CommentStatus;
  /** Id of the last comment of the previous page. */
  before?: string;
}

export const STATUS_TAB_LABEL: Record<CommentStatus, string> = { pending: 'Pending', approved: 'Approved', rejected: 'Rejected', spam: 'Spam' };

const ID_PATTERN = /^[\w-]{1,64}$/;

export const isCommentStatus = (value: string): value is CommentStatus => (COMMENT_STATUSES as readonly string[]).includes(value);
export const isCommentId = (value: string): boolean => ID_PATTERN.test(value);

export function parseListQuery(raw: unknown): ModerationListQuery {
  const status = formString(raw, 'status');
  const before = formString(raw, 'before');
  return { status: isCommentStatus(status) ? status : 'pending', before: isCommentId(before) ? before : undefined };
}

/** The list's address; `done` and friends report an action that just happened. */
export function listHref(basePath: string, query: ModerationListQuery, report?: { done: CommentStatus; changed?: number; conflicts?: number }): string {
  const params = new URLSearchParams();
  if (query.status !== 'pending') params.set('status', query.status);
  if (query.before) params.set('before', query.before);
  if (report) {
    params.set('done', report.done);
    if (report.changed !== undefined) params.set('n', String(report.changed));
    if (report.conflicts) params.set('conflicts', String(report.conflicts));
  }
  const qs = params.toString();
  return qs ? `${basePath}?${qs}` : basePath;
}

const DONE_ONE: Record<CommentStatus, string> = {
  approved: 'Comment approved: readers can see it now.',
  rejected: 'Comment rejected.',
  spam: 'Comment marked as spam.',
  pending: 'Comment put back in the queue as pending.',
};

const DONE_VERB: Record<CommentStatus, string> = { approved: 'approved', rejected: 'rejected', spam: 'marked as spam', pending: 'put back as pending' };

const comments = (n: number) => `${n} ${n === 1 ? 'comment' : 'comments'}`;

/** The confirmation for `?done=…[&n=…&conflicts=…]`, or undefined. */
export function flashFromQuery(raw: unknown): string | undefined {
  const done = formString(raw, 'done');
  if (!isCommentStatus(done)) return undefined;
  const n = formString(raw, 'n');
  if (!/^\d{1,4}$/.test(n)) return DONE_ONE[done];
  const conflicts = /^\d{1,4}$/.test(formString(raw, 'conflicts')) ? Number(formString(raw, 'conflicts')) : 0;
  const changed = `${comments(Number(n))} ${DONE_VERB[done]}.`;
  if (conflicts === 0) return changed;
  return `${changed} ${comments(conflicts)} ${conflicts === 1 ? 'was' : 'were'} changed by someone else meanwhile and left as ${conflicts === 1 ? 'it is' : 'they are'}.`;
}
