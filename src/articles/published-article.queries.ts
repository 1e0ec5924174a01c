// What readers may see: published articles only, with their section label in the
// article's locale and the lead image joined. Lists use articles_listing_idx
// (site, locale, status, published_at) or articles_section_idx; bylines and tags
// for a page of articles come in one query each, never one per article.
import type { Db } from '../db/database.ts';
import type { AuthorLink, LeadImage, PublishedArticle, TagLink, Teaser } from '../public/public-content.ts';
import { reusableQuery } from '../public/reusable-query.ts';

/** Narrows a listing to one section, tag or author; empty means the whole locale. */
export interface ListingFilter { sectionId?: string; tagId?: string; authorId?: string }

type Narrowing = 'all' | 'section' | 'tag' | 'author';

function narrowingOf(filter: ListingFilter): { kind: Narrowing; id: string } {
  if (filter.sectionId) return { kind: 'section', id: filter.sectionId };
  if (filter.tagId) return { kind: 'tag', id: filter.tagId };
  if (filter.authorId) return { kind: 'author', id: filter.authorId };
  return { kind: 'all', id: '' };
}

function publishedBase(db: Db, siteId: string, locale: string) {
  return db.selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('section_labels', (join) => join
      .onRef('section_labels.section_id', '=', 'articles.section_id')
      .onRef('section_labels.locale', '=', 'articles.locale'))
    .leftJoin('media', 'media.id', 'articles.lead_media_id')
    .where('articles.site_id', '=', siteId)
    .where('articles.locale', '=', locale)
    .where('articles.status', '=', 'published');
}

type PublishedQuery = ReturnType<typeof publishedBase>;

/** The listing's filter on top of the published base; the id is always bound as a parameter. */
function narrowed(query: PublishedQuery, kind: Narrowing, id: string): PublishedQuery {
  switch (kind) {
    case 'all': return query;
    case 'section': return query.where('articles.section_id', '=', id);
    case 'tag': return query.where('articles.id', 'in', (eb) => eb.selectFrom('article_tags').select('article_tags.article_id').where('article_tags.tag_id', '=', id));
    case 'author': return query.where('articles.id', 'in', (eb) => eb.selectFrom('article_authors').select('article_authors.article_id').where('article_authors.author_id', '=', id));
  }
}

const TEASER_COLUMNS = [
  'articles.id', 'articles.locale', 'articles.slug', 'articles.headline', 'articles.summary', 'articles.published_at',
  'articles.lead_alt', 'sections.slug as section_slug', 'media.storage_key', 'media.width', 'media.height', 'media.widths',
] as const;

function teasers(query: PublishedQuery) {
  return query.select(TEASER_COLUMNS).select((eb) => eb.fn.coalesce('section_labels.name', 'sections.name').as('section_name'));
}

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

// One compiled query per narrowing: the filter decides the SQL's shape, so each shape is reused separately.
const BY: readonly Exclude<Narrowing, 'all'>[] = ['section', 'tag', 'author'];

const allTeasers = reusableQuery((db: Db, siteId: string, locale: string, limit: number, offset: number) =>
  teasers(publishedBase(db, siteId, locale))
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).offset(offset));

const narrowedTeasers = new Map(BY.map((kind) => [kind, reusableQuery((db: Db, siteId: string, locale: string, id: string, limit: number, offset: number) =>
  teasers(narrowed(publishedBase(db, siteId, locale), kind, id))
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).offset(offset))]));

const allCount = reusableQuery((db: Db, siteId: string, locale: string) =>
  publishedBase(db, siteId, locale).select((eb) => eb.fn.countAll().as('n')));

const narrowedCounts = new Map(BY.map((kind) => [kind, reusableQuery((db: Db, siteId: string, locale: string, id: string) =>
  narrowed(publishedBase(db, siteId, locale), kind, id).select((eb) => eb.fn.countAll().as('n')))]));

