// Gathers what one feed shows: the newest published articles of a site and locale
// (optionally one section, tag or author), their bylines and tags, and turns them
// into the format-neutral FeedData that feed-document.ts writes out.
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { AppDeps } from '../app-deps.ts';
import { listArticleTags, listBylines, type ListingFilter } from '../articles/published-article.queries.ts';
import { articleUrl, authorUrl, mediaUrl, sectionUrl, tagUrl } from '../lib/urls.ts';
import type { Site } from '../sites/site.queries.ts';
import type { FeedData, FeedItemData } from './feed-document.ts';
import { listFeedArticles, type FeedArticleRow } from './feed.queries.ts';
import { FEED_FORMATS, feedPagePath, feedPath, type FeedFormat, type FeedScope } from './feed-urls.ts';

/** How many articles a feed lists: enough for a reader polling hourly on a busy day. */
export const FEED_SIZE = 20;

export interface FeedSubject {
  scope: FeedScope;
  /** '' for the whole site. */
  slug: string;
  /** Section, tag or author name; '' for the whole site. */
  name: string;
  filter: ListingFilter;
}

/**
 * The lead image in its largest resized WebP variant (WebP: the package's Atom writer derives the
 * type from the file extension, and .jpg would give the non-type image/jpg). Its byte length comes
 * from the media store's file; a missing file leaves it unknown (RSS then says 0, as is customary).
 */
async function leadImage(lead: FeedArticleRow['lead'], origin: string, mediaDir: string): Promise<FeedItemData['image']> {
  if (!lead) return undefined;
  const width = lead.widths[lead.widths.length - 1]!;
  const url = mediaUrl(lead.storageKey, width, 'webp');
  const length = await stat(path.join(mediaDir, `${lead.storageKey}-${width}.webp`)).then((s) => s.size, () => undefined);
  return { url: `${origin}${url}`, type: 'image/webp', alt: lead.alt, ...(length !== undefined ? { length } : {}) };
}

interface ItemContext { site: Site; locale: string; origin: string; bylines: FeedItemData['authors']; tags: FeedItemData['categories']; image: FeedItemData['image'] }

function toItem(row: FeedArticleRow, ctx: ItemContext): FeedItemData {
  const published = new Date(row.publishedAt);
  return {
    // The article id never changes: not on edits, not when the slug changes (issue 6).
    guid: `urn:uuid:${row.id}`,
    url: `${ctx.origin}${articleUrl(ctx.locale, row.slug)}`,
    title: row.headline,
    summary: row.summary,
    ...(ctx.site.feedFullContent ? { contentHtml: row.bodyHtml } : {}),
    published,
    updated: row.contentUpdatedAt ? new Date(row.contentUpdatedAt) : published,
    authors: ctx.bylines,
    categories: [
      { name: row.section.name, slug: row.section.slug, url: `${ctx.origin}${sectionUrl(ctx.locale, row.section.slug)}` },
      ...ctx.tags,
    ],
    ...(ctx.image ? { image: ctx.image } : {}),
  };
}

export async function loadFeedData(
  deps: Pick<AppDeps, 'db' | 'clock' | 'mediaDir'>, site: Site, locale: string, subject: FeedSubject, origin: string,
): Promise<FeedData> {
  const rows = await listFeedArticles(deps.db, site.id, locale, subject.filter, FEED_SIZE);
  const ids = rows.map((r) => r.id);
  const [bylines, tags, images] = await Promise.all([
    listBylines(deps.db, ids), listArticleTags(deps.db, ids), Promise.all(rows.map((row) => leadImage(row.lead, origin, deps.mediaDir))),
  ]);
  const items = rows.map((row, i) => toItem(row, {
    site, locale, origin, image: images[i],
    bylines: (bylines.get(row.id) ?? []).map((a) => ({ name: a.name, url: `${origin}${authorUrl(locale, a.slug)}` })),
    tags: (tags.get(row.id) ?? []).map((tag) => ({ name: tag.name, slug: tag.slug, url: `${origin}${tagUrl(locale, tag.slug)}` })),
  }));
  const selfUrl = Object.fromEntries(FEED_FORMATS.map((f) => [f, `${origin}${feedPath(locale, subject.scope, subject.slug, f)}`])) as Record<FeedFormat, string>;
  return {
    title: subject.name ? `${subject.name} · ${site.name}` : site.name,
    description: subject.name ? `${subject.name} · ${site.name}` : site.name,
    language: locale,
    siteName: site.name,
    homeUrl: `${origin}${feedPagePath(locale, subject.scope, subject.slug)}`,
    selfUrl,
    emptyUpdated: deps.clock.now(),
    items,
  };
}
