// Parsing helpers for the sitemap tests: every document goes through a real XML parser
// (fast-xml-parser), never through regular expressions.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

const LISTS = new Set(['url', 'sitemap', 'xhtml:link']);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: false, isArray: (name) => LISTS.has(name) });

export interface ParsedLink { '@_rel': string; '@_hreflang': string; '@_href': string }
export interface ParsedUrl {
  loc: string; lastmod?: string; 'xhtml:link'?: ParsedLink[];
  'news:news'?: { 'news:publication': { 'news:name': string; 'news:language': string }; 'news:publication_date': string; 'news:title': string };
}

/** Well-formed XML, parsed; fails the test otherwise. */
export function parseXml(body: string): Record<string, any> {
  expect(XMLValidator.validate(body)).toBe(true);
  expect(body.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  return parser.parse(body) as Record<string, any>;
}

export function urlsOf(body: string): ParsedUrl[] {
  const doc = parseXml(body);
  expect(doc.urlset).toBeDefined();
  expect(doc.urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return (doc.urlset.url ?? []) as ParsedUrl[];
}

export function sitemapLocsOf(body: string): string[] {
  const doc = parseXml(body);
  expect(doc.sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
  return ((doc.sitemapindex.sitemap ?? []) as Array<{ loc: string }>).map((s) => s.loc);
}

/** hreflang → href of one <url>'s alternates. */
export function alternatesOf(url: ParsedUrl): Record<string, string> {
  return Object.fromEntries((url['xhtml:link'] ?? []).map((l) => {
    expect(l['@_rel']).toBe('alternate');
    return [l['@_hreflang'], l['@_href']];
  }));
}
