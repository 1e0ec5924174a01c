// Pure pieces of the moderation queue: the reply excerpt (cut at graphemes), the list
// address with its report of what was done, reading that report back as a sentence, and
// the text cut at screening's evidence spans (UTF-16 offsets) for highlighting.
import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';
import { mergeSpans, splitAtSpans } from '../lib/highlight.ts';
import { flashFromQuery, listHref, parseListQuery } from './moderation-list.ts';

describe('excerpt', () => {
  it.each([
    ['short text', 10, 'short text'],
    ['  line one\n\nline   two ', 40, 'line one line two'],
    ['abcdefghij', 4, 'abcd…'],
    ['👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦', 2, '👨‍👩‍👧‍👦👨‍👩‍👧‍👦…'],
    ['Привет мир', 6, 'Привет…'],
    ['e\u0301e\u0301e\u0301', 2, 'e\u0301e\u0301…'],
  ])('%j cut at %i → %j', (text, max, expected) => {
    expect(excerpt(text, max)).toBe(expected);
  });
});

describe('list address', () => {
  it('defaults to the pending tab and ignores what is not a tab or an id', () => {
    expect(parseListQuery({})).toEqual({ tab: 'pending', after: undefined });
    expect(parseListQuery({ tab: 'held', after: 'abc-123' })).toEqual({ tab: 'held', after: 'abc-123' });
    expect(parseListQuery({ tab: 'deleted', after: '../x?y' })).toEqual({ tab: 'pending', after: undefined });
    expect(parseListQuery({ status: 'approved' })).toEqual({ tab: 'approved', after: undefined }); // the old name
  });

  it('builds addresses that read back the same', () => {
    expect(listHref('/admin/moderation', { tab: 'pending' })).toBe('/admin/moderation');
    expect(listHref('/admin/moderation', { tab: 'spam', after: 'c1' }, { done: 'rejected' })).toBe('/admin/moderation?tab=spam&after=c1&done=rejected');
    expect(listHref('/admin/moderation', { tab: 'pending' }, { done: 'approved', changed: 3, conflicts: 0 })).toBe('/admin/moderation?done=approved&n=3');
    expect(parseListQuery(Object.fromEntries(new URLSearchParams('tab=reported&after=c9')))).toEqual({ tab: 'reported', after: 'c9' });
  });

  it.each([
    [{ done: 'approved' }, 'Comment approved: readers can see it now.'],
    [{ done: 'spam' }, 'Comment marked as spam.'],
    [{ done: 'pending' }, 'Comment put back in the queue as pending.'],
    [{ done: 'featured' }, 'Comment featured.'],
    [{ done: 'approved', n: '1' }, '1 comment approved.'],
    [{ done: 'rejected', n: '4', conflicts: '2' }, '4 comments rejected. 2 comments were changed by someone else meanwhile and left as they are.'],
    [{ done: 'exploded' }, undefined],
    [{}, undefined],
  ])('reports %j as %j', (query, message) => {
    expect(flashFromQuery(query)).toBe(message);
  });
});

describe('highlighting matched words', () => {
  const marked = (text: string, spans: Array<[number, number]>) =>
    splitAtSpans(text, spans.map(([start, end]) => ({ start, end }))).map((p) => (p.mark ? `[${p.text}]` : p.text)).join('');

  it('cuts the text at the spans, merging those that overlap or touch', () => {
    expect(marked('you idiot and moron', [[4, 9], [14, 19]])).toBe('you [idiot] and [moron]');
    expect(marked('abcdefgh', [[1, 4], [3, 6], [6, 7]])).toBe('a[bcdefg]h');
    expect(marked('abc', [[0, 3]])).toBe('[abc]');
    expect(marked('abc', [])).toBe('abc');
    expect(marked('', [])).toBe('');
    expect(mergeSpans('abcdef', [{ start: 4, end: 5 }, { start: 0, end: 2 }, { start: 1, end: 3 }])).toEqual([{ start: 0, end: 3 }, { start: 4, end: 5 }]);
  });

  it('ignores spans outside the text or empty ones', () => {
    expect(marked('short', [[-3, 2], [4, 99], [3, 3], [9, 12]])).toBe('[sh]or[t]');
  });

  it('counts in UTF-16 units: Cyrillic and emoji', () => {
    const ru = 'Ты сука, понял?';
    expect(marked(ru, [[3, 7]])).toBe('Ты [сука], понял?');
    const emoji = '😡😡 idiot 👍';
    expect(emoji.indexOf('idiot')).toBe(5);
    expect(marked(emoji, [[5, 10]])).toBe('😡😡 [idiot] 👍');
    // A stored span that splits an emoji's surrogate pair is widened, never cutting the character in two.
    expect(marked(emoji, [[1, 3]])).toBe('[😡😡] idiot 👍');
  });
});
