import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseUtcLocal, readEditorForm, shownSlug, splitTags } from './article-form.ts';
import { lengthOf, normaliseTags } from './article-validation.ts';

describe('reading the editor form', () => {
  it.each([
    ['2026-06-08T12:30', '2026-06-08T12:30:00.000Z'],
    ['2026-06-08T12:30:15', '2026-06-08T12:30:15.000Z'],
    ['2026-02-30T10:00', undefined],
    ['2026-06-08', undefined],
    ['', undefined],
    ['2026-06-08T12:30Z', undefined],
    ['tomorrow', undefined],
  ])('reads the datetime-local value %j as UTC: %j', (input, expected) => {
    expect(parseUtcLocal(input)).toBe(expected);
  });

  it.each([
    ['Trade, Transport', ['Trade', 'Transport']],
    [' , Trade ,, ', ['Trade']],
    ['Экономика، Торговля', ['Экономика', 'Торговля']],
    ['', []],
  ])('splits tags %j', (input, expected) => {
    expect(splitTags(input)).toEqual(expected);
  });

  it('keeps the Markdown as typed apart from line endings, and falls back to "save" for an unknown intent', () => {
    const { values, intent } = readEditorForm({ bodyMd: '    code\r\n\r\n  text  ', headline: '  Spaced  ', intent: 'delete-everything', authorIds: ['a', 'b'] });
    expect(values.bodyMd).toBe('    code\n\n  text  ');
    expect(values.headline).toBe('Spaced');
    expect(values.authorIds).toEqual(['a', 'b']);
    expect(intent).toBe('save');
  });

  it.each([
    [{ slug: 'metro-opens', headline: 'Metro opens', publishedAt: null }, ''],
    [{ slug: 'metro-opens-2', headline: 'Metro opens', publishedAt: null }, ''],
    [{ slug: 'my-own', headline: 'Metro opens', publishedAt: null }, 'my-own'],
    [{ slug: 'metro-opens', headline: 'Metro opens', publishedAt: '2026-01-01T00:00:00.000Z' }, 'metro-opens'],
  ])('shows the slug field of %j as %j (empty = follows the headline)', (article, expected) => {
    expect(shownSlug(article)).toBe(expected);
  });
});

describe('tags', () => {
  it('are one per slug, first spelling wins, blanks dropped', () => {
    expect(normaliseTags(['Trade', ' trade ', 'TRADE', '', 'Central  Asia'])).toEqual([
      { slug: 'trade', name: 'Trade' }, { slug: 'central-asia', name: 'Central Asia' },
    ]);
  });

  it('never produce two tags with the same slug or a blank name', () => {
    fc.assert(fc.property(fc.array(fc.string()), (names) => {
      const tags = normaliseTags(names);
      expect(new Set(tags.map((t) => t.slug)).size).toBe(tags.length);
      for (const tag of tags) expect(tag.name.trim()).not.toBe('');
    }));
  });
});

describe('lengthOf', () => {
  it('counts code points, as people count characters', () => {
    expect(lengthOf('Бишкек')).toBe(6);
    expect(lengthOf('😀😀')).toBe(2);
  });
});
