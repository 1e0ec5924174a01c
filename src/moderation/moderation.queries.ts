// The moderators' lists: comments of one status, newest first, site-wide or for one
// article, a page at a time (keyset on created_at, id: the queue index walks it), and
// counts per status for the tabs. Moderators may see author_email; this is the only
// place that selects it. Status changes go through moderateComment (comment-store.ts).
import { COMMENT_STATUSES, type CommentStatus, type Db } from '../db/database.ts';

export interface ModerationItem {
  id: string;
  parentId: string | null;
  depth: number;
  authorName: string;
  authorEmail: string;
  body: string;
  status: CommentStatus;
  version: number;
  createdAt: string;
  moderatedAt: string | null;
  article: { id: string; headline: string; locale: string; slug: string; published: boolean };
}

export interface ModerationFilter {
  siteId: string;
  status: CommentStatus;
  /** Only this article's comments. */
  articleId?: string;
}

/** Where a page starts: after this comment, in newest-first order. */
export interface ListAnchor { id: string; createdAt: string }

export async function listModerationItems(db: Db, filter: ModerationFilter, page: { before?: ListAnchor; limit: number }): Promise<ModerationItem[]> {
  let query = db.selectFrom('comments')
    .innerJoin('articles', 'articles.id', 'comments.article_id')
    .select([
      'comments.id', 'comments.parent_id', 'comments.depth', 'comments.author_name', 'comments.author_email', 'comments.body',
      'comments.status', 'comments.version', 'comments.created_at', 'comments.moderated_at',
      'articles.id as article_id', 'articles.headline', 'articles.locale', 'articles.slug', 'articles.status as article_status',
    ])
    .where('comments.site_id', '=', filter.siteId)
    .where('comments.status', '=', filter.status);
  if (filter.articleId) query = query.where('comments.article_id', '=', filter.articleId);
  if (page.before) {
    const { createdAt, id } = page.before;
    query = query.where((eb) => eb(eb.refTuple('comments.created_at', 'comments.id'), '<', eb.tuple(createdAt, id)));
  }
  const rows = await query.orderBy('comments.created_at', 'desc').orderBy('comments.id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({
    id: r.id, parentId: r.parent_id, depth: Number(r.depth), authorName: r.author_name, authorEmail: r.author_email, body: r.body,
    status: r.status, version: Number(r.version), createdAt: r.created_at, moderatedAt: r.moderated_at,
    article: { id: r.article_id, headline: r.headline, locale: r.locale, slug: r.slug, published: r.article_status === 'published' },
  }));
}

/** The comment a page link starts after, if it belongs to the site. */
export async function findListAnchor(db: Db, siteId: string, id: string): Promise<ListAnchor | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'created_at']).where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  return row && { id: row.id, createdAt: row.created_at };
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

export type StatusCounts = Record<CommentStatus, number>;

export async function countCommentsByStatus(db: Db, filter: { siteId: string; articleId?: string }): Promise<StatusCounts> {
  let query = db.selectFrom('comments').select(['status', (eb) => eb.fn.countAll().as('n')]).where('site_id', '=', filter.siteId);
  if (filter.articleId) query = query.where('article_id', '=', filter.articleId);
  const rows = await query.groupBy('status').execute();
  const counts = Object.fromEntries(COMMENT_STATUSES.map((s) => [s, 0])) as StatusCounts;
  for (const r of rows) counts[r.status] = Number(r.n);
  return counts;
}

export async function countPendingComments(db: Db, siteId: string): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n'))
    .where('site_id', '=', siteId).where('status', '=', 'pending').executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface ModeratedArticle { id: string; headline: string; locale: string; slug: string; published: boolean }

export async function findModeratedArticle(db: Db, siteId: string, id: string): Promise<ModeratedArticle | undefined> {
  const row = await db.selectFrom('articles').select(['id', 'headline', 'locale', 'slug', 'status'])
    .where('id', '=', id).where('site_id', '=', siteId).executeTakeFirst();
  return row && { id: row.id, headline: row.headline, locale: row.locale, slug: row.slug, published: row.status === 'published' };
}

/** The site of a comment and its current status and version, for the site check and the conflict message. */
export async function findCommentState(db: Db, id: string): Promise<{ siteId: string; status: CommentStatus; version: number } | undefined> {
  const row = await db.selectFrom('comments').select(['site_id', 'status', 'version']).where('id', '=', id).executeTakeFirst();
  return row && { siteId: row.site_id, status: row.status, version: Number(row.version) };
}
