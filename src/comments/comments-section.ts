// The comments under an article: the visible count, one page of the thread (10
// top-level comments with their replies) or of one reply chain (reply-chain.ts), the
// reader's own comments awaiting moderation (private renders only), and the form or
// the closed notice. The same page loader answers "Load more" (comment-thread.routes.tsx).
import type { AppDeps } from '../app-deps.ts';
import type { CommentMode } from '../db/database.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import type { PublishedArticle } from '../public/public-content.ts';
import type { Site } from '../sites/site.queries.ts';
import { commentPolicyUrl } from '../comment-policy/comment-policy-url.ts';
import type { CommentFormProps } from './CommentForm.tsx';
import { liveUrl, type LivePage } from '../live/live-url.ts';
import { effectiveCommentMode } from './comment-mode.ts';
import { mintFormToken } from './form-token.ts';
import { chainHref, loadChainPage, pageTree, type ChainPage } from './reply-chain.ts';
import { countChainReplies, findChainRoot, findReplyAnchor } from './reply-chain.queries.ts';
import { OWN_PENDING_LIMIT, REPLIES_PER_PAGE, REPLIES_PER_THREAD, TOP_LEVEL_PER_PAGE } from './thread-limits.ts';
import type { ThreadNode } from './thread-tree.ts';
import { pageView, threadQueryString, type ReportedNotice, type ThreadQuery } from './thread-query.ts';
import { FEATURED_LIMIT, findPageAnchor, findReplyTarget, listFeaturedComments, listOwnPending, listReplies, listTopLevelPage, type PageAnchor, type ThreadCommentRow, type ThreadOrder } from './thread.queries.ts';

export { parseThreadQuery, threadQueryString, type ThreadQuery } from './thread-query.ts';
export { REPLIES_PER_CHAIN_PAGE, REPLIES_PER_PAGE, REPLIES_PER_THREAD, TOP_LEVEL_PER_PAGE } from './thread-limits.ts';

/** A top-level comment whose replies a page cuts short: how many there are, and the chain view that shows them all. */
export interface CutChain { threadId: string; replies: number; href: string }

/** One page of the thread, as both the article page and the "Load more" fragment render it. */
export interface ThreadPageData {
  locale: string;
  /** The page's view (order and cursor), for the links comments carry. */
  view: ThreadQuery;
  nodes: Array<ThreadNode<ThreadCommentRow>>;
  /** Top-level comments whose replies were not all loaded. */
  truncated: CutChain[];
  /** Comments are open: every visible comment gets a Reply link. */
  open: boolean;
  /** The next page without JavaScript, and (pages of top-level comments) the same page as a fragment for "Load more". */
  next?: { href: string; fragmentHref?: string };
}

export interface CommentsSectionData {
  /** The article's address, for links back into it (Report, the featured comments' threads). */
  articlePath: string;
  /** The page must be rendered again by then (the thread closes by itself), epoch ms. */
  expiresAt?: number;
  page: ThreadPageData;
  /** Visible comments of the whole article (article_counters). */
  count: number;
  mode: CommentMode;
  autoClosed: boolean;
  firstPage: boolean;
  orderHrefs: Record<ThreadOrder, string>;
  /** Back to the first page, on later pages. */
  startHref?: string;
  /** The reply chain view (?comments_thread=): the way back to all comments, and to the chain's first page on later pages. */
  chain?: Omit<ChainPage, 'page'>;
  form?: CommentFormProps;
  /** The comment the form sits under (a reply without JavaScript); else the form opens the section. */
  formUnder?: string;
  /** The reader just posted a comment that awaits moderation (?comment_posted=pending). */
  posted?: boolean;
  /** Featured visible comments of the article (newest featured first, at most FEATURED_LIMIT): first page only. */
  featured?: ThreadCommentRow[];
  /** The reader just reported a comment (?comment_reported=thanks|already): a shared notice, nothing personal. */
  reported?: ReportedNotice;
  /** The live stream the island opens (src/live): from the seq this page shows, and where new comments go. */
  live: LivePage;
}

