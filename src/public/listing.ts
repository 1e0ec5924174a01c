// The shared part of section, tag and author pages: one page of published
// articles matching a filter, with page numbers checked against the total.
import type { AppDeps } from '../app-deps.ts';
import { countPublished, listPublishedTeasers, type ListingFilter } from '../articles/published-article.queries.ts';
import type { Site } from '../sites/site.queries.ts';
import { PAGE_SIZE, pageCount } from './pagination.ts';
import type { Teaser } from './public-content.ts';
import { loadChrome, type Chrome } from './public-site.ts';

export interface ListingData {
  chrome: Chrome;
  articles: Teaser[];
  page: number;
  pages: number;
}

/** One page of a listing, or undefined when that page does not exist (past the last one). */
export async function loadListing(
  deps: Pick<AppDeps, 'db' | 'config'>, site: Site, locale: string, filter: ListingFilter, page: number,
): Promise<ListingData | undefined> {
  const total = await countPublished(deps.db, site.id, locale, filter);
  const pages = pageCount(total);
  if (page > pages) return undefined;
  const [chrome, articles] = await Promise.all([
    loadChrome(deps, site, locale),
    listPublishedTeasers(deps.db, site.id, locale, filter, PAGE_SIZE, (page - 1) * PAGE_SIZE),
  ]);
  return { chrome, articles, page, pages };
}
