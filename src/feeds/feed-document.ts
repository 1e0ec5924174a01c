// Turns a feed's data into RSS 2.0 and Atom 1.0 (with the `feed` package) or JSON Feed 1.1.
// The package writes some fields verbatim into CDATA or attributes, so text is prepared
// per format here: characters XML 1.0 forbids are dropped, HTML fields never contain
// `]]>` (written `]]&gt;`, the same HTML), and titles that are HTML in the format (Atom
// type="html", RSS in practice) are HTML-escaped, so a headline "<script>" is text everywhere.
import { Feed, type Item } from 'feed';
import type { FeedFormat } from './feed-urls.ts';

export interface FeedPerson { name: string; url?: string }
export interface FeedCategory { name: string; slug: string; url: string }

export interface FeedItemData {
  /** Stable across edits and slug changes: `urn:uuid:<article id>`. */
  guid: string;
  url: string;
  title: string;
  summary: string;
  /** Full article HTML, or undefined when the site's feeds carry summaries only. */
  contentHtml?: string;
  published: Date;
  updated: Date;
  authors: FeedPerson[];
  categories: FeedCategory[];
  /** `length`: bytes, when known. */
  image?: { url: string; type: string; alt: string; length?: number };
}

export interface FeedData {
  title: string;
  description: string;
  language: string;
  siteName: string;
  /** Absolute URLs. */
  homeUrl: string;
  selfUrl: Record<FeedFormat, string>;
  /** Used when there are no items; otherwise the newest item's update time. */
  emptyUpdated: Date;
  items: FeedItemData[];
}

// XML 1.0 Char production: no C0 controls but tab/LF/CR, no lone surrogates, no U+FFFE/FFFF.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (s: string): string => s.replace(NOT_XML, '');
const escapeHtml = (s: string) => xmlText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const cdataHtml = (html: string) => xmlText(html).replace(/]]>/g, ']]&gt;');
/** Attributes the package writes raw except for `&` and `"`: `<` is not allowed there. */
const attrText = (s: string) => xmlText(s).replace(/</g, '\uFF1C');

function updatedOf(data: FeedData): Date {
  return data.items.reduce((newest, item) => (item.updated > newest ? item.updated : newest), data.items.length ? new Date(0) : data.emptyUpdated);
}

function xmlItem(item: FeedItemData, format: 'rss' | 'atom'): Item {
  const summaryHtml = `<p>${escapeHtml(item.summary)}</p>`;
  return {
    title: escapeHtml(item.title),
    id: item.guid,
    guid: item.guid,
    link: item.url,
    date: item.updated,
    published: item.published,
    description: summaryHtml,
    ...(item.contentHtml !== undefined ? { content: cdataHtml(item.contentHtml) } : {}),
    // RSS's <author> wants an e-mail address; bylines go to dc:creator there instead.
    ...(format === 'atom' ? { author: item.authors.map((a) => ({ name: xmlText(a.name), ...(a.url ? { link: a.url } : {}) })) } : {}),
    ...(format === 'rss' ? { extensions: item.authors.map((a) => ({ name: 'dc:creator', objects: { _text: xmlText(a.name) } })) } : {}),
    category: item.categories.map((c) => (format === 'rss'
      ? { name: xmlText(c.name), domain: c.url }
      : { name: attrText(c.name), term: attrText(c.slug), scheme: c.url })),
    ...(item.image ? { image: { url: item.image.url, type: item.image.type, ...(item.image.length !== undefined ? { length: item.image.length } : {}) } } : {}),
  };
}

function newFeed(data: FeedData, format: 'rss' | 'atom'): Feed {
  return new Feed({
    id: data.selfUrl.atom,
    title: xmlText(data.title),
    description: xmlText(data.description),
    link: data.homeUrl,
    language: data.language,
    updated: updatedOf(data),
    generator: 'Serai',
    feedLinks: { [format]: data.selfUrl[format] },
    author: { name: xmlText(data.siteName), link: data.homeUrl },
  });
}

function rss(data: FeedData): string {
  const feed = newFeed(data, 'rss');
  for (const item of data.items) feed.addItem(xmlItem(item, 'rss'));
  const xml = feed.rss2();
  // The package declares dc only with full content; bylines use it either way.
  return xml.includes('xmlns:dc=') ? xml : xml.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
}

function atom(data: FeedData): string {
  const feed = newFeed(data, 'atom');
  for (const item of data.items) feed.addItem(xmlItem(item, 'atom'));
  // xml:lang on the root: the package has no option for it. Direction follows from the language.
  return feed.atom1().replace('<feed xmlns="http://www.w3.org/2005/Atom"', `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeHtml(data.language)}"`);
}

/**
 * JSON Feed 1.1, written here: the package only writes version 1 (one `author`, no
 * `language`, summary and content mixed in `content_html`). Plain strings, JSON-escaped.
 */
function json(data: FeedData): string {
  // The same text as the XML feeds carry (JSON could hold control characters; nothing should).
  const text = xmlText;
  const items = data.items.map((item) => ({
    id: item.guid,
    url: item.url,
    title: text(item.title),
    ...(item.contentHtml !== undefined ? { content_html: text(item.contentHtml) } : { content_text: text(item.summary) }),
    summary: text(item.summary),
    ...(item.image ? { image: item.image.url } : {}),
    date_published: item.published.toISOString(),
    date_modified: item.updated.toISOString(),
    authors: item.authors.map((a) => ({ name: text(a.name), ...(a.url ? { url: a.url } : {}) })),
    tags: item.categories.map((c) => text(c.name)),
    language: data.language,
  }));
  const out = {
    version: 'https://jsonfeed.org/version/1.1',
    title: text(data.title),
    home_page_url: data.homeUrl,
    feed_url: data.selfUrl.json,
    description: text(data.description),
    language: data.language,
    authors: [{ name: text(data.siteName), url: data.homeUrl }],
    items,
  };
  return JSON.stringify(out);
}

export function renderFeed(data: FeedData, format: FeedFormat): string {
  switch (format) {
    case 'rss': return rss(data);
    case 'atom': return atom(data);
    case 'json': return json(data);
  }
}
