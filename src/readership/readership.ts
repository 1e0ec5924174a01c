// What the article page and the home page ask of readership: the data for their lists and
// the beacon's address. Pages are cached: see CONTEXT.md for how fresh each list is.
import type { AppDeps } from '../app-deps.ts';
import type { ArticleLink } from './article-link.ts';
import { listMostRead } from './readership.queries.ts';
import { windowStart } from './readership-days.ts';
import { listRelatedArticles, type RelatedTo } from './related.queries.ts';

export const RELATED_COUNT = 4;
export const MOST_READ_COUNT = 5;
export const MOST_READ_DAYS = 7;
/** How long a page showing "Most read" is kept in the page cache before it is rendered again. */
export const MOST_READ_CACHE_MS = 10 * 60_000;

export function loadRelated(deps: Pick<AppDeps, 'db'>, article: RelatedTo): Promise<ArticleLink[]> {
  return listRelatedArticles(deps.db, article, RELATED_COUNT);
}

/** The last seven days, today included (UTC days). */
export function loadMostRead(deps: Pick<AppDeps, 'db' | 'clock'>, siteId: string, locale: string): Promise<ArticleLink[]> {
  return listMostRead(deps.db, siteId, locale, windowStart(deps.clock.now(), MOST_READ_DAYS), MOST_READ_COUNT);
}

/** Where the article page's beacon posts (readership.routes.ts). */
export function viewBeaconUrl(articleId: string): string {
  return `/api/views/${encodeURIComponent(articleId)}`;
}
