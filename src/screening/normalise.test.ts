import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  collapseRepeats, composeCompatibility, foldCase, foldSpellingVariants, foldWords, joinSpacedLetters,
  normaliseForMatching, readInnerSymbols, stripDisguiseMarks, stripInvisible, type Units,
} from './normalise.ts';

function units(text: string): Units {
  const chars = [...text];
  let index = 0;
  const srcs = chars.map((ch) => ((index += ch.length), index - ch.length));
  return { chars, srcs };
}

const run = (step: (u: Units) => Units, text: string) => step(units(text)).chars.join('');

describe('normalisation steps', () => {
  it.each([
    [composeCompatibility, 'ﬁsh', 'fish'],
    [composeCompatibility, 'ｆｕｃｋ', 'fuck'],
    [composeCompatibility, 'и\u0306', 'й'],
    [composeCompatibility, '𝐟𝐮𝐜𝐤', 'fuck'],
    [foldCase, 'FUCK Сука', 'fuck сука'],
    [foldCase, 'İ', 'i\u0307'],
    [stripInvisible, 'fu\u200Bck\u00AD\u2060\uFEFF\u200D', 'fuck'],
    [stripInvisible, 'كـــلب', 'كلب'],
    [stripDisguiseMarks, 'f\u0301u\u0308c\u0327k', 'fuck'],
    [stripDisguiseMarks, 'fück şeker', 'fuck seker'],
    [stripDisguiseMarks, 'с\u0301ука', 'сука'],
    [stripDisguiseMarks, 'ӳй ё ў ӣ ӯ қ ң ө', 'уй ё ў ӣ ӯ қ ң ө'],
    [stripDisguiseMarks, 'كَلْب', 'كلب'],
    [stripDisguiseMarks, 'हिंदी', 'हिंदी'],
    [foldSpellingVariants, 'ещё ı يك', 'еще i یک'],
    [collapseRepeats, 'fuuuuck gooood 1000', 'fuck god 1000'],
    [collapseRepeats, 'good', 'good'],
    [joinSpacedLetters, 'с у к а', 'сука'],
    [joinSpacedLetters, 'f-u-c-k b.1.t.c.h', 'fuck b1tch'],
    [joinSpacedLetters, 'a b', 'a b'],
    [joinSpacedLetters, 'с  у  к  а', 'с  у  к  а'],
    [joinSpacedLetters, '1 2 3', '1 2 3'],
    [foldWords, 'b1tch 5h1t @ss', 'bitch shit ass'],
    [foldWords, 'cукa', 'сука'],
    [foldWords, 'fuсk', 'fuck'],
    [foldWords, '6ля 3ло 4мо', 'бля зло чмо'],
    [foldWords, '2026 4x4 100k', '2026 4x4 100k'],
    [foldWords, 'classic', 'classic'],
    [foldWords, 'пиzдец', 'пиздец'],
    [readInnerSymbols, 'sh!t b!tch', 'shit bitch'],
    [readInnerSymbols, 'Thanks! Great!! !wow', 'Thanks! Great!! !wow'],
    [readInnerSymbols, 'с!ка', 'с!ка'],
  ])('%o turns %j into %j', (step, input, expected) => {
    expect(run(step, input)).toBe(expected);
  });
});

describe('normaliseForMatching', () => {
  it.each([
    ['Scunthorpe', 'scunthorpe'],
    ['b1tch', 'bitch'],
    ['с у к а', 'сука'],
    ['cукa', 'сука'],
    ['fu\u200Bck', 'fuck'],
    ['fuuuuck', 'fuck'],
    ['F.U.C.K', 'fuck'],
    ['F\u0301U\u0308CK', 'fuck'],
    ['S\u200BU\u200BK', 'suk'],
    ['x 4aa y', 'xay'],
    ['İstanbul', 'istanbul'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseForMatching(input).text).toBe(expected);
  });

  it.each([
    ['you b1tch!', 'bitch', 'b1tch'],
    ['ну ты с у к а', 'сука', 'с у к а'],
    ['what a fuuuuck', 'fuck', 'fuuuu'],
    ['𝐟𝐮𝐜𝐤 off', 'fuck', '𝐟𝐮𝐜'],
    ['F\u0301U\u0308CK it', 'fuck', 'F\u0301U\u0308C'],
  ])('map points back into the original (%j)', (input, word, originalPrefix) => {
    const { text, map } = normaliseForMatching(input);
    const at = text.indexOf(word);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(input.slice(map[at], map[at + word.length - 1]! + 1).startsWith(originalPrefix)).toBe(true);
  });

  it('maps a ligature to its one source character', () => {
    expect(normaliseForMatching('ﬁsh')).toEqual({ text: 'fish', map: [0, 0, 1, 2] });
  });
});

const disguiseAlphabet = fc.constantFrom(
  'a', 'c', 'o', 'x', 'а', 'с', 'о', 'у', 'к', ' ', '.', '-', '1', '3', '4', '@', '\u200B', '\u0301', 'ё', 'İ', 'ﬁ', 'Ü', '\n',
);
const disguisedText = fc.array(disguiseAlphabet, { maxLength: 40 }).map((parts) => parts.join(''));

describe('normaliseForMatching properties', () => {
  it('is idempotent on the text', () => {
    for (const arbitrary of [disguisedText, fc.string({ unit: 'grapheme', maxLength: 60 })]) {
      fc.assert(fc.property(arbitrary, (input) => {
        const once = normaliseForMatching(input).text;
        expect(normaliseForMatching(once).text).toBe(once);
      }), { numRuns: 500 });
    }
  });

  it('keeps the map non-decreasing, one entry per unit and inside the original', () => {
    fc.assert(fc.property(fc.oneof(disguisedText, fc.string({ unit: 'binary', maxLength: 60 })), (input) => {
      const { text, map } = normaliseForMatching(input);
      expect(map).toHaveLength(text.length);
      map.forEach((source, i) => {
        expect(source).toBeGreaterThanOrEqual(0);
        expect(source).toBeLessThan(input.length);
        if (i > 0) expect(source).toBeGreaterThanOrEqual(map[i - 1]!);
      });
    }), { numRuns: 500 });
  });

  it('leaves plain lowercase ASCII words unchanged', () => {
    const word = fc.stringMatching(/^[a-z]{2,12}$/).filter((w) => !/(.)\1\1/.test(w));
    fc.assert(fc.property(fc.array(word, { minLength: 1, maxLength: 8 }), (words) => {
      const input = words.join(' ');
      expect(normaliseForMatching(input).text).toBe(input);
    }));
  });
});
