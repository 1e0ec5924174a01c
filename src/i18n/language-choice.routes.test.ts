// GET / picks the reader's locale; GET /language/{locale} remembers a choice; a locale spelled
// in another case answers 301 to the site's spelling. Through the whole app, on both engines.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { addSiteLocale, createOtherSite } from '../../test/public-fixtures.ts';
import { LANGUAGE_COOKIE } from './language-choice.ts';

describe.each(engines)('choosing the reader’s language on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru', 1);
    await addSiteLocale(t.deps, 'uz-Latn', 2);
    const section = await createSection(t.deps, { name: 'Economy' });
    await createArticle(t.deps, { sectionId: section.id, locale: 'uz-Latn', headline: 'Chegara ochildi', slug: 'chegara-ochildi' });
    await createOtherSite(t.deps, { host: 'sister.example.test', name: 'Sister', locales: ['ar', 'fa-AF'] });
  });
  afterAll(async () => { await t.close(); });

  const home = (headers: Record<string, string> = {}) => t.app.inject({ url: '/', headers });

  it('sends / to the best Accept-Language match, privately and varying on the headers it read', async () => {
    const res = await home({ 'accept-language': 'de-DE,de;q=0.9,ru;q=0.8,en;q=0.5' });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/ru/');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(String(res.headers.vary)).toMatch(/Accept-Language/);
    expect(String(res.headers.vary)).toMatch(/Cookie/);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it.each([
    ['uz', '/uz-Latn/'], ['uz-UZ', '/uz-Latn/'], ['ru-KZ', '/ru/'], ['*', '/en/'], ['de', '/en/'], ['', '/en/'],
    ['ru;q=0, *', '/en/'], ['en;q=0, *', '/ru/'], ['garbage;;;q=zz,,', '/en/'], ['ru;q=2', '/en/'],
  ])('Accept-Language %j → %s', async (header, location) => {
    expect((await home({ 'accept-language': header })).headers.location).toBe(location);
  });

  it('honours a remembered choice before Accept-Language, in any case, only for a locale the site publishes', async () => {
    expect((await home({ cookie: `${LANGUAGE_COOKIE}=uz-Latn`, 'accept-language': 'ru' })).headers.location).toBe('/uz-Latn/');
    expect((await home({ cookie: `${LANGUAGE_COOKIE}=UZ-latn`, 'accept-language': 'ru' })).headers.location).toBe('/uz-Latn/');
    expect((await home({ cookie: `${LANGUAGE_COOKIE}=de`, 'accept-language': 'ru' })).headers.location).toBe('/ru/');
    expect((await home({ cookie: `${LANGUAGE_COOKIE}=ar`, 'accept-language': 'ru' })).headers.location).toBe('/ru/'); // another site's locale
    expect((await home({ cookie: `${LANGUAGE_COOKIE}=%0d%0a`, 'accept-language': 'ru' })).headers.location).toBe('/ru/');
    expect((await home({ cookie: `${LANGUAGE_COOKIE}=ru` })).headers.location).toBe('/ru/');
  });

  it('negotiates against the locales of the site the host names', async () => {
    const res = await t.app.inject({ url: '/', headers: { host: 'sister.example.test', 'accept-language': 'fa-IR, en;q=0.5' } });
    expect(res.headers.location).toBe('/fa-AF/');
    expect((await t.app.inject({ url: '/', headers: { host: 'sister.example.test', 'accept-language': 'ru' } })).headers.location).toBe('/ar/');
  });

  it('remembers a choice: long-lived, SameSite=Lax, HttpOnly cookie, then 303 to next', async () => {
    const res = await t.app.inject({ url: '/language/ru?next=%2Fru%2Farticles%2Fgranitsa' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/ru/articles/granitsa');
    expect(res.headers['cache-control']).toBe('private, no-store');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(new RegExp(`^${LANGUAGE_COOKIE}=ru;`));
    expect(cookie).toMatch(/Max-Age=31536000/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Path=\//);
    // And / follows it from now on, whatever the browser's languages.
    expect((await home({ cookie: `${LANGUAGE_COOKIE}=ru`, 'accept-language': 'en' })).headers.location).toBe('/ru/');
  });

  it('takes the locale in any case and answers with the site’s spelling', async () => {
    const res = await t.app.inject({ url: '/language/UZ-latn?next=%2Fuz-Latn%2Farticles%2Fchegara-ochildi' });
    expect(res.headers.location).toBe('/uz-Latn/articles/chegara-ochildi');
    expect(String(res.headers['set-cookie'])).toMatch(new RegExp(`^${LANGUAGE_COOKIE}=uz-Latn;`));
  });

  it.each([
    '//evil.example', '//evil.example/ru/', '/\\evil.example', '/%5Cevil.example', 'https://evil.example/ru/', 'http:%2F%2Fevil.example',
    '/en/articles/x', '/uz-Latn/', '/ru/../en/', '/ru/%2e%2e/%2e%2e//evil.example', '/ru//evil.example', '/ru/x%0d%0aSet-Cookie:%20a=b',
    '%2Fru%2Fx%0D%0ALocation%3A%20https%3A%2F%2Fevil.example', 'javascript:alert(1)',
  ])('never redirects off the locale: next=%j goes to /ru/', async (next) => {
    const res = await t.app.inject({ url: `/language/ru?next=${encodeURIComponent(next)}` });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/ru/');
    expect(Object.keys(res.headers).filter((h) => h.toLowerCase() === 'location')).toHaveLength(1);
    expect(String(res.headers['set-cookie'])).not.toMatch(/a=b/);
  });

  it('refuses an address with a NUL byte in it before routing: no redirect, no cookie', async () => {
    const res = await t.app.inject({ url: `/language/ru?next=${encodeURIComponent('/ru/x\u0000')}` });
    expect(res.statusCode).toBe(404);
    expect(res.headers.location).toBeUndefined();
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('takes the first of repeated next parameters, and home without one', async () => {
    expect((await t.app.inject({ url: '/language/ru?next=%2Fru%2Fa&next=%2F%2Fevil' })).headers.location).toBe('/ru/a');
    expect((await t.app.inject({ url: '/language/ru' })).headers.location).toBe('/ru/');
  });

  it('answers 404 for a locale the site does not publish, and sets nothing', async () => {
    for (const url of ['/language/de?next=%2Fde%2F', '/language/ar', '/language/%0d%0a', '/language/..%2F..%2Fevil']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['set-cookie'], url).toBeUndefined();
    }
  });

  it('redirects a locale in another case to the site’s spelling, keeping the rest of the address', async () => {
    const article = await t.app.inject({ url: '/uz-latn/articles/chegara-ochildi?utm_source=x' });
    expect(article.statusCode).toBe(301);
    expect(article.headers.location).toBe('/uz-Latn/articles/chegara-ochildi?utm_source=x');
    expect((await t.app.inject({ url: article.headers.location! })).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/UZ-LATN/' })).headers.location).toBe('/uz-Latn/');
    expect((await t.app.inject({ url: '/RU/sections/economy' })).headers.location).toBe('/ru/sections/economy');
    expect((await t.app.inject({ url: '/En' })).headers.location).toBe('/en');
  });

  it('leaves locales the site does not publish at 404, and other paths alone', async () => {
    for (const url of ['/de/', '/uz-cyrl/', '/uz/', '/ar/', '/fa-af/']) expect((await t.app.inject({ url })).statusCode, url).toBe(404);
    expect((await t.app.inject({ url: '/fa-af/', headers: { host: 'sister.example.test' } })).headers.location).toBe('/fa-AF/');
    expect((await t.app.inject({ url: '/admin/login' })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/RU/articles/x/vote', payload: {} })).statusCode).not.toBe(301);
  });
});
