// Portable queries around the search index: what one article contributes to it, the published
// articles still missing from it (backfill), and the result rows shown on the results page.
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.ts';
import type { SearchDocument } from './search-index.ts';
import { plainTextOfHtml } from './plain-text.ts';

type Db = Kysely<DB>;

/** The article's index document, or undefined when readers cannot see it (not published). */
export async function findSearchDocument(db: Db, articleId: string): Promise<SearchDocument | undefined> {
  const article = await db.selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .select(['articles.id', 'articles.site_id', 'articles.locale', 'articles.section_id', 'articles.published_at',
      'articles.status', 'articles.headline', 'articles.summary', 'articles.body_html', 'sections.name as section_name'])
    .where('articles.id', '=', articleId).executeTakeFirst();
  if (!article || article.status !== 'published' || !article.published_at) return undefined;
  const tags = await db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select('tags.name').where('article_tags.article_id', '=', articleId).execute();
  return {
    articleId: article.id, siteId: article.site_id, locale: article.locale, sectionId: article.section_id,
    publishedAt: article.published_at, headline: article.headline, summary: article.summary,
    body: plainTextOfHtml(article.body_html), extra: [...tags.map((t) => t.name), article.section_name].join(' '),
  };
}

/** Published articles with no index entry (first start after the migration, or a repaired index). */
export async function listUnindexedArticleIds(db: Db, limit: number): Promise<string[]> {
  const rows = await (db as Kysely<any>).selectFrom('articles')
    .leftJoin('search_documents', 'search_documents.article_id', 'articles.id')
    .select('articles.id').where('articles.status', '=', 'published').where('search_documents.article_id', 'is', null)
    .orderBy('articles.id').limit(limit).execute();
  return rows.map((row: { id: string }) => row.id);
}

export interface SearchHitRow {
  id: string;
  slug: string;
  headline: string;
  summary: string;
  bodyHtml: string;
  publishedAt: string;
  sectionName: string;
}

/** The rows for these ids (published, of this site and locale), in no particular order. */
export async function listSearchHits(db: Db, siteId: string, locale: string, ids: readonly string[]): Promise<SearchHitRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('articles').innerJoin('sections', 'sections.id', 'articles.section_id')
    .select(['articles.id', 'articles.slug', 'articles.headline', 'articles.summary', 'articles.body_html',
      'articles.published_at', 'sections.name as section_name', 'articles.site_id', 'articles.locale', 'articles.status'])
    .where('articles.id', 'in', [...ids]).execute();
  // Checked here rather than in SQL: with them in the WHERE clause SQLite walks the site's listing
  // index (every article of the locale) instead of fetching ten rows by primary key.
  return rows.filter((r) => r.site_id === siteId && r.locale === locale && r.status === 'published').map((r) => ({
    id: r.id, slug: r.slug, headline: r.headline, summary: r.summary, bodyHtml: r.body_html,
    publishedAt: r.published_at ?? '', sectionName: r.section_name,
  }));
}

/** A section of the site by slug, for the section filter. */
export async function findSectionIdBySlug(db: Db, siteId: string, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('sections').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}
