// SQL of the newsroom side of articles: reading one article for the editor and
// writing articles with their bylines, tags, revisions and old slugs.
// Listing lives in article-admin-list.queries.ts, revisions in article-revision.queries.ts.
import type { ArticleStatus, ArticlesTable, CommentMode, Db } from '../db/database.ts';

export interface EditableArticle {
  id: string;
  siteId: string;
  locale: string;
  translationGroupId: string;
  slug: string;
  headline: string;
  summary: string;
  sectionId: string;
  dateline: string;
  leadMediaId: string | null;
  leadCaption: string;
  leadCredit: string;
  leadAlt: string;
  bodyMd: string;
  status: ArticleStatus;
  publishAt: string | null;
  publishedAt: string | null;
  contentUpdatedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: number;
  /** Overrides the section's comment moderation; null inherits it. */
  commentMode: CommentMode | null;
  authorIds: string[];
  tagNames: string[];
}

const ARTICLE_COLUMNS = [
  'id', 'site_id', 'locale', 'translation_group_id', 'slug', 'headline', 'summary', 'section_id', 'dateline',
  'lead_media_id', 'lead_caption', 'lead_credit', 'lead_alt', 'body_md', 'status', 'publish_at', 'published_at',
  'content_updated_at', 'created_by', 'created_at', 'updated_at', 'version', 'comment_mode',
] as const;

export async function findEditableArticle(db: Db, id: string): Promise<EditableArticle | undefined> {
  const row = await db.selectFrom('articles').select(ARTICLE_COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const authors = await db.selectFrom('article_authors').select('author_id')
    .where('article_id', '=', id).orderBy('position').execute();
  const tags = await db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select('tags.name').where('article_tags.article_id', '=', id).orderBy('tags.name').execute();
  return {
    id: row.id, siteId: row.site_id, locale: row.locale, translationGroupId: row.translation_group_id, slug: row.slug,
    headline: row.headline, summary: row.summary, sectionId: row.section_id, dateline: row.dateline,
    leadMediaId: row.lead_media_id, leadCaption: row.lead_caption, leadCredit: row.lead_credit, leadAlt: row.lead_alt,
    bodyMd: row.body_md, status: row.status, publishAt: row.publish_at, publishedAt: row.published_at,
    contentUpdatedAt: row.content_updated_at, createdBy: row.created_by, createdAt: row.created_at,
    updatedAt: row.updated_at, version: row.version, commentMode: row.comment_mode,
    authorIds: authors.map((a) => a.author_id), tagNames: tags.map((t) => t.name),
  };
}

/** The id of the article that holds this slug in the site and locale, if any. */
export async function findArticleIdBySlug(db: Db, siteId: string, locale: string, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('articles').select('id')
    .where('site_id', '=', siteId).where('locale', '=', locale).where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

/** Slugs of other articles that are `base` or `base-<n>`, to pick a free one. */
export async function listSlugsLike(db: Db, siteId: string, locale: string, base: string, exceptArticleId: string | null): Promise<string[]> {
  let query = db.selectFrom('articles').select('slug')
    .where('site_id', '=', siteId).where('locale', '=', locale)
    .where((eb) => eb.or([eb('slug', '=', base), eb('slug', 'like', `${base}-%`)]));
  if (exceptArticleId) query = query.where('id', '<>', exceptArticleId);
  // Valid slugs hold no LIKE wildcards; the exact shape is checked here rather than in SQL.
  const numbered = (slug: string) => slug === base || (slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)));
  return (await query.execute()).map((r) => r.slug).filter(numbered);
}

/** Locales already used by other articles of a translation group. */
export async function listGroupLocales(db: Db, siteId: string, groupId: string, exceptArticleId: string | null): Promise<string[]> {
  let query = db.selectFrom('articles').select('locale')
    .where('site_id', '=', siteId).where('translation_group_id', '=', groupId);
  if (exceptArticleId) query = query.where('id', '<>', exceptArticleId);
  return (await query.execute()).map((r) => r.locale);
}

export async function sectionExistsInSite(db: Db, siteId: string, sectionId: string): Promise<boolean> {
  const row = await db.selectFrom('sections').select('id').where('id', '=', sectionId).where('site_id', '=', siteId).executeTakeFirst();
  return row !== undefined;
}

export async function listAuthorIdsInSite(db: Db, siteId: string, authorIds: string[]): Promise<string[]> {
  if (authorIds.length === 0) return [];
  const rows = await db.selectFrom('authors').select('id').where('site_id', '=', siteId).where('id', 'in', authorIds).execute();
  return rows.map((r) => r.id);
}

export type ArticleRow = Omit<ArticlesTable, 'version' | 'comment_mode'> & { version: number; comment_mode?: CommentMode | null };

export async function insertArticle(db: Db, row: ArticleRow): Promise<void> {
  await db.insertInto('articles').values(row).execute();
}

