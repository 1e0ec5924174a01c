import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { searchKey } from './search-key.ts';

describe('searchKey: spellings a reader cannot tell apart are one key', () => {
  it.each([
    ['uz-Latn', "O'zbekiston", 'Oʻzbekiston'],
    ['uz-Latn', 'O‘zbekiston', 'O`zbekiston'],
    ['uz-Latn', 'ma’no', 'maʼno'],
    ['uz-Latn', 'Ўзбекистон', 'Oʻzbekiston'], // either alphabet finds both editions
    ['uz-Cyrl', 'ғалаба', "g'alaba"],
    ['ru', 'Ёлка', 'елка'],
    ['ru', 'ЁЛКА', 'Елка'],
    ['en', 'ﬁnance', 'Finance'],
    ['en', 'Ｔａｓｈｋｅｎｔ', 'tashkent'],
    ['de', 'Straße', 'STRASSE'],
    ['ar', 'مُحَمَّد', 'محمد'],
    ['ar', 'عـــاجل', 'عاجل'],
    ['ar', 'إسلام', 'اسلام'],
    ['ar', 'مدرسة', 'مدرسه'],
    ['ar', 'على', 'علي'],
    ['ar', 'کتاب فی', 'كتاب في'],
    ['fa-AF', 'كتاب يك', 'کتاب یک'],
    ['fa-AF', 'می‌شود', 'می شود'],
    ['fa-AF', 'سال ۱۴۰۳', 'سال 1403'],
    ['ar', 'عام ٢٠٢٤', 'عام 2024'],
    ['ur', 'ميں', 'میں'],
    ['ar', '\u200Fسلام\u200F', 'سلام'],
    ['tr', 'İSTANBUL', 'istanbul'],
    ['en', '  many \n spaces\t', 'many spaces'],
  ])('%s: %s = %s', (locale, a, b) => {
    expect(searchKey(a, locale)).toBe(searchKey(b, locale));
  });

  it.each([
    ['uz-Latn', "O'zbekiston", 'oʻzbekiston'],
    ['uz-Cyrl', 'Маъно', 'maʼno'],
    ['ru', 'Ёлка', 'елка'],
    ['fa-AF', 'کتاب‌ها', 'کتاب ها'],
    ['ar', 'أحمد', 'احمد'],
  ])('%s: %s → %s', (locale, text, key) => {
    expect(searchKey(text, locale)).toBe(key);
  });

  it.each([
    ['tk-Latn', 'Türkmen', 'turkmen'], // Turkmen ü is a letter of its own
    ['en', 'café', 'cafe'], // accents are letters in some of our languages
    ['ps', 'يې', 'یې'], // Pashto ي and ی are different letters
    ['fa-AF', 'آب', 'اب'], // Persian keeps alef madda
    ['kk-Cyrl', 'ёрт', 'ерт'], // ё is folded only in Russian
  ])('%s keeps %s and %s apart', (locale, a, b) => {
    expect(searchKey(a, locale)).not.toBe(searchKey(b, locale));
  });

  it('is idempotent, for any text and locale', () => {
    const locales = ['en', 'ru', 'kk-Cyrl', 'uz-Latn', 'uz-Cyrl', 'ar', 'fa-AF', 'ps', 'ur', 'tr', 'not a locale!'];
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.constantFrom(...locales), (text, locale) => {
      const key = searchKey(text, locale);
      expect(searchKey(key, locale)).toBe(key);
    }), { numRuns: 3000 });
  });
});
