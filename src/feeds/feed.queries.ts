// The articles a feed lists: the newest published ones of a site and locale, optionally
// narrowed to a section, tag or author, with what a feed item needs beyond a teaser
// (body, time of the last edit, the lead image's MIME type). Uses the same indexes as
// the listing pages (articles_listing_idx, articles_section_idx).
import type { ListingFilter } from '../articles/published-article.queries.ts';
import type { Db } from '../db/database.ts';

export interface FeedArticleRow {
  id: string;
  slug: string;
  headline: string;
  summary: string;
  bodyHtml: string;
  publishedAt: string;
  contentUpdatedAt: string | null;
  section: { slug: string; name: string };
  lead: { storageKey: string; widths: number[]; alt: string } | null;
}

interface Row {
  id: string; slug: string; headline: string; summary: string; body_html: string; published_at: string | null;
  content_updated_at: string | null; section_slug: string; section_name: string; lead_alt: string;
  storage_key: string | null; widths: string | null;
}

function toFeedArticle(row: Row): FeedArticleRow {
  const widths = (row.widths ?? '').split(',').map(Number).filter((w) => Number.isInteger(w) && w > 0).sort((a, b) => a - b);
  return {
    id: row.id, slug: row.slug, headline: row.headline, summary: row.summary, bodyHtml: row.body_html,
    publishedAt: row.published_at ?? '', contentUpdatedAt: row.content_updated_at,
    section: { slug: row.section_slug, name: row.section_name },
    lead: row.storage_key && widths.length ? { storageKey: row.storage_key, widths, alt: row.lead_alt } : null,
  };
}

export async function listFeedArticles(db: Db, siteId: string, locale: string, filter: ListingFilter, limit: number): Promise<FeedArticleRow[]> {
  let query = db.selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('section_labels', (join) => join
      .onRef('section_labels.section_id', '=', 'articles.section_id')
      .onRef('section_labels.locale', '=', 'articles.locale'))
    .leftJoin('media', 'media.id', 'articles.lead_media_id')
    .select([
      'articles.id', 'articles.slug', 'articles.headline', 'articles.summary', 'articles.body_html', 'articles.published_at',
      'articles.content_updated_at', 'articles.lead_alt', 'sections.slug as section_slug', 'media.storage_key', 'media.widths',
    ])
    .select((eb) => eb.fn.coalesce('section_labels.name', 'sections.name').as('section_name'))
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
  const rows = await query.orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit).execute();
  return rows.map((row) => toFeedArticle(row as Row));
}