export type ArticleContent = Pick<ArticlesTable,
  'locale' | 'translation_group_id' | 'slug' | 'headline' | 'summary' | 'section_id' | 'dateline' | 'lead_media_id'
  | 'lead_caption' | 'lead_credit' | 'lead_alt' | 'body_md' | 'body_html' | 'updated_at' | 'content_updated_at'>
  & { comment_mode: CommentMode | null };

/** Writes new content only if nobody saved since `expectedVersion`; returns whether it did. */
export async function updateArticleContent(db: Db, id: string, expectedVersion: number, content: ArticleContent): Promise<boolean> {
  const result = await db.updateTable('articles')
    .set({ ...content, version: expectedVersion + 1 })
    .where('id', '=', id).where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type StatusChange = Partial<Pick<ArticlesTable, 'publish_at' | 'published_at'>> & { status: ArticleStatus; updated_at: string };

/**
 * Moves an article to a new status only if it is still in one of `from` at `expectedVersion`:
 * two editors (or two app nodes running the scheduler) cannot both make the same change.
 */
export async function updateArticleStatus(db: Db, id: string, from: readonly ArticleStatus[], expectedVersion: number, change: StatusChange): Promise<boolean> {
  const result = await db.updateTable('articles')
    .set({ ...change, version: expectedVersion + 1 })
    .where('id', '=', id).where('version', '=', expectedVersion).where('status', 'in', [...from])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function replaceArticleAuthors(db: Db, articleId: string, authorIds: string[]): Promise<void> {
  await db.deleteFrom('article_authors').where('article_id', '=', articleId).execute();
  if (authorIds.length === 0) return;
  await db.insertInto('article_authors')
    .values(authorIds.map((author_id, position) => ({ article_id: articleId, author_id, position })))
    .execute();
}

/** Finds or creates each tag by slug (a name that slugs the same is the same tag); returns their ids. */
export async function upsertTags(db: Db, siteId: string, tags: Array<{ slug: string; name: string; id: string }>, nowIso: string): Promise<string[]> {
  if (tags.length === 0) return [];
  await db.insertInto('tags')
    .values(tags.map((t) => ({ id: t.id, site_id: siteId, slug: t.slug, name: t.name, created_at: nowIso })))
    .onConflict((oc) => oc.columns(['site_id', 'slug']).doNothing())
    .execute();
  const rows = await db.selectFrom('tags').select(['id', 'slug'])
    .where('site_id', '=', siteId).where('slug', 'in', tags.map((t) => t.slug)).execute();
  const bySlug = new Map(rows.map((r) => [r.slug, r.id]));
  return tags.map((t) => bySlug.get(t.slug)!).filter(Boolean);
}

export async function replaceArticleTags(db: Db, articleId: string, tagIds: string[]): Promise<void> {
  await db.deleteFrom('article_tags').where('article_id', '=', articleId).execute();
  if (tagIds.length === 0) return;
  await db.insertInto('article_tags').values(tagIds.map((tag_id) => ({ article_id: articleId, tag_id }))).execute();
}

/** Remembers a published URL the article no longer uses, so the public side can answer it with a 301. */
export async function insertSlugHistory(db: Db, row: { siteId: string; locale: string; slug: string; articleId: string }): Promise<void> {
  await db.insertInto('article_slug_history')
    .values({ site_id: row.siteId, locale: row.locale, slug: row.slug, article_id: row.articleId })
    .onConflict((oc) => oc.columns(['site_id', 'locale', 'slug']).doUpdateSet({ article_id: row.articleId }))
    .execute();
}

/** A slug an article now uses is live again: it must not redirect anywhere. */
export async function deleteSlugHistory(db: Db, siteId: string, locale: string, slug: string): Promise<void> {
  await db.deleteFrom('article_slug_history')
    .where('site_id', '=', siteId).where('locale', '=', locale).where('slug', '=', slug).execute();
}

export async function listSlugHistory(db: Db, articleId: string): Promise<Array<{ locale: string; slug: string }>> {
  return db.selectFrom('article_slug_history').select(['locale', 'slug']).where('article_id', '=', articleId).orderBy('slug').execute();
}

/**
 * Inside a transaction: the due scheduled articles this node takes. On PostgreSQL the rows are
 * locked and rows another node holds are skipped (FOR UPDATE SKIP LOCKED), so nodes running the
 * scheduler at once share the work instead of racing on the same articles. SQLite has one
 * writer at a time, so a plain read is already exclusive inside the transaction.
 */
export async function claimDueScheduledArticles(trx: Db, engine: 'sqlite' | 'postgres', nowIso: string, limit = 100): Promise<string[]> {
  let query = trx.selectFrom('articles').select('id')
    .where('status', '=', 'scheduled').where('publish_at', '<=', nowIso)
    .orderBy('publish_at').orderBy('id').limit(limit);
  if (engine === 'postgres') query = query.forUpdate().skipLocked();
  return (await query.execute()).map((r) => r.id);
}
