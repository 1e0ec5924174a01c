import { describe, expect, it } from 'vitest';
import { effectiveCommentMode } from './comment-mode.ts';

const publishedAt = '2026-06-01T00:00:00.000Z';
const site = { commentMode: 'pre' as const, commentsCloseAfterDays: null };

describe('effective comment mode', () => {
  it('takes the article over the section over the site', () => {
    const now = new Date('2026-06-02T00:00:00Z');
    expect(effectiveCommentMode({ site, section: null, article: null, publishedAt }, now).mode).toBe('pre');
    expect(effectiveCommentMode({ site, section: 'post', article: null, publishedAt }, now).mode).toBe('post');
    expect(effectiveCommentMode({ site, section: 'post', article: 'closed', publishedAt }, now).mode).toBe('closed');
    expect(effectiveCommentMode({ site: { ...site, commentMode: 'closed' }, section: null, article: 'pre', publishedAt }, now).mode).toBe('pre');
  });

  it('closes by itself N days after publication', () => {
    const closing = { ...site, commentsCloseAfterDays: 7 };
    const before = effectiveCommentMode({ site: closing, section: 'post', article: null, publishedAt }, new Date('2026-06-07T23:59:59Z'));
    expect(before).toEqual({ mode: 'post', autoClosed: false, closesAt: '2026-06-08T00:00:00.000Z' });
    const after = effectiveCommentMode({ site: closing, section: 'post', article: null, publishedAt }, new Date('2026-06-08T00:00:00Z'));
    expect(after).toEqual({ mode: 'closed', autoClosed: true, closesAt: null });
  });

  it('a thread an editor closed stays closed without a closing time', () => {
    const result = effectiveCommentMode({ site: { ...site, commentsCloseAfterDays: 7 }, section: null, article: 'closed', publishedAt }, new Date(publishedAt));
    expect(result).toEqual({ mode: 'closed', autoClosed: false, closesAt: null });
  });
});
