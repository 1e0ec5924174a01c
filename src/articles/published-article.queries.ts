// What readers may see: published articles only, with their section label in the
// article's locale and the lead image joined. Lists use articles_listing_idx
// (site, locale, status, published_at) or articles_section_idx; bylines and tags
// for a page of articles come in one query each, never one per article.
import type { Db } from '../db/database.ts';
import type { AuthorLink, LeadImage, PublishedArticle, TagLink, Teaser } from '../public/public-content.ts';

/** Narrows a listing to one section, tag or author; empty means the whole locale. */
export interface ListingFilter { sectionId?: string; tagId?: string; authorId?: string }

function publishedBase(db: Db, siteId: string, locale: string, filter: ListingFilter = {}) {
  let query = db.selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('section_labels', (join) => join
      .onRef('section_labels.section_id', '=', 'articles.section_id')
      .onRef('section_labels.locale', '=', 'articles.locale'))
    .leftJoin('media', 'media.id', 'articles.lead_media_id')
    .where('articles.site_id', '=', siteId)
    .where('articles.locale', '=', locale)
    .where('articles.status', '=', 'published');
  if (filter.sectionId) query = query.where('articles.section_id', '=', filter.sectionId);
  if (filter.tagId) {
    const tagId = filter.tagId;
    query = query.where('articles.id', 'in', (eb) => eb.selectFrom('article_tags').select('article_tags.article_id').where('article_tags.tag_id', '=', tagId));
  }
  if (filter.authorId) {
    const authorId = filter.authorId;
    query = query.where('articles.id', 'in', (eb) => eb.selectFrom('article_authors').select('article_authors.article_id').where('article_authors.author_id', '=', authorId));
  }
  return query;
}

const TEASER_COLUMNS = [
  'articles.id', 'articles.locale', 'articles.slug', 'articles.headline', 'articles.summary', 'articles.published_at',
  'articles.lead_alt', 'sections.slug as section_slug', 'media.storage_key', 'media.width', 'media.height', 'media.widths',
] as const;

interface TeaserRecord {
  id: string; locale: string; slug: string; headline: string; summary: string; published_at: string | null;
  lead_alt: string; section_slug: string; section_name: string; storage_key: string | null;
  width: number | null; height: number | null; widths: string | null;
}

function leadImage(row: Pick<TeaserRecord, 'storage_key' | 'width' | 'height' | 'widths'>): LeadImage | null {
  if (!row.storage_key || !row.width || !row.height) return null;
  const widths = (row.widths ?? '').split(',').map(Number).filter((w) => Number.isInteger(w) && w > 0).sort((a, b) => a - b);
  return widths.length ? { storageKey: row.storage_key, width: Number(row.width), height: Number(row.height), widths } : null;
}

function toTeaser(row: TeaserRecord): Teaser {
  return {
    id: row.id, locale: row.locale, slug: row.slug, headline: row.headline, summary: row.summary,
    publishedAt: row.published_at ?? '', section: { slug: row.section_slug, name: row.section_name },
    lead: leadImage(row), leadAlt: row.lead_alt,
  };
}

export async function listPublishedTeasers(db: Db, siteId: string, locale: string, filter: ListingFilter, limit: number, offset = 0): Promise<Teaser[]> {
  const rows = await publishedBase(db, siteId, locale, filter)
    .select(TEASER_COLUMNS)
    .select((eb) => eb.fn.coalesce('section_labels.name', 'sections.name').as('section_name'))
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')
    .limit(limit).offset(offset)
    .execute();
  return rows.map(toTeaser);
}

export async function countPublished(db: Db, siteId: string, locale: string, filter: ListingFilter): Promise<number> {
  const row = await publishedBase(db, siteId, locale, filter)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** The newest `perSection` articles of every section, in one query (a window function both engines have). */
export async function listLatestPerSection(db: Db, siteId: string, locale: string, perSection: number): Promise<Teaser[]> {
  const ranked = publishedBase(db, siteId, locale)
    .select(TEASER_COLUMNS)
    .select((eb) => [
      eb.fn.coalesce('section_labels.name', 'sections.name').as('section_name'),
      eb.fn.agg<number>('row_number').over((ob) => ob.partitionBy('articles.section_id').orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')).as('rank_in_section'),
    ]);
  const rows = await db.selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('ranked.rank_in_section', '<=', perSection)
    .orderBy('ranked.published_at', 'desc').orderBy('ranked.id', 'desc')
    .execute();
  return rows.map((row) => toTeaser(row as TeaserRecord));
}

export async function findPublishedArticle(db: Db, siteId: string, locale: string, slug: string): Promise<PublishedArticle | undefined> {
  const row = await publishedBase(db, siteId, locale)
    .select(TEASER_COLUMNS)
    .select((eb) => eb.fn.coalesce('section_labels.name', 'sections.name').as('section_name'))
    .select(['articles.dateline', 'articles.body_html', 'articles.lead_caption', 'articles.lead_credit', 'articles.content_updated_at', 'articles.translation_group_id'])
    .where('articles.slug', '=', slug)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toTeaser(row), dateline: row.dateline, bodyHtml: row.body_html, leadCaption: row.lead_caption, leadCredit: row.lead_credit,
    contentUpdatedAt: row.content_updated_at, translationGroupId: row.translation_group_id,
  };
}

/** Where an old slug of a published article now lives, if anywhere. */
export async function findSlugRedirect(db: Db, siteId: string, locale: string, oldSlug: string): Promise<{ locale: string; slug: string } | undefined> {
  return db.selectFrom('article_slug_history')
    .innerJoin('articles', 'articles.id', 'article_slug_history.article_id')
    .select(['articles.locale', 'articles.slug'])
    .where('article_slug_history.site_id', '=', siteId)
    .where('article_slug_history.locale', '=', locale)
    .where('article_slug_history.slug', '=', oldSlug)
    .where('articles.status', '=', 'published')
    .executeTakeFirst();
}

/** Byline authors of each article, in byline order. */
export async function listBylines(db: Db, articleIds: readonly string[]): Promise<Map<string, AuthorLink[]>> {
  const byArticle = new Map<string, AuthorLink[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db.selectFrom('article_authors')
    .innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.article_id', 'authors.id', 'authors.slug', 'authors.name'])
    .where('article_authors.article_id', 'in', articleIds)
    .orderBy('article_authors.article_id').orderBy('article_authors.position').orderBy('authors.name')
    .execute();
  for (const { article_id, ...author } of rows) byArticle.set(article_id, [...(byArticle.get(article_id) ?? []), author]);
  return byArticle;
}

export async function listArticleTags(db: Db, articleIds: readonly string[]): Promise<Map<string, TagLink[]>> {
  const byArticle = new Map<string, TagLink[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await db.selectFrom('article_tags')
    .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.article_id', 'tags.id', 'tags.slug', 'tags.name'])
    .where('article_tags.article_id', 'in', articleIds)
    .orderBy('tags.name')
    .execute();
  for (const { article_id, ...tag } of rows) byArticle.set(article_id, [...(byArticle.get(article_id) ?? []), tag]);
  return byArticle;
}
