// Where feeds live. Every list page that has a feed has it beside itself:
//   /{locale}/feed.xml | atom.xml | feed.json                     the site in that locale
//   /{locale}/sections/{slug}/feed.xml | atom.xml | feed.json     one section
//   /{locale}/tags/{slug}/…  and  /{locale}/authors/{slug}/…       one tag, one author
// Pure (no server imports), so views can name feed links for discovery.
import { authorUrl, homeUrl, sectionUrl, tagUrl } from '../lib/urls.ts';

export const FEED_FORMATS = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

export const FEED_FILE: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' };

export const FEED_CONTENT_TYPE: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

const FORMAT_NAME: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };

export type FeedScope = 'site' | 'section' | 'tag' | 'author';

/** The HTML page a feed belongs to (its `link rel=alternate`). */
export function feedPagePath(locale: string, scope: FeedScope, slug: string): string {
  switch (scope) {
    case 'site': return homeUrl(locale);
    case 'section': return sectionUrl(locale, slug);
    case 'tag': return tagUrl(locale, slug);
    case 'author': return authorUrl(locale, slug);
  }
}

export function feedPath(locale: string, scope: FeedScope, slug: string, format: FeedFormat): string {
  const page = feedPagePath(locale, scope, slug);
  return `${page.endsWith('/') ? page : `${page}/`}${FEED_FILE[format]}`;
}

/** A `<link rel="alternate">` for feed discovery on an HTML page. */
export interface FeedLink { href: string; type: string; title: string }

/** Discovery links for a page's three feeds, titled "<name> (RSS)" and so on. */
export function feedLinks(locale: string, scope: FeedScope, slug: string, name: string): FeedLink[] {
  return FEED_FORMATS.map((format) => ({
    href: feedPath(locale, scope, slug, format),
    type: FEED_CONTENT_TYPE[format].split(';')[0]!,
    title: `${name} (${FORMAT_NAME[format]})`,
  }));
}