export interface ArticleRef { id: string; locale: string; slug: string }

/** The address of the fragment route for a page of the thread. */
export const threadFragmentUrl = (locale: string, slug: string) => `${articleUrl(locale, slug)}/comments`;

/** Keeps whole threads in page order until the page's reply budget is spent. */
function withinBudget(rootIds: readonly string[], replies: readonly ThreadCommentRow[]): { kept: ThreadCommentRow[]; truncated: string[] } {
  const byThread = new Map<string, ThreadCommentRow[]>();
  for (const reply of replies) {
    const list = byThread.get(reply.threadId);
    if (list) list.push(reply);
    else byThread.set(reply.threadId, [reply]);
  }
  const kept: ThreadCommentRow[] = [];
  const truncated: string[] = [];
  for (const id of rootIds) {
    const all = byThread.get(id) ?? [];
    const room = Math.min(REPLIES_PER_THREAD, REPLIES_PER_PAGE - kept.length);
    if (all.length > room) truncated.push(id);
    kept.push(...all.slice(0, Math.max(0, room)));
  }
  return { kept, truncated };
}

/** One page of top-level comments after `anchor`, with their replies and (private renders) the reader's pending comments. */
export async function loadThreadPage(deps: Pick<AppDeps, 'db'>, input: {
  article: ArticleRef; order: ThreadOrder; anchor?: PageAnchor; readerId?: string; open: boolean;
}): Promise<ThreadPageData> {
  const { article, order, anchor } = input;
  const [fetched, pending] = await Promise.all([
    listTopLevelPage(deps.db, article.id, { order, after: anchor, limit: TOP_LEVEL_PER_PAGE + 1 }),
    input.readerId ? listOwnPending(deps.db, article.id, input.readerId, OWN_PENDING_LIMIT) : Promise.resolve([]),
  ]);
  const roots = fetched.slice(0, TOP_LEVEL_PER_PAGE);
  const { kept, truncated } = withinBudget(roots.map((r) => r.id), await listReplies(deps.db, roots.map((r) => r.id), REPLIES_PER_THREAD + 1));
  // A reader's own pending top-level comments show on the first page, where they look for them.
  const pendingRoots = anchor ? [] : pending.filter((c) => c.depth === 0);
  const pageRoots = order === 'oldest' ? [...roots, ...pendingRoots] : [...pendingRoots, ...roots];
  const [nodes, replyCounts] = await Promise.all([
    pageTree(deps.db, pageRoots, [...kept, ...pending.filter((c) => c.depth > 0)]),
    countChainReplies(deps.db, truncated),
  ]);
  const view: ThreadQuery = { order, ...(anchor ? { after: anchor.id } : {}) };
  const last = roots[roots.length - 1];
  const nextView: ThreadQuery | undefined = fetched.length > TOP_LEVEL_PER_PAGE && last ? { order, after: last.id } : undefined;
  return {
    locale: article.locale,
    view,
    nodes,
    truncated: truncated.map((id) => ({ threadId: id, replies: replyCounts.get(id) ?? 0, href: chainHref(article, id) })),
    open: input.open,
    ...(nextView ? {
      next: {
        href: `${articleUrl(article.locale, article.slug)}${threadQueryString(nextView)}#comments`,
        fragmentHref: `${threadFragmentUrl(article.locale, article.slug)}${threadQueryString(nextView)}`,
      },
    } : {}),
  };
}

/** The comment mode in force now, for an article as the public queries return it. */
export function commentModeOf(site: Site, article: PublishedArticle, now: Date) {
  return effectiveCommentMode({ site, section: article.commentModes.section, article: article.commentModes.article, publishedAt: article.publishedAt }, now);
}

