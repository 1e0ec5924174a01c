import { describe, expect, it } from 'vitest';
import { asciiDigits, normaliseArabicScript } from './arabic-script.ts';

describe('normaliseArabicScript', () => {
  it.each([
    ['ar', 'ی ک', 'ي ك'],
    ['fa', 'ي ك ى', 'ی ک ی'],
    ['ur', 'ي ك', 'ی ک'],
    ['ps', 'ي ی ك', 'ي ی ک'], // Pashto: ي and ی are two letters
    [undefined, 'ي ی ك ک', 'ي ی ك ک'], // no language, no letter choice
    ['ar', 'كَتَبَ', 'كتب'],
    ['ar', 'قـــال', 'قال'],
    ['ar', 'أحمد ٢٠٢٤', 'أحمد 2024'], // slugs keep the hamza spelling
    ['en', 'no arabic here ١', 'no arabic here 1'],
  ])('%s: %s → %s', (language, text, expected) => {
    expect(normaliseArabicScript(text, language)).toBe(expected);
  });

  it('folds alef, alef maksura and teh marbuta for Arabic search only', () => {
    expect(normaliseArabicScript('أإآٱ ى ة', 'ar', 'search')).toBe('اااا ي ه');
    expect(normaliseArabicScript('أإآ ة', 'fa', 'search')).toBe('أإآ ة');
  });
});

describe('asciiDigits', () => {
  it('reads Arabic-Indic and Persian digits as ASCII', () => {
    expect(asciiDigits('٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789 0123456789');
  });
});
