import { describe, expect, it } from 'vitest';
import { safeNextPath, siteLocaleOf } from './language-choice.ts';
import { hreflangLinks, switcherHref, translationVersions } from './page-versions.ts';

describe('the language endpoint’s next path', () => {
  it.each([
    ['/ru/', '/ru/'],
    ['/ru/articles/granitsa-otkryta', '/ru/articles/granitsa-otkryta'],
    ['/ru/sections/economy?page=2', '/ru/sections/economy?page=2'],
    ['/uz-Latn/articles/x', undefined], // another locale than the one chosen
  ])('accepts a path under the locale: %s', (next, expected) => {
    expect(safeNextPath(next, 'ru')).toBe(expected);
  });

  it.each([
    '//evil.example', '//evil.example/ru/', '/\\evil.example', '/ru/\\..\\..\\evil', 'https://evil.example/ru/', 'http:/ru/',
    'javascript:alert(1)', '/en/articles/x', '/ru', 'ru/articles/x', '/ru/../en/', '/ru/%2e%2e/en/', '/ru/%2E%2E/%2E%2E//evil.example',
    '/ru/./x', '/ru//evil.example', '/ru/x\r\nSet-Cookie: a=b', '/ru/x%0d%0aSet-Cookie:%20a=b\n', '/ru/x\u0000', '/ru/ x',
    '/ru/x#frag', '/ru/\u0430', `/ru/${'a'.repeat(2001)}`, '', undefined, 42, ['/ru/'], { toString: () => '/ru/' },
  ])('refuses %j', (next) => {
    expect(safeNextPath(next, 'ru')).toBeUndefined();
  });

  it('keeps percent-encoded characters that are not dot segments', () => {
    expect(safeNextPath('/ru/tags/%D0%B3%D0%B0%D0%B7', 'ru')).toBe('/ru/tags/%D0%B3%D0%B0%D0%B7');
    expect(safeNextPath('/uz-Latn/articles/x', 'uz-Latn')).toBe('/uz-Latn/articles/x');
  });
});

describe('site locales in any case', () => {
  const site = { locales: ['en', 'uz-Latn', 'fa-AF'] };
  it.each([['uz-latn', 'uz-Latn'], ['UZ-LATN', 'uz-Latn'], ['fa-af', 'fa-AF'], ['EN', 'en'], ['uz-Latn', 'uz-Latn'], ['uz', undefined], ['de', undefined], ['', undefined], [undefined, undefined], ['en;q=1', undefined]])(
    '%s → %s', (tag, expected) => expect(siteLocaleOf(site, tag)).toBe(expected));
});

describe('page versions', () => {
  const site = { locales: ['en', 'ru', 'kk-Cyrl'], defaultLocale: 'en' };
  const t = (id: string, locale: string, publishedAt = '2026-06-08T09:00:00.000Z') => ({ id, locale, slug: `s-${locale}`, publishedAt });

  it('lists every published translation in the site’s order, with x-default the default locale’s', () => {
    const versions = translationVersions(site, 'g', [t('b', 'ru'), t('g', 'kk-Cyrl'), t('a', 'en')]);
    expect(Object.entries(versions.alternates)).toEqual([['en', '/en/articles/s-en'], ['ru', '/ru/articles/s-ru'], ['kk-Cyrl', '/kk-Cyrl/articles/s-kk-Cyrl']]);
    expect(versions.xDefault).toBe('/en/articles/s-en');
  });

  it('without the default locale, x-default is the original, else the first published', () => {
    expect(translationVersions(site, 'g', [t('b', 'ru'), t('g', 'kk-Cyrl')]).xDefault).toBe('/kk-Cyrl/articles/s-kk-Cyrl');
    expect(translationVersions(site, 'gone', [t('b', 'ru', '2026-06-09'), t('c', 'kk-Cyrl', '2026-06-08')]).xDefault).toBe('/kk-Cyrl/articles/s-kk-Cyrl');
  });

  it('leaves out translations in locales the site no longer publishes', () => {
    expect(translationVersions(site, 'g', [t('g', 'en'), t('b', 'de')]).alternates).toEqual({ en: '/en/articles/s-en' });
  });

  it('makes hreflang absolute, only with an origin, only for two or more versions, only on the version itself', () => {
    const versions = translationVersions(site, 'g', [t('g', 'en'), t('b', 'ru')]);
    const self = { locale: 'ru', path: '/ru/articles/s-ru' };
    expect(hreflangLinks(versions, 'https://news.example', self)).toEqual([
      { hreflang: 'en', href: 'https://news.example/en/articles/s-en' },
      { hreflang: 'ru', href: 'https://news.example/ru/articles/s-ru' },
      { hreflang: 'x-default', href: 'https://news.example/en/articles/s-en' },
    ]);
    expect(hreflangLinks(versions, '', self)).toEqual([]);
    expect(hreflangLinks(versions, 'https://news.example', { locale: 'ru', path: '/ru/articles/s-ru?page=2' })).toEqual([]);
    expect(hreflangLinks(translationVersions(site, 'g', [t('g', 'en')]), 'https://news.example', { locale: 'en', path: '/en/articles/s-en' })).toEqual([]);
  });

  it('sends the switcher to the version, a related page, the current page or the locale’s home', () => {
    const versions = { alternates: { en: '/en/articles/a' }, related: { 'kk-Cyrl': '/kk-Cyrl/tags/t' } };
    const current = { locale: 'en', path: '/en/articles/a' };
    expect(switcherHref(versions, 'en', current)).toBe('/language/en?next=%2Fen%2Farticles%2Fa');
    expect(switcherHref(versions, 'kk-Cyrl', current)).toBe('/language/kk-Cyrl?next=%2Fkk-Cyrl%2Ftags%2Ft');
    expect(switcherHref(versions, 'ru', current)).toBe('/language/ru?next=%2Fru%2F');
    expect(switcherHref(undefined, 'en', { locale: 'en', path: '/en/comment-policy' })).toBe('/language/en?next=%2Fen%2Fcomment-policy');
  });
});
