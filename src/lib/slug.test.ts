import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSlug, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['EU to widen border co-operation', 'eu-to-widen-border-co-operation'],
    ['Граница открыта после ремонта', 'granitsa-otkryta-posle-remonta'],
    ['Қазақстан және Ўзбекистон', 'qazaqstan-zhane-ozbekiston'],
    ['  ---  ', 'untitled'],
    ['Café déjà vu', 'cafe-deja-vu'],
    ["O'zbekiston", 'ozbekiston'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('always produces a valid slug of bounded length', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
      const slug = slugify(text);
      expect(isValidSlug(slug)).toBe(true);
      expect(slug.length).toBeLessThanOrEqual(80);
    }), { numRuns: 3000 });
  });
});

describe('slugify length limit', () => {
  it('never splits an astral character at the cut', () => {
    const slug = slugify(`${'a'.repeat(79)}𐐨𐐨𐐨`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(isValidSlug(slug)).toBe(true);
  });
});
