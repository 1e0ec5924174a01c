import { describe, expect, it } from 'vitest';
import { formatNumberIn, formatPercentIn, pluralPhraseText, type PluralPhrase } from './plural-phrase.ts';

const ru: PluralPhrase = { locale: 'ru-u-ca-gregory', forms: { one: 'Остался # символ', few: 'Осталось # символа', many: 'Осталось # символов', other: 'Осталось # символа' } };

describe('plural phrases in the browser', () => {
  it.each([[1, 'Остался 1 символ'], [3, 'Осталось 3 символа'], [5, 'Осталось 5 символов'], [21, 'Остался 21 символ'], [1500, 'Осталось 1\u00a0500 символов']])(
    'picks the form by the phrase\'s own rules: %s', (n, expected) => {
      expect(pluralPhraseText(ru, n)).toBe(expected);
    });

  it('prefers an exact =N form, fills other values, and writes numbers with the phrase\'s digits', () => {
    const phrase: PluralPhrase = { locale: 'fa-AF-u-ca-gregory', forms: { '=0': 'هیچ', other: '# از {limit} برای {who}' } };
    expect(pluralPhraseText(phrase, 0)).toBe('هیچ');
    expect(pluralPhraseText(phrase, 12, { limit: 1500, who: 'Ali' })).toBe('۱۲ از ۱٬۵۰۰ برای Ali');
    expect(pluralPhraseText(phrase, 3)).toBe('۳ از {limit} برای {who}');
  });

  it('survives a tag the browser does not know', () => {
    expect(pluralPhraseText({ locale: 'not a tag', forms: { one: '# thing', other: '# things' } }, 2)).toBe('2 things');
    expect(formatNumberIn('en', 1234)).toBe('1,234');
    expect(formatPercentIn('ru', 80)).toBe('80\u00a0%');
  });
});
