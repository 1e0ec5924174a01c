import { describe, expect, it } from 'vitest';
import { directionOf, formatDateTime, joinNatural, languageName } from './locale-format.ts';
import { messagesFor, t, type MessageKey } from './messages.ts';

describe('messages', () => {
  const en = messagesFor('en');

  it('gives Russian strings for ru and its regional tags, English otherwise', () => {
    expect(messagesFor('ru').updated).toBe('Обновлено');
    expect(messagesFor('ru-KG').updated).toBe('Обновлено');
    expect(messagesFor('kk').updated).toBe(en.updated);
    expect(messagesFor('not a tag').by).toBe('By');
  });

  it('every catalog key has a Russian text', () => {
    const ru = messagesFor('ru');
    for (const key of Object.keys(en) as MessageKey[]) expect.soft(ru[key], key).not.toBe(en[key]);
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(t(en, 'pageOf', { n: 2, total: 5 })).toBe('Page 2 of 5');
    expect(t(en, 'page')).toBe('Page {n}');
  });
});

describe('locale formatting', () => {
  it.each([
    ['en', 'ltr'], ['ru', 'ltr'], ['uz-Latn', 'ltr'], ['ar', 'rtl'], ['fa-AF', 'rtl'], ['ps', 'rtl'], ['ur', 'rtl'], ['he', 'rtl'], ['%%', 'ltr'],
  ])('%s is written %s', (locale, direction) => {
    expect(directionOf(locale)).toBe(direction);
  });

  it('formats dates per locale, with Russian genitive months', () => {
    expect(formatDateTime('en', '2026-06-08T09:05:00.000Z')).toBe('June 8, 2026 at 9:05 AM UTC');
    expect(formatDateTime('ru', '2026-06-08T09:05:00.000Z')).toContain('8 июня 2026');
    expect(formatDateTime('en', 'not a date')).toBe('');
  });

  it('names languages in themselves', () => {
    expect(languageName('ru')).toBe('русский');
    expect(languageName('en')).toBe('English');
  });

  it.each([
    [[], []],
    [['A'], ['A']],
    [['A', 'B'], ['A', ' and ', 'B']],
    [['A', 'B', 'C'], ['A', ', ', 'B', ' and ', 'C']],
  ])('joins %j like a byline', (items, expected) => {
    expect(joinNatural(items, 'and')).toEqual(expected);
  });
});
