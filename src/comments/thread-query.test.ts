import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseThreadQuery, replyHref, threadQueryString } from './thread-query.ts';

const A = '019ea675-d280-75c0-a726-f2e42c0b982d';
const B = '019ea675-d668-76ea-bda1-418a13745dc5';

describe('thread query', () => {
  it('the default view is the empty string, whatever else the address carries', () => {
    expect(threadQueryString(parseThreadQuery({}))).toBe('');
    expect(threadQueryString(parseThreadQuery(undefined))).toBe('');
    expect(threadQueryString(parseThreadQuery({ comments_order: 'oldest', utm_source: 'x', page: '2' }))).toBe('');
  });

  it('writes the same view the same way, in one order', () => {
    const q = parseThreadQuery({ reply_to: B, comments_after: A, comments_order: 'newest' });
    expect(q).toEqual({ order: 'newest', after: A, replyTo: B });
    expect(threadQueryString(q)).toBe(`?comments_order=newest&comments_after=${A}&reply_to=${B}`);
    expect(threadQueryString(parseThreadQuery({ comments_after: A }))).toBe(`?comments_after=${A}`);
  });

  it('a malformed or repeated thread parameter makes the view invalid (404), with a key of its own', () => {
    for (const query of [
      { comments_order: 'random' }, { comments_after: 'abc' }, { comments_after: A.toUpperCase() }, { reply_to: `${A}x` },
      { reply_to: [A, B] }, { comments_after: '' }, { reply_to: "1' OR '1'='1" }, { comments_order: ['newest'] },
    ]) {
      const parsed = parseThreadQuery(query);
      expect(parsed.invalid).toBe(true);
      expect(threadQueryString(parsed)).not.toBe('');
    }
  });

  it('parsing a written view gives the view back (canonical round trip)', () => {
    const id = fc.uuid({ version: 7 }).map((u) => u.toLowerCase());
    fc.assert(fc.property(fc.constantFrom<'oldest' | 'newest'>('oldest', 'newest'), fc.option(id, { nil: undefined }), fc.option(id, { nil: undefined }), (order, after, replyTo) => {
      const text = threadQueryString({ order, ...(after ? { after } : {}), ...(replyTo ? { replyTo } : {}) });
      const again = parseThreadQuery(Object.fromEntries(new URLSearchParams(text.slice(1))));
      expect(threadQueryString(again)).toBe(text);
    }));
  });

  it('Reply keeps the page and order, and drops a previous reply_to', () => {
    expect(replyHref({ order: 'oldest' }, A)).toBe(`?reply_to=${A}#comment-form`);
    expect(replyHref({ order: 'newest', after: A, replyTo: A }, B)).toBe(`?comments_order=newest&comments_after=${A}&reply_to=${B}#comment-form`);
  });
});
