import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchRange, negotiateLocale, parseAcceptLanguage } from './negotiate-locale.ts';

const NETWORK = ['en', 'ru', 'kk-Cyrl', 'ky-Cyrl', 'tg-Cyrl', 'tk-Latn', 'uz-Latn', 'uz-Cyrl'];
const SISTER = ['ar', 'fa-AF', 'ps', 'ur'];

describe('Accept-Language negotiation', () => {
  it.each<[string, string | undefined, readonly string[], string | undefined]>([
    // header, site default, site locales, expected (undefined: nothing acceptable, the caller uses the default)
    ['ru', 'en', NETWORK, 'ru'],
    ['ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7', 'en', NETWORK, 'ru'],
    ['ru-KZ', 'en', NETWORK, 'ru'], // lookup truncates the region
    ['de-DE,de;q=0.9,ru;q=0.5', 'en', NETWORK, 'ru'], // first acceptable by quality
    ['en;q=0.4, ru;q=0.8', 'en', NETWORK, 'ru'], // order in the header does not beat quality
    ['ru;q=0.8, en;q=0.8', 'en', NETWORK, 'ru'], // equal quality: the header's order
    ['en;q=0.9, ru ; q = 0.1', 'en', NETWORK, 'en'], // spaces around `=` are still a weight, not q=1
    ['uz', 'en', NETWORK, 'uz-Latn'], // language only: the likely script (CLDR: Latin)
    ['uz-UZ', 'en', NETWORK, 'uz-Latn'],
    ['uz-Cyrl-UZ', 'en', NETWORK, 'uz-Cyrl'], // lookup truncation keeps the script
    ['uz-Cyrl', 'en', ['en', 'uz-Latn'], undefined], // never crosses an explicit script
    ['uz-cyrl, en;q=0.5', 'ru', ['ru', 'en', 'uz-Latn'], 'en'],
    ['kk', 'en', NETWORK, 'kk-Cyrl'],
    ['kk-KZ', 'ru', NETWORK, 'kk-Cyrl'],
    ['tk', 'en', NETWORK, 'tk-Latn'],
    ['fa', 'ar', SISTER, 'fa-AF'],
    ['fa-IR', 'ar', SISTER, 'fa-AF'], // a Persian reader is better served by Dari than by Arabic
    ['prs', 'ar', SISTER, undefined], // the ISO 639-3 code for Dari is not fa
    ['ps-AF, ur;q=0.5', 'ar', SISTER, 'ps'],
    ['EN-gb', 'ru', NETWORK, 'en'], // case does not matter
    ['en_US', 'ru', NETWORK, 'en'], // underscores from odd clients
    ['de, fr;q=0.5', 'en', NETWORK, undefined],
    ['*', 'ru', NETWORK, 'ru'], // any: the site default
    ['de, *;q=0.1', 'en', NETWORK, 'en'],
    ['ru;q=0, *', 'ru', NETWORK, 'en'], // any but Russian: the first other site locale
    ['en;q=0', 'en', NETWORK, undefined], // refusing is not choosing
    ['ru;q=0, ru-KZ', 'en', NETWORK, undefined], // ru refused, so ru-KZ cannot fall back to it
    ['en-gb;q=0, en', 'ru', NETWORK, 'en'], // refusing en-GB leaves en
    ['fa;q=0, *', 'fa-AF', SISTER, 'ar'], // fa refuses fa-AF
    ['ru;q=0.000', 'en', NETWORK, undefined],
    ['ru;q=1.000', 'en', NETWORK, 'ru'],
    ['ru;q=1.5, en;q=0.5', 'kk-Cyrl', NETWORK, 'en'], // an invalid q drops the entry, not the header
    ['ru;q=abc, en', 'kk-Cyrl', NETWORK, 'en'],
    ['ru;level=1;q=0.9', 'en', NETWORK, 'ru'], // other parameters are ignored
    ['', 'en', NETWORK, undefined],
    [',,, ;;; =q', 'en', NETWORK, undefined],
    ['<script>, ru', 'en', NETWORK, 'ru'],
    ['x-klingon, i-default, ru', 'en', NETWORK, 'ru'],
    ['ruuuuuuuuuuu, ru', 'en', NETWORK, 'ru'], // a subtag longer than 8 letters is not a range
    [`${'de,'.repeat(5000)}ru`, 'en', NETWORK, undefined], // cut off: a flood of ranges is not read to the end
  ])('%s on a site with default %s picks %s', (header, defaultLocale, locales, expected) => {
    expect(negotiateLocale(header, locales, defaultLocale ?? 'en')).toBe(expected);
  });

  it('reads no header as no preference', () => {
    expect(negotiateLocale(undefined, NETWORK, 'en')).toBeUndefined();
  });

  it('parses quality values and keeps the header order for ties', () => {
    expect(parseAcceptLanguage('da, en-gb;q=0.8, en;q=0.7, *;q=0.1')).toEqual([
      { range: 'da', q: 1 }, { range: 'en-gb', q: 0.8 }, { range: 'en', q: 0.7 }, { range: '*', q: 0.1 },
    ]);
    expect(parseAcceptLanguage('a;q=0.5, b, c;q=0.5')).toEqual([{ range: 'b', q: 1 }, { range: 'a', q: 0.5 }, { range: 'c', q: 0.5 }]);
  });

  it('matches single ranges the lookup way, then by language', () => {
    expect(matchRange('zh-hant-tw', ['en', 'zh-Hant'])).toBe('zh-Hant');
    expect(matchRange('de-ch-x-private', ['de'])).toBe('de'); // a single-letter subtag goes with the one after it
    expect(matchRange('ar-eg', ['ar'])).toBe('ar');
    expect(matchRange('en', ['ru'])).toBeUndefined();
  });

  it('never throws and only ever answers one of the site locales', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (header) => {
      const picked = negotiateLocale(header, NETWORK, 'en');
      expect(picked === undefined || NETWORK.includes(picked)).toBe(true);
    }), { numRuns: 500 });
    fc.assert(fc.property(fc.array(fc.constantFrom('ru', 'uz', 'fa', 'en-US', '*', ';q=0', ';q=0.5', ',', ' ', '-', 'Latn', '\u0000', 'é')).map((p) => p.join('')), (header) => {
      const picked = negotiateLocale(header, [...NETWORK, ...SISTER], 'en');
      expect(picked === undefined || [...NETWORK, ...SISTER].includes(picked)).toBe(true);
    }), { numRuns: 500 });
  });
});
