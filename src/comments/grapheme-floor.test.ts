import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes } from '../lib/graphemes.ts';
import { graphemeFloor } from './grapheme-floor.ts';

// Characters from every class the clustering rules treat specially, next to plain ones.
const TRICKY = [
  'a', 'Z', ' ', '.', '#', '\n', '\r', '\t', 'ж', 'Ω', 'ա', 'ש', 'ب', 'ع', '中', '한', '\u1100', '\u1161', '\u11A8',
  '\u0301', '\u0483', '\u200D', '\u200C', '\uFE0F', '\u20E3', '\u{1F3FB}', '\u{1F1F0}', '\u{1F1EC}', '😀', '👨', '©',
  '\u0600', '\u0D4E', '\u0E33', '\u0E01', '\u0915', '\u094D', '\u0937', '\uFF9E', '\u0903', 'ǅ', 'ß', '—', '\u00A0', '\u0964', '\u0E50', '\u0F04', '٣', '\u{1F3FB}', '\u05BE',
];

describe('graphemeFloor', () => {
  it('never counts more graphemes than the segmenter finds', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...TRICKY), { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      expect(graphemeFloor(text)).toBeLessThanOrEqual(countGraphemes(text));
    }), { numRuns: 3000 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      expect(graphemeFloor(text)).toBeLessThanOrEqual(countGraphemes(text));
    }), { numRuns: 1000 });
  });

  it('is exact for running text in the common scripts and for single emoji', () => {
    for (const text of ['Hello, world!', 'Привет, мир — как дела?', 'Γειά σου', 'שלום', 'مرحبا', '你好世界', '안녕하세요', '😀😀👍', 'Ёлка']) {
      expect(graphemeFloor(text)).toBe(countGraphemes(text));
    }
  });

  it('counts a long flood in one quick pass', () => {
    const flood = 'ж'.repeat(49_000);
    const started = performance.now();
    expect(graphemeFloor(flood)).toBe(49_000);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
