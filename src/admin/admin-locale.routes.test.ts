// The admin's own language (issue 5): the browser's Accept-Language until the user picks one
// in the header; the choice is theirs (kept on their user row), not the site's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { postForm, signInAs } from '../accounts/sign-in.testkit.ts';

describe.each(engines)('the admin interface language on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { loginRateLimit: 1000 }); });
  afterAll(async () => { await t.close(); });

  const get = (cookie: string, headers: Record<string, string> = {}) => t.app.inject({ url: '/admin', headers: { cookie, ...headers } });

  it('speaks English by default and Russian to a Russian browser, and says so in lang', async () => {
    const moderator = await signInAs(t, 'moderator');
    const english = await get(moderator.cookie);
    expect(english.body).toContain('<html lang="en" dir="ltr">');
    expect(english.body).toContain('No comments are waiting for moderation');
    const russian = await get(moderator.cookie, { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' });
    expect(russian.body).toContain('<html lang="ru" dir="ltr">');
    expect(russian.body).toContain('<title>Редакция · Serai: управление</title>');
    expect(russian.body).toContain('Нет комментариев, ожидающих модерации');
    expect(russian.body).toMatch(/<span><bdi>[^<]+<\/bdi> \(модератор\)<\/span>/);
    expect(russian.headers.vary).toContain('Accept-Language');
  });

  it('keeps the language a user chose over the browser’s, and goes back to the browser’s on request', async () => {
    const moderator = await signInAs(t, 'moderator');
    const chose = await postForm(t, moderator, '/admin/language', { uiLocale: 'ru', next: '/admin' });
    expect(chose.statusCode).toBe(303);
    expect(chose.headers.location).toBe('/admin');
    const page = await get(moderator.cookie, { 'accept-language': 'en' });
    expect(page.body).toContain('<html lang="ru"');
    expect(page.body).toMatch(/<option value="ru" lang="ru" selected>Русский<\/option>/);
    await postForm(t, moderator, '/admin/language', { uiLocale: '', next: '/admin' });
    expect((await get(moderator.cookie, { 'accept-language': 'en' })).body).toContain('<html lang="en"');
  });

  it('refuses a language the admin is not translated into, and never redirects off the admin', async () => {
    const moderator = await signInAs(t, 'moderator');
    const unknown = await postForm(t, moderator, '/admin/language', { uiLocale: 'xx', next: '/admin' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('That language is not one the admin is translated into.');
    const offsite = await postForm(t, moderator, '/admin/language', { uiLocale: 'en', next: '//evil.example/' });
    expect(offsite.headers.location).toBe('/admin');
  });
});
