// Error pages and JSON errors in the reader's or the staff member's locale (issue 5): a public path by
// its /{locale}/ (when the site publishes it), the admin by the admin's language, else Accept-Language
// between English and Russian; `lang` and `dir` on the page; JSON keeps its code.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { postForm, signInAs } from '../accounts/sign-in.testkit.ts';

/** A body the JSON parser refuses: a 400 before any route runs, on any path. */
const malformedJson = (url: string, headers: Record<string, string> = {}) => ({
  method: 'POST' as const, url, payload: '{', headers: { 'content-type': 'application/json', ...headers },
});

describe.each(engines)('error pages in the reader\'s locale on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    await addSiteLocale(t.deps, 'ru', 1);
    await addSiteLocale(t.deps, 'ar', 2);
  });
  afterAll(async () => { await t.close(); });

  it('a public 404 in Russian and in Arabic, right to left', async () => {
    const ru = await t.app.inject({ url: '/ru/articles/no-such-story' });
    expect(ru.statusCode).toBe(404);
    expect(ru.body).toContain('<html lang="ru" dir="ltr">');
    expect(ru.body).toContain('Страница не найдена');
    const ar = await t.app.inject({ url: '/ar/no/such/page' });
    expect(ar.statusCode).toBe(404);
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    expect(ar.body).toContain('الصفحة غير موجودة');
  });

  it('a public 400 in Russian and in Arabic, with a way to that locale\'s home', async () => {
    const ru = await t.app.inject(malformedJson('/ru/articles/some-story/comments'));
    expect(ru.statusCode).toBe(400);
    expect(ru.body).toContain('<html lang="ru" dir="ltr">');
    expect(ru.body).toContain('<title>Ошибка в запросе (400)</title>');
    expect(ru.body).toContain('<p>Не удалось разобрать запрос.</p>');
    expect(ru.body).toContain('<a href="/ru/">На главную</a>');
    const ar = await t.app.inject(malformedJson('/ar/articles/some-story/comments'));
    expect(ar.statusCode).toBe(400);
    expect(ar.body).toContain('<html lang="ar" dir="rtl">');
    expect(ar.body).toContain('<h1>في الطلب خطأ ما</h1>');
    expect(ar.body).toContain('<p>تعذّر فهم الطلب.</p>');
    expect(ar.body).toContain('<a href="/ar/">الذهاب إلى الصفحة الرئيسية</a>');
  });

  it('a locale the site does not publish is no reason to use it: Accept-Language between en and ru, else English', async () => {
    const german = await t.app.inject(malformedJson('/de/articles/x/comments', { 'accept-language': 'de, ru;q=0.5' }));
    expect(german.body).toContain('<html lang="ru" dir="ltr">');
    expect(german.body).toContain('<a href="/">На главную</a>');
    const plain = await t.app.inject(malformedJson('/de/articles/x/comments', { 'accept-language': 'ar' }));
    expect(plain.body).toContain('<html lang="en" dir="ltr">');
    expect(plain.body).toContain('<p>The request could not be understood.</p>');
  });

  it('an admin 403 in the language the staff member chose, over the browser\'s', async () => {
    const author = await signInAs(t, 'author');
    expect((await postForm(t, author, '/admin/language', { uiLocale: 'ru', next: '/admin' })).statusCode).toBe(303);
    const res = await t.app.inject({ url: '/admin/users', headers: { cookie: author.cookie, 'accept-language': 'en' } });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('<html lang="ru" dir="ltr">');
    expect(res.body).toContain('<h1>Доступ запрещён</h1>');
    expect(res.body).toContain('<p>У вас нет прав на это действие.</p>');
    expect(res.body).toContain('<a href="/admin">На главную</a>');
  });

  it('an admin 403 before signing in follows Accept-Language; English keeps the HttpError\'s own message', async () => {
    const ru = await t.app.inject({ method: 'POST', url: '/admin/login', payload: { email: 'a@b.c' }, headers: { 'accept-language': 'ru' } });
    expect(ru.statusCode).toBe(403);
    expect(ru.body).toContain('<html lang="ru" dir="ltr">');
    expect(ru.body).toContain('Срок действия формы истёк');
    const en = await t.app.inject({ method: 'POST', url: '/admin/login', payload: { email: 'a@b.c' } });
    expect(en.body).toContain('This form has expired or did not come from this site.');
  });

  it('JSON errors keep their code and give the message in the locale', async () => {
    const api = await t.app.inject({ url: '/api/nothing', headers: { 'accept-language': 'ru-RU,ru;q=0.9' } });
    expect(api.statusCode).toBe(404);
    expect(api.json()).toEqual({ error: { code: 'not_found', message: 'Мы не нашли то, что вы ищете. Возможно, страница переехала или удалена, или в адресе опечатка.' } });
    const publicJson = await t.app.inject({ url: '/ar/articles/no-such-story', headers: { accept: 'application/json' } });
    expect(publicJson.json()).toEqual({ error: { code: 'not_found', message: 'لم نعثر على ما تبحث عنه. ربما نُقل أو حُذف، أو ربما في العنوان خطأ مطبعي.' } });
    const english = await t.app.inject({ url: '/api/nothing' });
    expect(english.json()).toEqual({ error: { code: 'not_found', message: expect.stringMatching(/^We could not find/) } });
  });
});
