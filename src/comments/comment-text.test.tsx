import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { XSS_CORPUS } from '../../test/xss-corpus.ts';
import { CommentText, paragraphsOf } from './comment-text.tsx';

const render = (text: string) => renderToString(<CommentText text={text} />);
const REL = 'rel="nofollow ugc noopener"';
/** The only markup a comment body ever contains. */
const ALLOWED_TAG = /^<(p|\/p|br\/|\/a|a href="https?:\/\/[^"<>]*" rel="nofollow ugc noopener")>$/;

describe('comment text', () => {
  it('keeps paragraphs on blank lines and line breaks inside them', () => {
    expect(render('First line\nsecond line\n\n\nNew paragraph\r\n \r\nThird')).toBe(
      '<p>First line<br/>second line</p><p>New paragraph</p><p>Third</p>',
    );
    expect(paragraphsOf('\n\n  \n')).toEqual([]);
  });

  it('links http, https and www addresses with nofollow ugc noopener', () => {
    expect(render('See https://example.com/a?b=1&c=2 now')).toBe(
      `<p>See <a href="https://example.com/a?b=1&amp;c=2" ${REL}>https://example.com/a?b=1&amp;c=2</a> now</p>`,
    );
    expect(render('www.example.org.')).toBe(`<p><a href="http://www.example.org" ${REL}>www.example.org</a>.</p>`);
    expect(render('http://пример.рф/путь')).toContain(`${REL}>http://пример.рф/путь</a>`);
  });

  it('never links mailto, ftp, javascript, protocol-relative or bare domains', () => {
    const html = render('mailto:a@example.com a@example.com ftp://example.com //example.com example.com javascript:alert(1) data:text/html,x');
    expect(html).not.toContain('<a');
  });

  it.each(XSS_CORPUS)('renders %s as text', (payload) => {
    for (const tag of render(payload).match(/<[^>]*>/g) ?? []) expect(tag).toMatch(ALLOWED_TAG);
  });

  it('anything typed comes out as text: only p, br and http(s) links are ever markup', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const html = render(text);
      for (const tag of html.match(/<[^>]*>/g) ?? []) {
        expect(tag).toMatch(ALLOWED_TAG);
      }
    }));
    fc.assert(fc.property(fc.array(fc.constantFrom('<', '>', '"', "'", '&', 'https://', 'www.', 'x', '\n', ' ', 'javascript:', 'onerror=')), (parts) => {
      for (const tag of render(parts.join('')).match(/<[^>]*>/g) ?? []) {
        expect(tag).toMatch(ALLOWED_TAG);
      }
    }));
  });
});
