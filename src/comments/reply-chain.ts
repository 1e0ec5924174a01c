// The reply chain view (?comments_thread=ID): one top-level comment with every approved
// reply, 100 a page by a (created_at, id) cursor, so replies a thread page cuts short
// ("Show all N replies") can all be reached, without JavaScript too. The top-level
// comment heads every page; a reply whose parent is on an earlier page says whom it
// answers. Rendered inside the article page like any other view of the thread.
import type { Db } from '../db/database.ts';
import { articleUrl } from '../lib/urls.ts';
import { commentLocation } from './comment-location.ts';
import type { ArticleRef, ThreadPageData } from './comments-section.ts';
import { findVisibleNames, listChainReplies } from './reply-chain.queries.ts';
import { REPLIES_PER_CHAIN_PAGE } from './thread-limits.ts';
import { buildThread, type ThreadNode } from './thread-tree.ts';
import { chainView, threadQueryString } from './thread-query.ts';
import type { PageAnchor, ThreadCommentRow } from './thread.queries.ts';

/** The chain view of a top-level comment (its first page), as "Show all N replies" links to it. */
export function chainHref(article: { locale: string; slug: string }, rootId: string): string {
  return `${articleUrl(article.locale, article.slug)}${threadQueryString(chainView(rootId))}#comment-${rootId}`;
}

/**
 * The tree of a page, where replies whose parent is not on the page say whom they answer:
 * a visible comment shown elsewhere (by name), or a removed one. One primary-key lookup,
 * only when such replies exist.
 */
export async function pageTree(db: Db, roots: readonly ThreadCommentRow[], replies: readonly ThreadCommentRow[]): Promise<Array<ThreadNode<ThreadCommentRow>>> {
  const loaded = new Set([...roots, ...replies].map((c) => c.id));
  const missing = [...new Set(replies.map((c) => c.parentId).filter((id): id is string => id !== null && !loaded.has(id)))];
  return buildThread(roots, replies, { elsewhere: await findVisibleNames(db, missing) });
}

const byTime = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export interface ChainPage {
  page: ThreadPageData;
  /** Back to the list of all comments, where this top-level comment is. */
  backHref: string;
  /** The chain's first page, on later pages. */
  startHref?: string;
}

/**
 * One page of a chain: the top-level comment, then the approved replies after `after`, and
 * (private renders) the reader's own pending replies of the chain whose time falls on this
 * page, so each shows on exactly one page.
 */
export async function loadChainPage(db: Db, input: {
  article: ArticleRef; root: ThreadCommentRow; after?: PageAnchor; ownPending: readonly ThreadCommentRow[]; open: boolean;
}): Promise<ChainPage> {
  const { article, root, after } = input;
  const [fetched, backHref] = await Promise.all([
    listChainReplies(db, root.id, { after, limit: REPLIES_PER_CHAIN_PAGE + 1 }),
    commentLocation(db, article, { id: root.id, status: 'approved', articleId: article.id, threadId: root.id }),
  ]);
  const replies = fetched.slice(0, REPLIES_PER_CHAIN_PAGE);
  const last = replies[replies.length - 1];
  const following = fetched[REPLIES_PER_CHAIN_PAGE];
  const own = input.ownPending.filter((c) => c.threadId === root.id && c.depth > 0
    && (!after || byTime(c, after) > 0) && (!following || !last || byTime(c, last) <= 0));
  const path = articleUrl(article.locale, article.slug);
  return {
    page: {
      locale: article.locale,
      view: chainView(root.id, after?.id),
      nodes: await pageTree(db, [root], [...replies, ...own]),
      truncated: [],
      open: input.open,
      ...(following && last ? { next: { href: `${path}${threadQueryString(chainView(root.id, last.id))}#comment-${following.id}` } } : {}),
    },
    backHref,
    ...(after ? { startHref: chainHref(article, root.id) } : {}),
  };
}
