import { describe, expect, it } from 'vitest';
import { newsLanguage } from './news-language.ts';
import { MAX_URLS_PER_SITEMAP, parseSitemapFile, planArticleSitemaps } from './sitemap-plan.ts';
import { w3cDate, xmlText } from './sitemap-xml.ts';

describe('planArticleSitemaps', () => {
  it('gives each month one sitemap up to the limit, then numbered parts', () => {
    const months = [{ month: '2026-10', count: MAX_URLS_PER_SITEMAP, lastmod: 'a' }, { month: '2026-11', count: MAX_URLS_PER_SITEMAP + 1, lastmod: 'b' }];
    expect(planArticleSitemaps(months).map((p) => [p.name, p.offset, p.limit])).toEqual([
      ['articles-2026-10', 0, 50_000], ['articles-2026-11', 0, 50_000], ['articles-2026-11-2', 50_000, 50_000],
    ]);
  });
});

describe('parseSitemapFile', () => {
  it.each([
    ['pages.xml', { kind: 'pages' }],
    ['articles-2026-11.xml', { kind: 'articles', month: '2026-11', part: 1 }],
    ['articles-2026-11-12.xml', { kind: 'articles', month: '2026-11', part: 12 }],
    ['news-uz-Latn.xml', { kind: 'news', locale: 'uz-Latn' }],
    ['articles-2026-11-1.xml', undefined], ['articles-2026-11-02.xml', undefined], ['articles-2026-00.xml', undefined],
    ['news-.xml', undefined], ['news-en.xml.gz', undefined], ['../sitemap.xml', undefined],
  ])('%s', (file, expected) => {
    expect(parseSitemapFile(file)).toEqual(expected);
  });
});

describe('newsLanguage (Google News: ISO 639, zh-cn / zh-tw)', () => {
  it.each([
    ['en', 'en'], ['ru', 'ru'], ['uz-Latn', 'uz'], ['uz-Cyrl', 'uz'], ['fa-AF', 'fa'], ['kk-Cyrl', 'kk'], ['ky-Cyrl', 'ky'],
    ['tg-Cyrl', 'tg'], ['tk-Latn', 'tk'], ['ar', 'ar'], ['ps', 'ps'], ['ur', 'ur'],
    ['zh', 'zh-cn'], ['zh-Hans', 'zh-cn'], ['zh-CN', 'zh-cn'], ['zh-Hant', 'zh-tw'], ['zh-TW', 'zh-tw'], ['zh-HK', 'zh-tw'],
  ])('%s → %s', (locale, expected) => {
    expect(newsLanguage(locale)).toBe(expected);
  });
});

describe('XML text', () => {
  it('drops characters XML 1.0 cannot hold and keeps the rest', () => {
    expect(xmlText('a\u0000b\u0008c\td\ne\u001Ff\uFFFEg\uD800h 😀 ж')).toBe('abc\td\nefgh 😀 ж');
  });
  it('writes W3C datetimes without milliseconds', () => {
    expect(w3cDate('2026-11-03T10:00:00.000Z')).toBe('2026-11-03T10:00:00Z');
  });
});
