// What the address asks of the thread, parsed strictly and written back canonically:
// the same view always gives the same string, so the page cache holds one copy per
// view and junk in the address never becomes a cache entry (it is a 404, which the
// page cache does not keep). Unrelated parameters (utm_source…) are ignored.
import type { ThreadOrder } from './thread.queries.ts';

export const ORDER_PARAM = 'comments_order';
export const AFTER_PARAM = 'comments_after';
export const CHAIN_PARAM = 'comments_thread';
export const REPLIES_AFTER_PARAM = 'replies_after';
export const REPLY_PARAM = 'reply_to';
/** After posting under pre-moderation: the thanks notice (the only accepted value is `pending`). */
export const POSTED_PARAM = 'comment_posted';
/** After reporting a comment: the thanks notice (`thanks`, or `already` when it was reported before). */
export const REPORTED_PARAM = 'comment_reported';

export type ReportedNotice = 'thanks' | 'already';

/** What the address asks of the thread: which page, which order, which comment is being answered. */
export interface ThreadQuery {
  /** Id of the top-level comment the page starts after (a cursor: its created_at + id). */
  after?: string;
  order: ThreadOrder;
  /**
   * The reply chain view: this top-level comment alone with all its replies, page by page
   * (oldest first; never with `after` or newest first, which belong to the list of top-level comments).
   */
  chain?: string;
  /** In the reply chain view: id of the reply the page starts after (a cursor: its created_at + id). */
  repliesAfter?: string;
  /** Id of the comment the reader is answering (the form without JavaScript). */
  replyTo?: string;
  /** Just posted a comment that awaits moderation: show the notice (shared, not personal). */
  posted?: true;
  /** Just reported a comment: the thanks notice (shared, not personal: it names no comment). */
  reported?: ReportedNotice;
  /** A thread parameter was present but malformed: the page does not exist. */
  invalid?: true;
}

/** Comment ids are UUIDv7 text as the app writes them (lowercase). */
/** A comment id as the product makes them (UUIDv7): anything else in an address names no comment. */
export const COMMENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function param(query: unknown, name: string): string | undefined | null {
  const value = query && typeof query === 'object' ? (query as Record<string, unknown>)[name] : undefined;
  if (value === undefined) return undefined;
  // Repeated or structured parameters name no view.
  return typeof value === 'string' ? value : null;
}

/** An id parameter: absent, a well-formed id, or (anything else) a reason for 404. */
function idParam(query: unknown, name: string): string | undefined | null {
  const value = param(query, name);
  if (value === undefined) return undefined;
  return value !== null && COMMENT_ID.test(value) ? value : null;
}

export function parseThreadQuery(query: unknown): ThreadQuery {
  const order = param(query, ORDER_PARAM);
  const ids = {
    after: idParam(query, AFTER_PARAM), chain: idParam(query, CHAIN_PARAM),
    repliesAfter: idParam(query, REPLIES_AFTER_PARAM), replyTo: idParam(query, REPLY_PARAM),
  };
  const parsed: ThreadQuery = { order: order === 'newest' ? 'newest' : 'oldest' };
  if (order !== undefined && order !== 'newest' && order !== 'oldest') parsed.invalid = true;
  for (const [key, value] of Object.entries(ids) as Array<[keyof typeof ids, string | undefined | null]>) {
    if (value === null) parsed.invalid = true;
    else if (value !== undefined) parsed[key] = value;
  }
  const posted = param(query, POSTED_PARAM);
  if (posted === 'pending') parsed.posted = true;
  else if (posted !== undefined) parsed.invalid = true;
  const reported = param(query, REPORTED_PARAM);
  if (reported === 'thanks' || reported === 'already') parsed.reported = reported;
  else if (reported !== undefined) parsed.invalid = true;
  // A chain has one order and no top-level cursor; a reply cursor means nothing outside a chain.
  if (parsed.chain ? parsed.after !== undefined || parsed.order === 'newest' : parsed.repliesAfter !== undefined) parsed.invalid = true;
  return parsed;
}

/** The query part of the page's cache key and links ('' for the default view), in one fixed order. */
export function threadQueryString(query: ThreadQuery): string {
  if (query.invalid) return `?${AFTER_PARAM}=invalid`;
  const parts: string[] = [];
  if (query.order === 'newest') parts.push(`${ORDER_PARAM}=newest`);
  if (query.after) parts.push(`${AFTER_PARAM}=${query.after}`);
  if (query.chain) parts.push(`${CHAIN_PARAM}=${query.chain}`);
  if (query.chain && query.repliesAfter) parts.push(`${REPLIES_AFTER_PARAM}=${query.repliesAfter}`);
  if (query.replyTo) parts.push(`${REPLY_PARAM}=${query.replyTo}`);
  if (query.posted) parts.push(`${POSTED_PARAM}=pending`);
  if (query.reported) parts.push(`${REPORTED_PARAM}=${query.reported}`);
  return parts.length ? `?${parts.join('&')}` : '';
}

/** The same page without the reply form. */
export function pageView(query: ThreadQuery): ThreadQuery {
  return {
    order: query.order, ...(query.after ? { after: query.after } : {}),
    ...(query.chain ? { chain: query.chain } : {}), ...(query.chain && query.repliesAfter ? { repliesAfter: query.repliesAfter } : {}),
  };
}

/** The first page of one top-level comment's reply chain. */
export function chainView(rootId: string, repliesAfter?: string): ThreadQuery {
  return { order: 'oldest', chain: rootId, ...(repliesAfter ? { repliesAfter } : {}) };
}

/** "Reply" without JavaScript: this page again, with the form under the comment (a relative address). */
export function replyHref(view: ThreadQuery, commentId: string): string {
  return `${threadQueryString({ ...pageView(view), replyTo: commentId })}#comment-form`;
}
