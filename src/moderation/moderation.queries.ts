// The moderation queue's reads and the feature flag's write. Work-queue tabs walk
// comments_work_queue_idx (site_id, queue, risk, created_at, id) highest risk first with a
// tuple cursor; status tabs walk comments_queue_idx (site_id, status, created_at) newest
// first. Everything shown beside a page's items (parents, reports, first comments) is
// one query per kind for the whole page. Moderators may see author_email; this is the
// only place that selects it. Status changes go through moderateComment (comment-store.ts).
import type { CommentStatus, Db, WorkQueue } from '../db/database.ts';
import { isWorkQueueTab, type QueueTab } from './moderation-list.ts';

export interface ModerationItem {
  id: string;
  parentId: string | null;
  depth: number;
  locale: string;
  authorName: string;
  authorEmail: string;
  emailHash: string;
  body: string;
  status: CommentStatus;
  queue: WorkQueue | null;
  version: number;
  risk: number;
  /** comments.screening as stored (JSON text), read with parseStoredScreening. */
  screening: string | null;
  reportCount: number;
  rejectReason: string | null;
  featuredAt: string | null;
  createdAt: string;
  article: { id: string; headline: string; locale: string; slug: string; published: boolean };
}

export interface ModerationFilter {
  siteId: string;
  tab: QueueTab;
  /** Only this article's comments. */
  articleId?: string;
  /** Only comments in these locales (a moderator limited to languages); undefined = all. */
  locales?: readonly string[];
}

/** Where a page starts: after this comment, in the tab's order. */
export interface ListAnchor { id: string; risk: number; createdAt: string }

const ITEM_COLUMNS = [
  'comments.id', 'comments.parent_id', 'comments.depth', 'comments.locale', 'comments.author_name', 'comments.author_email',
  'comments.email_hash', 'comments.body', 'comments.status', 'comments.queue', 'comments.version', 'comments.risk',
  'comments.screening', 'comments.report_count', 'comments.reject_reason', 'comments.featured_at', 'comments.created_at',
  'articles.id as article_id', 'articles.headline', 'articles.locale as article_locale', 'articles.slug', 'articles.status as article_status',
] as const;

export async function listModerationItems(db: Db, filter: ModerationFilter, page: { after?: ListAnchor; limit: number }): Promise<ModerationItem[]> {
  const { tab } = filter;
  const { after } = page;
  let query = db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id').select(ITEM_COLUMNS)
    .where('comments.site_id', '=', filter.siteId);
  if (filter.articleId) query = query.where('comments.article_id', '=', filter.articleId);
  if (filter.locales) query = query.where('comments.locale', 'in', filter.locales.length ? [...filter.locales] : ['']);
  if (isWorkQueueTab(tab)) {
    query = query.where('comments.queue', '=', tab);
    if (after) query = query.where((eb) => eb(eb.refTuple('comments.risk', 'comments.created_at', 'comments.id'), '<', eb.tuple(after.risk, after.createdAt, after.id)));
    query = query.orderBy('comments.risk', 'desc');
  } else {
    query = query.where('comments.status', '=', tab);
    if (after) query = query.where((eb) => eb(eb.refTuple('comments.created_at', 'comments.id'), '<', eb.tuple(after.createdAt, after.id)));
  }
  const rows = await query.orderBy('comments.created_at', 'desc').orderBy('comments.id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({
    id: r.id, parentId: r.parent_id, depth: Number(r.depth), locale: r.locale, authorName: r.author_name, authorEmail: r.author_email,
    emailHash: r.email_hash, body: r.body, status: r.status, queue: r.queue ?? null, version: Number(r.version), risk: Number(r.risk),
    screening: r.screening ?? null, reportCount: Number(r.report_count), rejectReason: r.reject_reason ?? null,
    featuredAt: r.featured_at ?? null, createdAt: r.created_at,
    article: { id: r.article_id, headline: r.headline, locale: r.article_locale, slug: r.slug, published: r.article_status === 'published' },
  }));
}

/** The comment a page link starts after, if it belongs to the site (wherever it is now: the cursor is its values). */
export async function findListAnchor(db: Db, siteId: string, id: string): Promise<ListAnchor | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'risk', 'created_at']).where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  return row && { id: row.id, risk: Number(row.risk), createdAt: row.created_at };
}

export type TabCounts = Record<QueueTab, number>;

/** Tab counts stop here: past it the tab says "10,000+" (counting 100,000 index entries costs tens of milliseconds, and nobody needs the exact number). */
export const COUNT_CAP = 10_000;

