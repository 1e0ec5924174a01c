// Any headline, summary, name or body text, however hostile, gives well-formed XML that a
// feed parser reads back as the same text (less the characters XML 1.0 cannot carry).
import { parseFeed } from '@rowanmanning/feed-parser';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { XSS_CORPUS } from '../../test/xss-corpus.ts';
import { renderFeed, xmlText, type FeedData } from './feed-document.ts';

const at = new Date('2026-06-01T00:00:00Z');

function feedWith(text: string, html: string): FeedData {
  return {
    title: text, description: text, language: 'ar', siteName: text, homeUrl: 'https://x.test/ar/',
    selfUrl: { rss: 'https://x.test/ar/feed.xml', atom: 'https://x.test/ar/atom.xml', json: 'https://x.test/ar/feed.json' },
    emptyUpdated: at,
    items: [{
      guid: 'urn:uuid:019e0000-0000-7000-8000-000000000000', url: 'https://x.test/ar/articles/a', title: text, summary: text, contentHtml: html,
      published: at, updated: at, authors: [{ name: text }], categories: [{ name: text, slug: 's', url: 'https://x.test/ar/sections/s' }],
    }],
  };
}

function check(text: string): void {
  const data = feedWith(text, `<p>${text}</p>`);
  for (const format of ['rss', 'atom'] as const) {
    const xml = renderFeed(data, format);
    expect(XMLValidator.validate(xml), `${format}: ${JSON.stringify(text)}`).toBe(true);
    const item = parseFeed(xml).items[0]!;
    // The parser trims, and XML reads every CR as LF (XML 1.0, 2.11): the text itself survives.
    expect(item.title ?? '', format).toBe(xmlText(text).replace(/\r\n?/g, '\n').trim());
  }
  const json = JSON.parse(renderFeed(data, 'json')) as { items: Array<{ title: string }> };
  expect(json.items[0]!.title).toBe(xmlText(text));
}

describe('feed documents', () => {
  it.each(XSS_CORPUS.map((s) => [s]))('keep %j as text in well-formed XML', (text) => check(text));

  it('keep any string as text in well-formed XML', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => check(text)), { numRuns: 300 });
  });

  it('drop characters XML 1.0 forbids, keep tab and line breaks', () => {
    expect(xmlText('a\u0000b\u0008c\u000bd\u001fe\ufffef\t\n\rg\ud800h')).toBe('abcdef\t\n\rgh');
    expect(xmlText('😀')).toBe('😀');
  });
});
