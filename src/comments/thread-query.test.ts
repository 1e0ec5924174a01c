import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chainView, pageView, parseThreadQuery, replyHref, threadQueryString, type ThreadQuery } from './thread-query.ts';

const A = '019ea675-d280-75c0-a726-f2e42c0b982d';
const B = '019ea675-d668-76ea-bda1-418a13745dc5';
const C = '019ea675-e000-7000-8000-00000000000c';

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
    const maybe = fc.option(id, { nil: undefined });
    const pageOfTopLevel = fc.record({ order: fc.constantFrom<'oldest' | 'newest'>('oldest', 'newest'), after: maybe, replyTo: maybe });
    const pageOfChain = fc.record({ chain: id, repliesAfter: maybe, replyTo: maybe }).map((v) => ({ order: 'oldest' as const, ...v }));
    fc.assert(fc.property(fc.oneof(pageOfTopLevel, pageOfChain), (view) => {
      const defined = Object.fromEntries(Object.entries(view).filter(([, v]) => v !== undefined)) as unknown as ThreadQuery;
      const text = threadQueryString(defined);
      const again = parseThreadQuery(Object.fromEntries(new URLSearchParams(text.slice(1))));
      expect(again).toEqual(defined);
      expect(threadQueryString(again)).toBe(text);
    }));
  });

  it('the reply chain view: one top-level comment, a reply cursor, oldest first, written in one order', () => {
    const q = parseThreadQuery({ reply_to: C, replies_after: B, comments_thread: A, comments_order: 'oldest' });
    expect(q).toEqual({ order: 'oldest', chain: A, repliesAfter: B, replyTo: C });
    expect(threadQueryString(q)).toBe(`?comments_thread=${A}&replies_after=${B}&reply_to=${C}`);
    expect(threadQueryString(chainView(A))).toBe(`?comments_thread=${A}`);
    expect(pageView(q)).toEqual(chainView(A, B));
    expect(replyHref(q, B)).toBe(`?comments_thread=${A}&replies_after=${B}&reply_to=${B}#comment-form`);
  });

  it('a chain parameter that is malformed, repeated or mixed with the list of top-level comments is a 404', () => {
    for (const query of [
      { comments_thread: 'abc' }, { comments_thread: '' }, { comments_thread: [A, A] }, { comments_thread: A.toUpperCase() },
      { comments_thread: A, replies_after: 'x' }, { comments_thread: A, replies_after: [B, B] }, { replies_after: B },
      { comments_thread: A, comments_after: B }, { comments_thread: A, comments_order: 'newest' }, { comments_thread: A, reply_to: 'x' },
    ]) {
      const parsed = parseThreadQuery(query);
      expect(parsed.invalid, JSON.stringify(query)).toBe(true);
      expect(threadQueryString(parsed)).toBe('?comments_after=invalid');
    }
  });

  it('Reply keeps the page and order, and drops a previous reply_to', () => {
    expect(replyHref({ order: 'oldest' }, A)).toBe(`?reply_to=${A}#comment-form`);
    expect(replyHref({ order: 'newest', after: A, replyTo: A }, B)).toBe(`?comments_order=newest&comments_after=${A}&reply_to=${B}#comment-form`);
  });
});
