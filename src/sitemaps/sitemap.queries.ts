// What the sitemaps list: published articles of one site only (drafts, reviews and
// scheduled articles never), by month of first publication, plus their published
// translations for hreflang. Timestamps are fixed-width UTC ISO text on both engines,
// so month bounds are plain string ranges (no dialect-specific date functions).
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';

// Literal positions (not bound parameters): PostgreSQL matches the select and GROUP BY
// expressions textually, and `$1` in one is not `$3` in the other.
const MONTH_OF = sql<string>`substr(published_at, 1, 7)`;

export interface MonthCount { month: string; count: number; lastmod: string }

export interface SitemapArticle {
  id: string; locale: string; slug: string; translationGroupId: string; publishedAt: string; contentUpdatedAt: string | null;
}

export interface NewsArticle { id: string; slug: string; headline: string; publishedAt: string }

export interface GroupTranslation { groupId: string; id: string; locale: string; slug: string; publishedAt: string | null }

function published(db: Db, siteId: string, locales: readonly string[]) {
  return db.selectFrom('articles')
    .where('site_id', '=', siteId)
    .where('status', '=', 'published')
    .where('published_at', 'is not', null)
    .where('locale', 'in', [...locales]);
}

/** Published articles per month of publication ('2026-11'), with the newest change in each. */
export async function listArticleMonths(db: Db, siteId: string, locales: readonly string[]): Promise<MonthCount[]> {
  if (locales.length === 0) return [];
  const rows = await published(db, siteId, locales)
    .select((eb) => [
      MONTH_OF.as('month'),
      eb.fn.countAll().as('n'),
      eb.fn.max('published_at').as('last_published'),
      eb.fn.max('content_updated_at').as('last_updated'),
    ])
    .groupBy(MONTH_OF)
    .orderBy('month')
    .execute();
  return rows.map((r) => ({
    month: String(r.month), count: Number(r.n),
    lastmod: [r.last_published, r.last_updated].filter((v): v is string => typeof v === 'string').sort().at(-1) ?? '',
  }));
}

/** The first instant of a month and of the month after it, as ISO text: the month's range. */
export function monthRange(month: string): { from: string; to: string } {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const from = new Date(Date.UTC(year, mon - 1, 1)).toISOString();
  const to = new Date(Date.UTC(year, mon, 1)).toISOString();
  return { from, to };
}

/** One part of a month's articles, oldest first (stable order, so parts never overlap). */
export async function listArticlesOfMonth(
  db: Db, siteId: string, locales: readonly string[], month: string, limit: number, offset: number,
): Promise<SitemapArticle[]> {
  if (locales.length === 0) return [];
  const { from, to } = monthRange(month);
  const rows = await published(db, siteId, locales)
    .select(['id', 'locale', 'slug', 'translation_group_id', 'published_at', 'content_updated_at'])
    .where('published_at', '>=', from).where('published_at', '<', to)
    .orderBy('published_at').orderBy('id')
    .limit(limit).offset(offset)
    .execute();
  return rows.map((r) => ({
    id: r.id, locale: r.locale, slug: r.slug, translationGroupId: r.translation_group_id,
    publishedAt: r.published_at!, contentUpdatedAt: r.content_updated_at,
  }));
}

// Far below both engines' bind-parameter limits (SQLite 32766, PostgreSQL 65535).
const GROUP_CHUNK = 1000;

/** The published translations of many translation groups (hreflang), in chunks of bound ids. */
export async function listGroupTranslations(db: Db, siteId: string, groupIds: readonly string[]): Promise<GroupTranslation[]> {
  const unique = [...new Set(groupIds)];
  const all: GroupTranslation[] = [];
  for (let i = 0; i < unique.length; i += GROUP_CHUNK) {
    const rows = await db.selectFrom('articles')
      .select(['translation_group_id', 'id', 'locale', 'slug', 'published_at'])
      .where('site_id', '=', siteId).where('status', '=', 'published')
      .where('translation_group_id', 'in', unique.slice(i, i + GROUP_CHUNK))
      .execute();
    for (const r of rows) all.push({ groupId: r.translation_group_id, id: r.id, locale: r.locale, slug: r.slug, publishedAt: r.published_at });
  }
  return all;
}

/** Articles of one locale published at or after `since`, newest first (the news sitemap). */
export async function listNewsArticles(db: Db, siteId: string, locale: string, since: string, limit: number): Promise<NewsArticle[]> {
  const rows = await published(db, siteId, [locale])
    .select(['id', 'slug', 'headline', 'published_at'])
    .where('published_at', '>=', since)
    .orderBy('published_at', 'desc').orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, headline: r.headline, publishedAt: r.published_at! }));
}

/** The site's sections (their pages exist in every locale). */
export async function listSiteSectionSlugs(db: Db, siteId: string): Promise<Array<{ id: string; slug: string }>> {
  return db.selectFrom('sections').select(['id', 'slug']).where('site_id', '=', siteId)
    .orderBy('position').orderBy('slug').execute();
}

/** The newest publication or edit per section and locale: the lastmod of section and home pages. */
export async function listSectionLastmods(db: Db, siteId: string, locales: readonly string[]): Promise<Array<{ sectionId: string; locale: string; lastmod: string }>> {
  if (locales.length === 0) return [];
  const rows = await published(db, siteId, locales)
    .select((eb) => ['section_id', 'locale', eb.fn.max('published_at').as('last_published'), eb.fn.max('content_updated_at').as('last_updated')])
    .groupBy(['section_id', 'locale'])
    .execute();
  return rows.map((r) => ({
    sectionId: r.section_id, locale: r.locale,
    lastmod: [r.last_published, r.last_updated].filter((v): v is string => typeof v === 'string').sort().at(-1) ?? '',
  }));
}
