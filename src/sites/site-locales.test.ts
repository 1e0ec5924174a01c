import { describe, expect, it } from 'vitest';
import { localeNameIn } from './locale-names.ts';
import { orderLocales, removalProblem } from './site-locales.ts';

describe('locale names in the admin’s language', () => {
  it.each([
    ['en', 'fa-AF', 'Dari'],
    ['en', 'uz-Latn', 'Uzbek (Latin)'],
    ['ru', 'fa-AF', 'Дари'],
    ['ru', 'uz-Cyrl', 'Узбекский (кириллица)'],
    ['ru', 'en', 'Английский'],
    ['ru', 'not a tag', 'not a tag'],
  ])('%s names %s %j', (admin, tag, name) => {
    expect(localeNameIn(admin, tag)).toBe(name);
  });
});

describe('the site’s languages, said in the admin’s language', () => {
  it('explains which languages cannot be removed, with the count in the right plural', () => {
    const counts = new Map([['fa-AF', 1], ['ps', 5], ['ar', 0]]);
    expect(removalProblem(['fa-AF'], counts)).toBe('Dari (fa-AF) has 1 article on this site, so it cannot be removed. Keep the language, or delete those articles first.');
    expect(removalProblem(['fa-AF', 'ps', 'ar'], counts)).toBe(
      'Dari (fa-AF) has 1 article; Pashto (ps) has 5 articles on this site, so they cannot be removed. Keep those languages, or delete those articles first.');
    expect(removalProblem(['ps', 'fa-AF'], counts, 'ru')).toBe(
      'На этом сайте ещё есть статьи: Пушту (ps) — 5 статей; Дари (fa-AF) — 1 статья. Поэтому эти языки нельзя убрать. Оставьте их или сначала удалите эти статьи.');
    expect(removalProblem(['ar'], counts, 'ru')).toBeUndefined();
  });

  it('words the order errors in Russian', () => {
    expect(orderLocales([], {}, [], 'ru')).toEqual({ ok: false, errors: { locales: 'Выберите хотя бы один язык.' } });
    expect(orderLocales(['tlh'], {}, [], 'ru')).toEqual({ ok: false, errors: { locales: 'Выберите языки из списка.' } });
    expect(orderLocales(['ru'], { ru: 'first' }, [], 'ru')).toEqual({ ok: false, errors: { 'position.ru': 'Введите целое число, например 1 для первого языка.' } });
  });
});
