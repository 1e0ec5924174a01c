// Dates, numbers and direction per locale, through the registry (locales.ts): Gregorian
// everywhere, each locale's own digits, and English digits whenever the words are English.
import { describe, expect, it } from 'vitest';
import { directionOf, formatDateTime, formatTagOf, isolatedIn } from './locale-format.ts';
import { formatPercentIn } from './plural-phrase.ts';
import { formatMessage } from './catalog.ts';
import { formatCount } from './plurals.ts';

const JUNE_8 = '2026-06-08T09:05:00.000Z';
const NO_LATIN_DIGITS = /^[^0-9]*$/u;
const hasPersianYear = (text: string) => text.includes('۲۰۲۶');

describe('dates per locale (Gregorian, the locale’s digits)', () => {
  it('Russian months are genitive, with the year abbreviation', () => {
    expect(formatDateTime('ru', JUNE_8)).toContain('8 июня 2026 г.');
  });

  it.each(['fa-AF', 'ps'])('%s: Persian digits and the Gregorian year (2026, not 1405)', (locale) => {
    const text = formatDateTime(locale, JUNE_8);
    expect(hasPersianYear(text), text).toBe(true);
    expect(text).toMatch(NO_LATIN_DIGITS);
    expect(text).not.toContain('۱۴۰۵');
    expect(text).toContain('۸');
    // The month is June by its local name, not a Solar Hijri month (Jawza / Saratan).
    expect(text).toContain('جون');
  });

  it('fa-AF without the registry would have dated the story 1405: the registry is what keeps it Gregorian', () => {
    expect(new Intl.DateTimeFormat('fa-AF', { year: 'numeric' }).format(new Date(JUNE_8))).toContain('۱۴۰۵');
    expect(formatTagOf('fa-AF')).toBe('fa-AF-u-ca-gregory');
  });

  it('Arabic: the Gregorian month name and the digits CLDR gives for ar', () => {
    const text = formatDateTime('ar', JUNE_8);
    const cldr = new Intl.DateTimeFormat('ar-u-ca-gregory', { year: 'numeric', timeZone: 'UTC' }).format(new Date(JUNE_8));
    expect(text).toContain('يونيو');
    expect(text).toContain(cldr);
    expect(cldr).toMatch(/^(2026|٢٠٢٦)$/);
  });

  it.each([
    ['uz-Latn', 'iyun'],
    ['uz-Cyrl', 'июн'],
    ['kk-Cyrl', 'маусым'],
    ['ky-Cyrl', 'июнь'],
    ['tk-Latn', 'iýun'],
  ])('%s: "%s" and 2026 in Latin digits', (locale, month) => {
    const text = formatDateTime(locale, JUNE_8);
    expect(text).toContain(month);
    expect(text).toContain('2026');
  });

  it('English stays as it was; a bad date is empty rather than "Invalid Date"', () => {
    expect(formatDateTime('en', JUNE_8)).toBe('June 8, 2026 at 9:05 AM UTC');
    expect(formatDateTime('fa-AF', 'not a date')).toBe('');
  });

  it('a tag that already carries extensions (as the browser islands get it) keeps them, still Gregorian', () => {
    expect(formatTagOf('fa-AF-u-ca-gregory')).toBe('fa-AF-u-ca-gregory');
    expect(formatTagOf('fa-AF-u-ca-persian')).toBe('fa-AF-u-ca-gregory');
    expect(formatDateTime('en-u-nu-arab', JUNE_8)).toContain('٢٠٢٦');
    expect(formatCount('fa-AF-u-ca-gregory', 12)).toBe('۱۲');
  });
});

describe('numbers per locale', () => {
  it.each([
    ['en', '1,234'],
    ['ru', '1\u00a0234'],
    ['fa-AF', '۱٬۲۳۴'],
    ['ps', '۱٬۲۳۴'],
  ])('%s writes 1234 as %s', (locale, expected) => {
    expect(formatCount(locale, 1234)).toBe(expected);
  });

  it('Arabic counts are what CLDR gives for ar', () => {
    expect(formatCount('ar', 1234)).toBe(new Intl.NumberFormat('ar').format(1234));
  });

  it('percentages (the vote shares, written with the registry’s tag): Persian digits and sign for Dari and Pashto', () => {
    expect(formatPercentIn(formatTagOf('fa-AF'), 80)).toBe('۸۰٪');
    expect(formatPercentIn(formatTagOf('ps'), 5)).toBe('۵٪');
    expect(formatPercentIn(formatTagOf('en'), 80)).toBe('80%');
    expect(formatPercentIn(formatTagOf('ru'), 80)).toBe('80\u00a0%');
  });
});

describe('a phrase and its digits come from the same language', () => {
  const count = (locale: string, n: number) => formatMessage(locale, 'commentThread', 'commentCount', { count: n });

  it('a Dari phrase gets Persian digits; a page falling back to English keeps English digits', () => {
    expect(count('fa-AF', 12)).toMatch(/^۱۲ /u);
    // Hebrew has no catalog: English words, English digits (isolated on the right-to-left page).
    expect(count('he', 1500)).toBe('\u20661,500 Comments\u2069');
    expect(count('de', 1500)).toBe('1,500 Comments');
  });
});

describe('direction from the registry', () => {
  it.each([
    ['ar', 'rtl'], ['fa-AF', 'rtl'], ['ps', 'rtl'], ['ur', 'rtl'],
    ['en', 'ltr'], ['ru', 'ltr'], ['uz-Latn', 'ltr'], ['uz-Cyrl', 'ltr'], ['kk-Cyrl', 'ltr'],
    // Not in the table: derived from the script the language is written in.
    ['he', 'rtl'], ['ckb', 'rtl'], ['az-Arab', 'rtl'], ['az-Latn', 'ltr'], ['not a tag', 'ltr'],
  ])('%s is %s', (locale, dir) => {
    expect(directionOf(locale)).toBe(dir);
  });
});

describe('text in one direction on a page in the other', () => {
  it('English fallback text on an Arabic page is isolated left to right, so its punctuation stays at its end', () => {
    expect(isolatedIn('ar', 'en', 'Do you like this article?')).toBe('\u2066Do you like this article?\u2069');
    expect(isolatedIn('fa-AF', 'en', '4 Comments')).toBe('\u20664 Comments\u2069');
  });

  it('Arabic text on an English page is isolated right to left', () => {
    expect(isolatedIn('en', 'ar', 'نعم.')).toBe('\u2067نعم.\u2069');
  });

  it('text already in the page’s direction, and empty text, are left alone', () => {
    expect(isolatedIn('ru', 'en', 'Comments')).toBe('Comments');
    expect(isolatedIn('ar', 'ur', 'تبصرے')).toBe('تبصرے');
    expect(isolatedIn('ar', 'en', '')).toBe('');
  });
});