/** One tab's count, at most COUNT_CAP + 1: a range of comments_work_queue_idx (queue tabs) or comments_queue_idx (status tabs), stopped early. */
async function countTab(db: Db, filter: Omit<ModerationFilter, 'tab'>, tab: QueueTab): Promise<number> {
  let inner = db.selectFrom('comments').select('comments.site_id').where('site_id', '=', filter.siteId);
  inner = isWorkQueueTab(tab) ? inner.where('queue', '=', tab) : inner.where('status', '=', tab);
  if (filter.articleId) inner = inner.where('article_id', '=', filter.articleId);
  if (filter.locales) inner = inner.where('locale', 'in', filter.locales.length ? [...filter.locales] : ['']);
  const row = await db.selectFrom(inner.limit(COUNT_CAP + 1).as('counted')).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Work-queue tabs count comments.queue, status tabs comments.status, each over its index and capped. */
export async function countTabs(db: Db, filter: Omit<ModerationFilter, 'tab'>): Promise<TabCounts> {
  const tabs = ['pending', 'reported', 'held', 'approved', 'rejected', 'spam'] as const;
  const counts = await Promise.all(tabs.map((tab) => countTab(db, filter, tab)));
  return Object.fromEntries(tabs.map((tab, i) => [tab, counts[i]!])) as TabCounts;
}

export interface ParentExcerpt { authorName: string; body: string; status: CommentStatus }

/** The comments these replies answer, by id (a second query rather than a self-join, to keep the list query plain). */
export async function listParents(db: Db, ids: readonly string[]): Promise<Map<string, ParentExcerpt>> {
  const parents = new Map<string, ParentExcerpt>();
  if (ids.length === 0) return parents;
  const rows = await db.selectFrom('comments').select(['id', 'author_name', 'body', 'status']).where('id', 'in', [...new Set(ids)]).execute();
  for (const r of rows) parents.set(r.id, { authorName: r.author_name, body: r.body, status: r.status });
  return parents;
}

/** When each commenter first commented on the site (the "First comment" badge), over comments_commenter_idx. */
export async function listFirstCommentTimes(db: Db, siteId: string, emailHashes: readonly string[]): Promise<Map<string, string>> {
  const firsts = new Map<string, string>();
  const unique = [...new Set(emailHashes)];
  if (unique.length === 0) return firsts;
  const rows = await db.selectFrom('comments').select(['email_hash', (eb) => eb.fn.min('created_at').as('first')])
    .where('site_id', '=', siteId).where('email_hash', 'in', unique).groupBy('email_hash').execute();
  for (const r of rows) firsts.set(r.email_hash, String(r.first));
  return firsts;
}

export interface ReportReasonCount { reason: string; count: number }

/** Open reader reports of these comments, grouped by reason (most frequent first). */
export async function listOpenReportReasons(db: Db, commentIds: readonly string[]): Promise<Map<string, ReportReasonCount[]>> {
  const reasons = new Map<string, ReportReasonCount[]>();
  if (commentIds.length === 0) return reasons;
  const rows = await db.selectFrom('comment_reports').select(['comment_id', 'reason', (eb) => eb.fn.countAll().as('n')])
    .where('comment_id', 'in', [...new Set(commentIds)]).where('resolved_at', 'is', null)
    .groupBy(['comment_id', 'reason']).execute();
  for (const r of rows) {
    const list = reasons.get(r.comment_id) ?? [];
    list.push({ reason: r.reason, count: Number(r.n) });
    reasons.set(r.comment_id, list);
  }
  for (const list of reasons.values()) list.sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return reasons;
}

/** Pending comments of the site (the moderator home's link). */
/** Comments waiting (any queue) on the site; only in `locales` for a moderator limited to some languages. */
export async function countPendingComments(db: Db, siteId: string, locales?: readonly string[]): Promise<number> {
  let query = db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n'))
    .where('site_id', '=', siteId).where('status', '=', 'pending');
  if (locales) query = query.where('locale', 'in', locales.length > 0 ? [...locales] : ['']);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface ModeratedArticle { id: string; headline: string; locale: string; slug: string; published: boolean }

export async function findModeratedArticle(db: Db, siteId: string, id: string): Promise<ModeratedArticle | undefined> {
  const row = await db.selectFrom('articles').select(['id', 'headline', 'locale', 'slug', 'status'])
    .where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  return row && { id: row.id, headline: row.headline, locale: row.locale, slug: row.slug, published: row.status === 'published' };
}

export interface CommentState {
  siteId: string; articleId: string; locale: string; status: CommentStatus; queue: WorkQueue | null; version: number; featuredAt: string | null;
  article: { locale: string; slug: string };
}

/** A comment's site, locale and current state: the site and scope checks, the conflict message and JSON answers. */
export async function findCommentState(db: Db, id: string): Promise<CommentState | undefined> {
  const row = await db.selectFrom('comments').innerJoin('articles', 'articles.id', 'comments.article_id')
    .select(['comments.site_id', 'comments.article_id', 'comments.locale', 'comments.status', 'comments.queue', 'comments.version', 'comments.featured_at',
      'articles.locale as article_locale', 'articles.slug'])
    .where('comments.id', '=', id).executeTakeFirst();
  return row && {
    siteId: row.site_id, articleId: row.article_id, locale: row.locale, status: row.status, queue: row.queue ?? null, version: Number(row.version),
    featuredAt: row.featured_at ?? null, article: { locale: row.article_locale, slug: row.slug },
  };
}

/**
 * Features (or unfeatures) a comment the moderator saw at `version`; featuring needs it approved.
 * Bumps the version like every change a moderator makes. False: the version moved or the status did not allow it.
 */
export async function updateCommentFeatured(db: Db, change: { id: string; version: number; featured: boolean; actorId: string; now: string }): Promise<boolean> {
  let query = db.updateTable('comments')
    .set((eb) => ({
      featured_at: change.featured ? change.now : null, featured_by: change.featured ? change.actorId : null,
      updated_at: change.now, version: eb('version', '+', 1),
    }))
    .where('id', '=', change.id).where('version', '=', change.version);
  if (change.featured) query = query.where('status', '=', 'approved');
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