export async function listPublishedTeasers(db: Db, siteId: string, locale: string, filter: ListingFilter, limit: number, offset = 0): Promise<Teaser[]> {
  const { kind, id } = narrowingOf(filter);
  const rows = kind === 'all'
    ? await allTeasers(db, siteId, locale, limit, offset)
    : await narrowedTeasers.get(kind)!(db, siteId, locale, id, limit, offset);
  return rows.map(toTeaser);
}

export async function countPublished(db: Db, siteId: string, locale: string, filter: ListingFilter): Promise<number> {
  const { kind, id } = narrowingOf(filter);
  const [row] = kind === 'all' ? await allCount(db, siteId, locale) : await narrowedCounts.get(kind)!(db, siteId, locale, id);
  return Number(row?.n ?? 0);
}

const latestPerSection = reusableQuery((db: Db, siteId: string, locale: string, perSection: number) => {
  const ranked = teasers(publishedBase(db, siteId, locale))
    .select((eb) => eb.fn.agg<number>('row_number').over((ob) => ob.partitionBy('articles.section_id').orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')).as('rank_in_section'));
  return db.selectFrom(ranked.as('ranked'))
    .selectAll()
    .where('ranked.rank_in_section', '<=', perSection)
    .orderBy('ranked.published_at', 'desc').orderBy('ranked.id', 'desc');
});

/** The newest `perSection` articles of every section, in one query (a window function both engines have). */
export async function listLatestPerSection(db: Db, siteId: string, locale: string, perSection: number): Promise<Teaser[]> {
  const rows = await latestPerSection(db, siteId, locale, perSection);
  return rows.map((row) => toTeaser(row as TeaserRecord));
}

const publishedArticle = reusableQuery((db: Db, siteId: string, locale: string, slug: string) =>
  teasers(publishedBase(db, siteId, locale))
    .select(['articles.dateline', 'articles.body_html', 'articles.lead_caption', 'articles.lead_credit', 'articles.content_updated_at', 'articles.translation_group_id',
      'articles.comment_mode', 'sections.comment_mode as section_comment_mode', 'articles.section_id'])
    .where('articles.slug', '=', slug));

export async function findPublishedArticle(db: Db, siteId: string, locale: string, slug: string): Promise<PublishedArticle | undefined> {
  const [row] = await publishedArticle(db, siteId, locale, slug);
  if (!row) return undefined;
  return {
    ...toTeaser(row), dateline: row.dateline, bodyHtml: row.body_html, leadCaption: row.lead_caption, leadCredit: row.lead_credit,
    contentUpdatedAt: row.content_updated_at, translationGroupId: row.translation_group_id,
    sectionId: row.section_id, commentModes: { article: row.comment_mode, section: row.section_comment_mode },
  };
}

const publishedTranslations = reusableQuery((db: Db, siteId: string, groupId: string) =>
  db.selectFrom('articles').select(['id', 'locale', 'slug', 'published_at'])
    .where('site_id', '=', siteId).where('translation_group_id', '=', groupId).where('status', '=', 'published')
    .orderBy('locale'));

/** The published articles of a translation group (the language switcher's and hreflang's targets); drafts and scheduled ones never. */
export async function listPublishedTranslations(db: Db, siteId: string, groupId: string): Promise<Array<{ id: string; locale: string; slug: string; publishedAt: string | null }>> {
  const rows = await publishedTranslations(db, siteId, groupId);
  return rows.map((r) => ({ id: r.id, locale: r.locale, slug: r.slug, publishedAt: r.published_at }));
}

const localesWithTag = reusableQuery((db: Db, siteId: string, tagId: string) =>
  db.selectFrom('articles').select('articles.locale').distinct()
    .where('articles.site_id', '=', siteId).where('articles.status', '=', 'published')
    .where('articles.id', 'in', (eb) => eb.selectFrom('article_tags').select('article_tags.article_id').where('article_tags.tag_id', '=', tagId)));

const localesWithAuthor = reusableQuery((db: Db, siteId: string, authorId: string) =>
  db.selectFrom('articles').select('articles.locale').distinct()
    .where('articles.site_id', '=', siteId).where('articles.status', '=', 'published')
    .where('articles.id', 'in', (eb) => eb.selectFrom('article_authors').select('article_authors.article_id').where('article_authors.author_id', '=', authorId)));

/** The locales in which a tag or author has published articles: where their list page has something to show. */
export async function listLocalesWithPublished(db: Db, siteId: string, filter: { tagId: string } | { authorId: string }): Promise<string[]> {
  const rows = 'tagId' in filter ? await localesWithTag(db, siteId, filter.tagId) : await localesWithAuthor(db, siteId, filter.authorId);
  return rows.map((r) => r.locale);
}

const publishedArticleId = reusableQuery((db: Db, siteId: string, locale: string, slug: string) =>
  db.selectFrom('articles').select('id')
    .where('site_id', '=', siteId).where('locale', '=', locale).where('slug', '=', slug).where('status', '=', 'published'));

/** Just the id, for deciding whether a reader's cookie names this article. */
export async function findPublishedArticleId(db: Db, siteId: string, locale: string, slug: string): Promise<string | undefined> {
  const [row] = await publishedArticleId(db, siteId, locale, slug);
  return row?.id;
}

const slugRedirect = reusableQuery((db: Db, siteId: string, locale: string, oldSlug: string) =>
  db.selectFrom('article_slug_history')
    .innerJoin('articles', 'articles.id', 'article_slug_history.article_id')
    .select(['articles.locale', 'articles.slug'])
    .where('article_slug_history.site_id', '=', siteId)
    .where('article_slug_history.locale', '=', locale)
    .where('article_slug_history.slug', '=', oldSlug)
    .where('articles.status', '=', 'published'));

/** Where an old slug of a published article now lives, if anywhere. */
export async function findSlugRedirect(db: Db, siteId: string, locale: string, oldSlug: string): Promise<{ locale: string; slug: string } | undefined> {
  const [row] = await slugRedirect(db, siteId, locale, oldSlug);
  return row;
}

function bylinesQuery(db: Db) {
  return db.selectFrom('article_authors')
    .innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.article_id', 'authors.id', 'authors.slug', 'authors.name'])
    .orderBy('article_authors.article_id').orderBy('article_authors.position').orderBy('authors.name');
}

function tagsQuery(db: Db) {
  return db.selectFrom('article_tags')
    .innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.article_id', 'tags.id', 'tags.slug', 'tags.name'])
    .orderBy('tags.name');
}

// The article page asks for one article; that shape is compiled once.
const bylinesOfOne = reusableQuery((db: Db, articleId: string) => bylinesQuery(db).where('article_authors.article_id', '=', articleId));
const tagsOfOne = reusableQuery((db: Db, articleId: string) => tagsQuery(db).where('article_tags.article_id', '=', articleId));

function groupByArticle<T extends { article_id: string }>(rows: T[]): Map<string, Array<Omit<T, 'article_id'>>> {
  const byArticle = new Map<string, Array<Omit<T, 'article_id'>>>();
  for (const { article_id, ...rest } of rows) byArticle.set(article_id, [...(byArticle.get(article_id) ?? []), rest]);
  return byArticle;
}

/** Byline authors of each article, in byline order. */
export async function listBylines(db: Db, articleIds: readonly string[]): Promise<Map<string, AuthorLink[]>> {
  if (articleIds.length === 0) return new Map();
  const rows = articleIds.length === 1
    ? await bylinesOfOne(db, articleIds[0]!)
    : await bylinesQuery(db).where('article_authors.article_id', 'in', articleIds).execute();
  return groupByArticle(rows);
}

export async function listArticleTags(db: Db, articleIds: readonly string[]): Promise<Map<string, TagLink[]>> {
  if (articleIds.length === 0) return new Map();
  const rows = articleIds.length === 1
    ? await tagsOfOne(db, articleIds[0]!)
    : await tagsQuery(db).where('article_tags.article_id', 'in', articleIds).execute();
  return groupByArticle(rows);
}
