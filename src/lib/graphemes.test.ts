import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countGraphemes, remainingGraphemes } from './graphemes.ts';

const FAMILY = '👨‍👩‍👧‍👦'; // 7 code points, 11 UTF-16 units, 25 UTF-8 bytes

describe('countGraphemes', () => {
  it.each([
    ['', 0],
    ['Bishkek', 7],
    ['Бишкек', 6],
    [FAMILY, 1],
    ['🇰🇬🇰🇿', 2],
    ['e\u0301', 1], // e + combining acute
    ['O\u02BBzbekiston', 11], // Uzbek okina is a letter of its own
    ['a\r\nb', 3], // CR LF is one cluster
  ])('%j has %i', (text, expected) => {
    expect(countGraphemes(text)).toBe(expected);
  });

  it('counts 1500 family emoji as 1500 although they are 37.5 KB', () => {
    const text = FAMILY.repeat(1500);
    expect(Buffer.byteLength(text)).toBe(37_500);
    expect(countGraphemes(text)).toBe(1500);
    expect(remainingGraphemes(text, 1500)).toBe(0);
    expect(remainingGraphemes(`${text}!`, 1500)).toBe(-1);
  });

  it('never counts more than code points, and adds up over clusters', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }), { maxLength: 50 }), (clusters) => {
      const text = clusters.join('');
      expect(countGraphemes(text)).toBeLessThanOrEqual([...text].length);
      // Joining clusters may merge neighbours (regional indicators, combining marks), never split them.
      expect(countGraphemes(text)).toBeLessThanOrEqual(clusters.length);
    }));
  });

  it('counts long text in windows exactly as one pass would (clusters cut by a window edge, flags, marks, CR LF)', () => {
    const oneByOne = (text: string) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].length;
    const cluster = fc.oneof(
      fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 1 }),
      fc.constantFrom(FAMILY, '🇰🇬', '\u{1F1F0}', 'e\u0301', '\r\n', 'ж', 'ب', 'ก\u0e33', `a${'\u0301'.repeat(40)}`),
    );
    fc.assert(fc.property(fc.array(cluster, { minLength: 300, maxLength: 1500 }), (clusters) => {
      const text = clusters.join('');
      expect(countGraphemes(text)).toBe(oneByOne(text));
    }), { numRuns: 60 });
  });

  it('counts plain Latin and Cyrillic text without the segmenter exactly as the segmenter would', () => {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const oneByOne = (text: string) => [...segmenter.segment(text)].length;
    const unit = fc.oneof(
      fc.integer({ min: 0, max: 0x02ff }).map((code) => String.fromCharCode(code)),
      fc.integer({ min: 0x0400, max: 0x052f }).map((code) => String.fromCharCode(code)),
      fc.constantFrom('\r\n', '\r', '\n', '\u0483', 'e\u0301'),
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 200 }), (units) => {
      const text = units.join('');
      expect(countGraphemes(text)).toBe(oneByOne(text));
    }));
  });

  it('counts a cluster longer than a window as one', () => {
    expect(countGraphemes(`x${'\u0301'.repeat(5000)}y`)).toBe(2);
  });

  it('stays linear on long text (75,000 letters once took seconds)', () => {
    expect(countGraphemes('ж'.repeat(75_000))).toBe(75_000);
  });
});

