// Pure pieces of the moderation list: the reply excerpt (cut at graphemes), the list
// address with its report of what was done, and reading that report back as a sentence.
import { describe, expect, it } from 'vitest';
import { excerpt } from './excerpt.ts';
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
  it('defaults to the pending tab and ignores what is not a status or an id', () => {
    expect(parseListQuery({})).toEqual({ status: 'pending', before: undefined });
    expect(parseListQuery({ status: 'approved', before: 'abc-123' })).toEqual({ status: 'approved', before: 'abc-123' });
    expect(parseListQuery({ status: 'deleted', before: '../x?y' })).toEqual({ status: 'pending', before: undefined });
  });

  it('builds addresses that read back the same', () => {
    expect(listHref('/admin/comments', { status: 'pending' })).toBe('/admin/comments');
    expect(listHref('/admin/comments', { status: 'spam', before: 'c1' }, { done: 'rejected' })).toBe('/admin/comments?status=spam&before=c1&done=rejected');
    expect(listHref('/admin/comments', { status: 'pending' }, { done: 'approved', changed: 3, conflicts: 0 })).toBe('/admin/comments?done=approved&n=3');
  });

  it.each([
    [{ done: 'approved' }, 'Comment approved: readers can see it now.'],
    [{ done: 'spam' }, 'Comment marked as spam.'],
    [{ done: 'pending' }, 'Comment put back in the queue as pending.'],
    [{ done: 'approved', n: '1' }, '1 comment approved.'],
    [{ done: 'rejected', n: '4', conflicts: '2' }, '4 comments rejected. 2 comments were changed by someone else meanwhile and left as they are.'],
    [{ done: 'exploded' }, undefined],
    [{}, undefined],
  ])('reports %j as %j', (query, message) => {
    expect(flashFromQuery(query)).toBe(message);
  });
});
