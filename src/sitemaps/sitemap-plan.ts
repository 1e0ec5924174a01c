// Which article sitemaps exist: one per month of publication, split into numbered parts
// when a month holds more URLs than one sitemap may (50,000, sitemaps.org). Part 1 keeps
// the month's plain name, so a month's address stays the same when it later overflows.
import type { MonthCount } from './sitemap.queries.ts';

/** sitemaps.org: at most 50,000 URLs (and 50 MB) per sitemap. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export interface ArticleSitemapPart { name: string; month: string; part: number; offset: number; limit: number; lastmod: string }

export function articleSitemapName(month: string, part: number): string {
  return part === 1 ? `articles-${month}` : `articles-${month}-${part}`;
}

export function planArticleSitemaps(months: readonly MonthCount[], limit: number = MAX_URLS_PER_SITEMAP): ArticleSitemapPart[] {
  const parts: ArticleSitemapPart[] = [];
  for (const { month, count, lastmod } of months) {
    const n = Math.max(1, Math.ceil(count / limit));
    for (let part = 1; part <= n; part++) {
      parts.push({ name: articleSitemapName(month, part), month, part, offset: (part - 1) * limit, limit, lastmod });
    }
  }
  return parts;
}

/** The file name of a sitemap under /sitemaps/, parsed; undefined for anything else. */
export type SitemapFile =
  | { kind: 'articles'; month: string; part: number }
  | { kind: 'pages' }
  | { kind: 'news'; locale: string };

export function parseSitemapFile(file: string): SitemapFile | undefined {
  if (file === 'pages.xml') return { kind: 'pages' };
  const articles = /^articles-(\d{4})-(0[1-9]|1[0-2])(?:-([2-9]|[1-9]\d{1,4}))?\.xml$/.exec(file);
  if (articles) return { kind: 'articles', month: `${articles[1]}-${articles[2]}`, part: articles[3] ? Number(articles[3]) : 1 };
  const news = /^news-([A-Za-z0-9-]{2,35})\.xml$/.exec(file);
  if (news) return { kind: 'news', locale: news[1]! };
  return undefined;
}
