// The newsroom's article list: filtered by status, section, headline words and (for
// authors and contributors) by who created the article; most recently changed first.
import { sql, type SelectQueryBuilder } from 'kysely';
import type { ArticleStatus, DB, Db } from '../db/database.ts';
import { findCountsFor } from '../engagement/counters.queries.ts';

export interface ArticleListFilter {
  siteId: string;
  status?: ArticleStatus;
  sectionId?: string;
  /** Words to find in the headline. */
  q?: string;
  /** Only articles this user created. */
  createdBy?: string;
}

export interface ArticleListItem {
  id: string;
  headline: string;
  status: ArticleStatus;
  locale: string;
  slug: string;
  sectionName: string;
  authorNames: string[];
  updatedAt: string;
  publishedAt: string | null;
  publishAt: string | null;
  /** Readers' answers to "Do you like this article?". */
  votes: { yes: number; no: number };
  /** Every article of its translation group (itself included), by locale: the list shows which locales exist. */
  translations: Array<{ id: string; locale: string; status: ArticleStatus }>;
}

/** Escapes LIKE wildcards so a search for "50%" means those characters. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function applyFilter<O>(query: SelectQueryBuilder<DB, 'articles', O>, filter: ArticleListFilter, withStatus: boolean) {
  let q = query.where('articles.site_id', '=', filter.siteId);
  if (withStatus && filter.status) q = q.where('articles.status', '=', filter.status);
  if (filter.sectionId) q = q.where('articles.section_id', '=', filter.sectionId);
  if (filter.createdBy) q = q.where('articles.created_by', '=', filter.createdBy);
  if (filter.q && filter.q.trim() !== '') {
    q = q.where(sql<boolean>`lower(articles.headline) like ${likePattern(filter.q.trim())} escape '\\'`);
  }
  return q;
}

export async function listAdminArticles(db: Db, filter: ArticleListFilter, page: { limit: number; offset: number }): Promise<ArticleListItem[]> {
  const rows = await applyFilter(db.selectFrom('articles'), filter, true)
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .select(['articles.id', 'articles.headline', 'articles.status', 'articles.locale', 'articles.slug', 'sections.name as section_name',
      'articles.updated_at', 'articles.published_at', 'articles.publish_at', 'articles.translation_group_id'])
    .orderBy('articles.updated_at', 'desc').orderBy('articles.id', 'desc')
    .limit(page.limit).offset(page.offset)
    .execute();
  const authors = rows.length === 0 ? [] : await db.selectFrom('article_authors')
    .innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.article_id', 'authors.name'])
    .where('article_authors.article_id', 'in', rows.map((r) => r.id))
    .orderBy('article_authors.position')
    .execute();
  const counts = await findCountsFor(db, rows.map((r) => r.id));
  const groups = await listGroupMembers(db, filter.siteId, [...new Set(rows.map((r) => r.translation_group_id))]);
  return rows.map((r) => ({
    id: r.id, headline: r.headline, status: r.status, locale: r.locale, slug: r.slug, sectionName: r.section_name,
    authorNames: authors.filter((a) => a.article_id === r.id).map((a) => a.name),
    updatedAt: r.updated_at, publishedAt: r.published_at, publishAt: r.publish_at,
    votes: { yes: counts.get(r.id)?.votesYes ?? 0, no: counts.get(r.id)?.votesNo ?? 0 },
    translations: groups.filter((g) => g.translation_group_id === r.translation_group_id).map((g) => ({ id: g.id, locale: g.locale, status: g.status })),
  }));
}

/** The articles of these translation groups, one query for a page of the list. */
async function listGroupMembers(db: Db, siteId: string, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db.selectFrom('articles').select(['id', 'locale', 'status', 'translation_group_id'])
    .where('site_id', '=', siteId).where('translation_group_id', 'in', groupIds)
    .orderBy('locale').execute();
}

/** How many articles match, per status (the filter's own status is ignored: these label the tabs). */
export async function countAdminArticlesByStatus(db: Db, filter: ArticleListFilter): Promise<Record<ArticleStatus, number>> {
  const rows = await applyFilter(db.selectFrom('articles'), filter, false)
    .select((eb) => ['articles.status', eb.fn.countAll().as('n')])
    .groupBy('articles.status')
    .execute();
  const counts: Record<ArticleStatus, number> = { draft: 0, review: 0, scheduled: 0, published: 0, unpublished: 0 };
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}
