// Page views and the most-read list. A view is one row per article and UTC day holding a
// count; nothing about the reader is written (src/readership/CONTEXT.md).
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { reusableQuery } from '../public/reusable-query.ts';
import type { ArticleLink } from './article-link.ts';

// One statement: the article must be published on this site, and the day's row is created or
// incremented. RETURNING tells a counted view from an unknown id (both engines have it).
const countView = reusableQuery((db: Db, siteId: string, articleId: string, day: string) =>
  db.insertInto('article_views').columns(['article_id', 'day', 'views'])
    .expression(db.selectFrom('articles')
      .select(['articles.id', sql<string>`cast(${day} as text)`.as('day'), sql<number>`1`.as('views')])
      .where('articles.id', '=', articleId).where('articles.site_id', '=', siteId).where('articles.status', '=', 'published'))
    .onConflict((oc) => oc.columns(['article_id', 'day'])
      .doUpdateSet((eb) => ({ views: eb('article_views.views', '+', eb.ref('excluded.views')) })))
    .returning('article_views.article_id'));

/** Counts one view of a published article of the site on `day`; false when there is no such article. */
export async function insertView(db: Db, siteId: string, articleId: string, day: string): Promise<boolean> {
  const rows = await countView(db, siteId, articleId, day);
  return rows.length > 0;
}

const mostRead = reusableQuery((db: Db, siteId: string, locale: string, sinceDay: string, limit: number) =>
  db.selectFrom('article_views')
    .innerJoin('articles', 'articles.id', 'article_views.article_id')
    .select(['articles.id', 'articles.locale', 'articles.slug', 'articles.headline', 'articles.published_at'])
    .select((eb) => eb.fn.sum<number | string>('article_views.views').as('views'))
    .where('article_views.day', '>=', sinceDay)
    .where('articles.site_id', '=', siteId).where('articles.locale', '=', locale).where('articles.status', '=', 'published')
    .groupBy(['articles.id', 'articles.locale', 'articles.slug', 'articles.headline', 'articles.published_at'])
    .orderBy('views', 'desc').orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')
    .limit(limit));

/** The most viewed published articles of a site and locale since `sinceDay` (inclusive), most views first. */
export async function listMostRead(db: Db, siteId: string, locale: string, sinceDay: string, limit: number): Promise<Array<ArticleLink & { views: number }>> {
  const rows = await mostRead(db, siteId, locale, sinceDay, limit);
  return rows.map((r) => ({ id: r.id, locale: r.locale, slug: r.slug, headline: r.headline, publishedAt: r.published_at ?? '', views: Number(r.views) }));
}
