import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSlug, SLUG_MAX_LENGTH, slugify } from './slug.ts';

describe('slugify without a locale (the general table every slug used before)', () => {
  it.each([
    ['EU to widen border co-operation', 'eu-to-widen-border-co-operation'],
    ['Граница открыта после ремонта', 'granitsa-otkryta-posle-remonta'],
    ['Қазақстан және Ўзбекистон', 'qazaqstan-zhane-ozbekiston'],
    ['Ёлка', 'yolka'],
    ['  ---  ', 'untitled'],
    ['Café déjà vu', 'cafe-deja-vu'],
    ["O'zbekiston", 'ozbekiston'],
    ['1️⃣ keycap', '1-keycap'],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('slugify by the locale of the text', () => {
  it.each([
    ['ru', 'Граница открыта после ремонта', 'granitsa-otkryta-posle-remonta'],
    ['ru', 'Щука, хлеб и цены: жизнь в Йошкар-Оле', 'shchuka-khleb-i-tseny-zhizn-v-yoshkar-ole'],
    ['ru', 'Ёлка на площади', 'elka-na-ploshchadi'], // ё is e: the same slug however it was typed
    ['ru', 'Елка на площади', 'elka-na-ploshchadi'],
    ['ru', 'Объявление о съезде', 'obyavlenie-o-sezde'],
    ['kk-Cyrl', 'Жаңаөзендегі үкімет шешімі', 'zhangaozendegi-ukimet-sheshimi'],
    ['kk-Cyrl', 'Ақтөбе мен Өскемен арасында ұшақ', 'aqtobe-men-oskemen-arasynda-ushaq'],
    ['kk-Cyrl', 'Һиджра және әлем', 'hidzhra-zhane-alem'],
    ['ky-Cyrl', 'Жогорку Кеңеш жаңы мыйзам кабыл алды', 'jogorku-kengesh-jangy-myyzam-kabyl-aldy'],
    ['ky-Cyrl', 'Ысык-Көлдө түрүстөр көбөйдү', 'ysyk-koldo-turustor-koboydu'],
    ['tg-Cyrl', 'Ҳукумати Тоҷикистон дар Хуҷанд', 'hukumati-tojikiston-dar-khujand'],
    ['tg-Cyrl', 'Ғалабаи қаҳрамонӣ дар кӯҳҳо', 'ghalabai-qahramoni-dar-kuhho'],
    ['uz-Cyrl', 'Ўзбекистон янги йўл қурди', 'ozbekiston-yangi-yol-qurdi'],
    ['uz-Latn', 'Oʻzbekiston yangi yoʻl qurdi', 'ozbekiston-yangi-yol-qurdi'], // the same slug in both alphabets
    ['uz-Latn', "O'zbekiston yangi yo‘l qurdi", 'ozbekiston-yangi-yol-qurdi'],
    ['uz-Cyrl', 'Маъно, цирк ва шаҳар', 'mano-sirk-va-shahar'],
    ['uz-Cyrl', 'Ер юзи сентябрда', 'yer-yuzi-sentabrda'],
    ['en', 'Жогорку Кеңеш', 'zhogorku-kengesh'], // a locale without a table of its own: the general one
  ])('%s: %s → %s', (locale, input, expected) => {
    expect(slugify(input, locale)).toBe(expected);
  });
});

describe('slugify in Arabic script: Unicode slugs, normalised', () => {
  it.each([
    ['ar', 'الرئيس يزور الكويت', 'الرئيس-يزور-الكويت'],
    ['ar', 'مُحَمَّدٌ رَسُولٌ', 'محمد-رسول'], // harakat go
    ['ar', 'عـــاجل', 'عاجل'], // tatweel goes
    ['ar', 'انتخابات ٢٠٢٤', 'انتخابات-2024'], // Arabic-Indic digits become ASCII
    ['ar', 'فی کتاب', 'في-كتاب'], // Persian yeh and kaf typed in Arabic
    ['fa-AF', 'كتاب يك', 'کتاب-یک'], // Arabic yeh and kaf typed in Dari
    ['fa-AF', 'کتاب‌ها در کابل ۱۴۰۳', 'کتاب-ها-در-کابل-1403'], // ZWNJ is a hyphen, Persian digits ASCII
    ['fa-AF', '\u200Fسلام\u200F \u202Bدنیا\u202C', 'سلام-دنیا'], // bidi controls never reach a slug
    ['fa-AF', 'خانهٔ ما', 'خانه-ما'],
    ['ps', 'پښتو ژبه يې ښه ده', 'پښتو-ژبه-يې-ښه-ده'], // Pashto keeps ي apart from ی
    ['ps', 'كابل', 'کابل'],
    ['ur', 'اردو خبریں ۲۰۲۴ ميں', 'اردو-خبریں-2024-میں'],
    ['ar', 'ﻻ ﷲ', 'لا-الله'], // presentation forms become letters
    ['ar', 'Iran: إيران', 'iran-إيران'],
  ])('%s: %s → %s', (locale, input, expected) => {
    expect(slugify(input, locale)).toBe(expected);
  });

  it('makes slugs that survive percent-encoding', () => {
    const slug = slugify('الرئيس يزور الكويت', 'ar');
    expect(decodeURIComponent(encodeURIComponent(slug))).toBe(slug);
    expect(encodeURIComponent(slug)).toMatch(/^[A-Za-z0-9%-]+$/);
  });
});

describe('slugify length limit', () => {
  it('never splits an astral character at the cut', () => {
    const slug = slugify(`${'a'.repeat(79)}𐐨𐐨𐐨`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('cuts at a word boundary in the second half', () => {
    expect(slugify(`${'word '.repeat(30)}`)).toBe(Array(16).fill('word').join('-'));
  });

  it('never separates a letter from its vowel sign', () => {
    const slug = slugify(`${'a'.repeat(79)}कि`, 'hi');
    expect(slug).toBe('a'.repeat(79));
  });
});

describe('isValidSlug', () => {
  it.each([
    'world-news', 'ozbekiston', 'الرئيس-يزور-الكويت', 'کتاب-ها', 'новости', '2024', 'a',
  ])('accepts %s', (slug) => {
    expect(isValidSlug(slug)).toBe(true);
  });

  it.each([
    ['upper case', 'World-news'], ['a double hyphen', 'world--news'], ['a leading hyphen', '-news'], ['a space', 'world news'],
    ['an apostrophe letter', 'oʻzbekiston'], ['a tutuq', 'maʼno'], ['tatweel', 'عـاجل'], ['harakat', 'مُحَمَّد'],
    ['Arabic-Indic digits', 'خبر-٢٠٢٤'], ['Persian digits', 'خبر-۱۴۰۳'], ['a bidi mark', 'سلام\u200F'], ['ZWNJ', 'کتاب\u200Cها'],
    ['decomposed letters', 'cafe\u0301'], ['a compatibility form', 'ﬁnance'], ['a mark starting a word', 'a-\u0301b'],
    ['too long', 'a'.repeat(121)], ['empty', ''],
  ])('rejects %s', (_why, slug) => {
    expect(isValidSlug(slug)).toBe(false);
  });
});

const LOCALES = [undefined, 'en', 'ru', 'kk-Cyrl', 'ky-Cyrl', 'tg-Cyrl', 'tk-Latn', 'uz-Latn', 'uz-Cyrl', 'ar', 'fa-AF', 'ps', 'ur', 'tr', 'hi'];
/** Text that reaches the tricky paths: the letters of our scripts, their marks, invisible characters, apostrophes. */
const TRICKY = [
  ...'абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһіҳҷӣӯўїєґЁЖЩҲЎҒ',
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهويىةآأإؤئءکیگپچژښډټۍېګ',
  '\u064E', '\u0650', '\u064F', '\u0651', '\u0652', '\u064B', '\u0670', '\u0640', '\u0654',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
  '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\uFEFF', '\u00AD',
  "'", '`', '´', '‘', '’', 'ʻ', 'ʼ', ...'oOgGeEyYsShHaA ', '-', ' ', '\u0301', '\u0308', '\uFE0F', '\u20E3', 'İ', 'ß', 'Σ', 'ﷺ', 'ﻻ', '1', 'क', 'ि',
];
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.string({ unit: fc.constantFrom(...TRICKY), maxLength: 200 }),
);
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

describe('slugify, for any text and locale', () => {
  it('is valid, never empty, at most the limit, lower case, and without bidi controls', () => {
    fc.assert(fc.property(text, fc.constantFrom(...LOCALES), (input, locale) => {
      const slug = slugify(input, locale);
      expect(isValidSlug(slug)).toBe(true);
      expect(slug.length).toBeGreaterThan(0);
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
      expect(slug).toBe(slug.toLocaleLowerCase('und'));
      expect(slug).not.toMatch(/[\p{Lu}\p{Lt}]/u);
      expect(slug).not.toMatch(BIDI_CONTROLS);
    }), { numRuns: 4000 });
  });

  it('is idempotent: a slug slugifies to itself', () => {
    fc.assert(fc.property(text, fc.constantFrom(...LOCALES), (input, locale) => {
      const slug = slugify(input, locale);
      expect(slugify(slug, locale)).toBe(slug);
    }), { numRuns: 4000 });
  });

  it('respects a shorter limit too', () => {
    fc.assert(fc.property(text, fc.integer({ min: 8, max: 40 }), (input, max) => {
      const slug = slugify(input, 'ar', max);
      expect(slug.length).toBeLessThanOrEqual(Math.max(max, 'untitled'.length));
      expect(isValidSlug(slug)).toBe(true);
    }), { numRuns: 1000 });
  });
});
