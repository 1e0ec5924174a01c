// The sitemap documents as XML, written by fast-xml-parser's builder, which escapes every
// text and attribute value (&, <, >, quotes): a headline is data, never markup. Characters
// XML 1.0 cannot carry at all (most C0 controls, lone surrogates) are dropped first.
import { XMLBuilder } from 'fast-xml-parser';

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: false, suppressEmptyNode: true });
const DECLARATION = { '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' } };

const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text XML 1.0 can hold (escaping is the builder's job). */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** W3C Datetime without milliseconds: 2026-11-03T10:00:00Z. */
export function w3cDate(iso: string): string {
  return iso.replace(/\.\d+Z$/, 'Z');
}

export interface Alternate { hreflang: string; href: string }
export interface UrlEntry { loc: string; lastmod?: string; alternates?: readonly Alternate[] }
export interface NewsEntry { loc: string; publicationName: string; language: string; publishedAt: string; title: string }
export interface IndexEntry { loc: string; lastmod?: string }

function urlNode(entry: UrlEntry) {
  return {
    loc: entry.loc,
    ...(entry.lastmod ? { lastmod: w3cDate(entry.lastmod) } : {}),
    ...(entry.alternates?.length
      ? { 'xhtml:link': entry.alternates.map((a) => ({ '@_rel': 'alternate', '@_hreflang': a.hreflang, '@_href': a.href })) }
      : {}),
  };
}

/** A <urlset> of pages, with hreflang alternates (xhtml:link) where given. */
export function urlsetXml(entries: readonly UrlEntry[]): string {
  return builder.build({
    ...DECLARATION,
    urlset: { '@_xmlns': SITEMAP_NS, '@_xmlns:xhtml': XHTML_NS, url: entries.map(urlNode) },
  });
}

/** A Google News <urlset>: one <news:news> per article. */
export function newsUrlsetXml(entries: readonly NewsEntry[]): string {
  return builder.build({
    ...DECLARATION,
    urlset: {
      '@_xmlns': SITEMAP_NS, '@_xmlns:news': NEWS_NS,
      url: entries.map((e) => ({
        loc: e.loc,
        'news:news': {
          'news:publication': { 'news:name': xmlText(e.publicationName), 'news:language': e.language },
          'news:publication_date': w3cDate(e.publishedAt),
          'news:title': xmlText(e.title),
        },
      })),
    },
  });
}

/** The <sitemapindex> naming every sitemap of the site. */
export function sitemapIndexXml(entries: readonly IndexEntry[]): string {
  return builder.build({
    ...DECLARATION,
    sitemapindex: {
      '@_xmlns': SITEMAP_NS,
      sitemap: entries.map((e) => ({ loc: e.loc, ...(e.lastmod ? { lastmod: w3cDate(e.lastmod) } : {}) })),
    },
  });
}
