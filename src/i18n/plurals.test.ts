import { describe, expect, it } from 'vitest';
import { pluralize, type PluralCatalog } from './plurals.ts';

const comments: PluralCatalog = {
  en: { one: '# Comment', other: '# Comments' },
  ru: { one: '# комментарий', few: '# комментария', many: '# комментариев', other: '# комментария' },
};

describe('plurals', () => {
  it('English: one and other', () => {
    expect(pluralize('en', comments, 1)).toBe('1 Comment');
    expect(pluralize('en', comments, 3)).toBe('3 Comments');
    expect(pluralize('en', comments, 0)).toBe('0 Comments');
  });

  it('Russian: one, few, many by the last digits', () => {
    expect(pluralize('ru', comments, 1)).toBe('1 комментарий');
    expect(pluralize('ru', comments, 3)).toBe('3 комментария');
    expect(pluralize('ru', comments, 5)).toBe('5 комментариев');
    expect(pluralize('ru', comments, 11)).toBe('11 комментариев');
    expect(pluralize('ru', comments, 21)).toBe('21 комментарий');
    expect(pluralize('ru', comments, 1000)).toBe('1\u00a0000 комментариев');
  });

  it('falls back to English forms and rules for a language without a catalog', () => {
    expect(pluralize('kk-Cyrl', comments, 1)).toBe('1 Comment');
    expect(pluralize('kk-Cyrl', comments, 2)).toBe('2 Comments');
  });
});