/** The page of top-level comments, or of one reply chain, that the query asks for; undefined when it names nothing. */
async function loadView(deps: AppDeps, input: { article: PublishedArticle; query: ThreadQuery; readerId?: string; open: boolean }): Promise<{ page: ThreadPageData; anchor?: PageAnchor; chain?: Omit<ChainPage, 'page'> } | undefined> {
  const { article, query, readerId, open } = input;
  if (!query.chain) {
    const anchor = query.after ? await findPageAnchor(deps.db, article.id, query.after) : undefined;
    if (query.after && !anchor) return undefined;
    return { page: await loadThreadPage(deps, { article, order: query.order, anchor, readerId, open }), anchor };
  }
  const [root, after, ownPending] = await Promise.all([
    findChainRoot(deps.db, article.id, query.chain),
    query.repliesAfter ? findReplyAnchor(deps.db, query.chain, query.repliesAfter) : undefined,
    readerId ? listOwnPending(deps.db, article.id, readerId, OWN_PENDING_LIMIT) : [],
  ]);
  if (!root || (query.repliesAfter && !after)) return undefined;
  const { page, ...chain } = await loadChainPage(deps.db, { article, root, after, ownPending, open });
  return { page, chain };
}

/** Undefined when the query names something that does not exist (the route answers 404). */
export async function loadCommentsSection(deps: AppDeps, input: { site: Site; locale: string; article: PublishedArticle; readerId?: string; query: ThreadQuery }): Promise<CommentsSectionData | undefined> {
  const { article, query, locale } = input;
  if (query.invalid) return undefined;
  const now = deps.clock.now();
  const mode = commentModeOf(input.site, article, now);
  const open = mode.mode !== 'closed';
  // Read before the comments, not beside them: the page's live seq must not count a comment that
  // committed after the list was read (the island replays from it and would never show that one).
  // A comment committed in between is on the page and replayed too; the island skips it by id.
  const counts = await findCounts(deps.db, article.id);
  const [view, replyTarget, featured] = await Promise.all([
    loadView(deps, { article, query, readerId: input.readerId, open }),
    query.replyTo ? findReplyTarget(deps.db, article.id, query.replyTo) : undefined,
    // Above the thread on its first page only, not in reply-chain views or later pages.
    !query.chain && !query.after ? listFeaturedComments(deps.db, article.id, FEATURED_LIMIT) : Promise.resolve([]),
  ]);
  if (!view || (query.replyTo && !replyTarget)) return undefined;
  const { page, anchor, chain } = view;
  const path = articleUrl(locale, article.slug);
  const hereHref = `${path}${threadQueryString(pageView(query))}#comments`;
  const form: CommentFormProps | undefined = open ? {
    action: `${path}/comments`, locale, token: mintFormToken(deps.secret, article.id, now),
    values: { name: '', email: '', body: '' }, errors: {}, policyHref: commentPolicyUrl(locale),
    ...(replyTarget ? { replyTo: replyTarget, cancelReplyHref: hereHref } : {}),
  } : undefined;
  const placedUnder = replyTarget && page.nodes.length > 0 && containsComment(page.nodes, replyTarget.id) ? replyTarget.id : undefined;
  return {
    ...(mode.closesAt ? { expiresAt: Date.parse(mode.closesAt) } : {}),
    ...(query.posted ? { posted: true } : {}),
    ...(featured.length > 0 ? { featured } : {}),
    ...(query.reported ? { reported: query.reported } : {}),
    articlePath: path, page, count: counts.commentsVisible, mode: mode.mode, autoClosed: mode.autoClosed, firstPage: !anchor && !query.repliesAfter,
    orderHrefs: { oldest: `${path}#comments`, newest: `${path}${threadQueryString({ order: 'newest' })}#comments` },
    ...(anchor ? { startHref: `${path}${threadQueryString({ order: query.order })}#comments` } : {}),
    ...(chain ? { chain } : {}),
    // Later pages of newest-first and reply chains take no new top-level comments: replies only.
    live: { url: liveUrl(article.id, counts.liveSeq), order: chain || (anchor && query.order === 'newest') ? 'replies' : query.order },
    ...(form ? { form } : {}),
    ...(form && placedUnder ? { formUnder: placedUnder } : {}),
  };
}

function containsComment(nodes: ReadonlyArray<ThreadNode<ThreadCommentRow>>, id: string): boolean {
  return nodes.some((node) => node.comment.id === id || containsComment(node.replies, id));
}
