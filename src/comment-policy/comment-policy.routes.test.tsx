import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { renderToString } from 'preact-render-to-string';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { englishWordsIn } from '../admin/english-left.testkit.ts';
import { AdminLayout } from '../admin/AdminLayout.tsx';
import { ROLES } from '../db/database.ts';

const h1 = (html: string) => /<h1>([^<]*)<\/h1>/.exec(html)?.[1];

describe('comment policy in the admin navigation', () => {
  it.each(ROLES)('is listed for %s only when the role may edit it', (role) => {
    const html = renderToString(<AdminLayout title="Any page" user={{ displayName: 'Someone', role }}><p>…</p></AdminLayout>);
    expect(html.includes('href="/admin/comment-policy"')).toBe(role === 'admin' || role === 'editor');
  });
});

describe.each(engines)('comment policy on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru', 1);
    await addSiteLocale(t.deps, 'kk', 2);
    editor = await signInAs(t, 'editor');
  });
  afterAll(async () => { await t.close(); });

  const get = (url: string) => t.app.inject({ url });
  const save = (agent: SignedIn, fields: Record<string, string>) => postForm(t, agent, '/admin/comment-policy', fields);

  it('shows a clear default policy in each site locale until the newsroom writes one', async () => {
    const en = await get('/en/comment-policy');
    expect(en.statusCode).toBe(200);
    expect(en.headers['cache-control']).toMatch(/^public/);
    expect(h1(en.body)).toBe('Comment Policy');
    expect(en.body).toContain('<h2>What we remove</h2>');
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).not.toContain('Last updated');
    const ru = await get('/ru/comment-policy');
    expect(h1(ru.body)).toBe('Правила комментирования');
    expect(ru.body).toContain('<h2>Что мы удаляем</h2>');
    expect(h1((await get('/kk/comment-policy')).body)).toBe('Comment Policy'); // no Kazakh text yet: English
    expect((await get('/de/comment-policy')).statusCode).toBe(404); // not a locale of the site
  });

  it('an editor writes the policy per locale; readers see it at once, sanitised, with its date', async () => {
    expect(h1((await get('/en/comment-policy')).body)).toBe('Comment Policy'); // cached now
    const form = await t.app.inject({ url: '/admin/comment-policy', headers: { cookie: editor.cookie } });
    expect(form.statusCode).toBe(200);
    expect(form.headers['cache-control']).toBe('no-store');
    for (const locale of ['en', 'ru', 'kk']) {
      expect(form.body).toContain(`name="title.${locale}"`);
      expect(form.body).toContain(`name="body.${locale}"`);
    }
    const res = await save(editor, {
      'title.en': 'House rules', 'body.en': 'Be **kind**.\n\n<script>alert(1)</script>\n\n[Contact](javascript:alert(1)) us.',
      'title.ru': '', 'body.ru': '', 'title.kk': '', 'body.kk': '',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/comment-policy?done=saved');
    const page = (await get('/en/comment-policy')).body;
    expect(h1(page)).toBe('House rules');
    expect(page).toContain('<p>Be <strong>kind</strong>.</p>');
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('href="javascript');
    expect(page).toContain(`Last updated <time datetime="${t.deps.clock.now().toISOString()}">`);
    expect(h1((await get('/ru/comment-policy')).body)).toBe('Правила комментирования');
    const again = await t.app.inject({ url: '/admin/comment-policy?done=saved', headers: { cookie: editor.cookie } });
    expect(again.body).toContain('Comment policy saved.');
    expect(again.body).toContain('value="House rules"');
  });

  it('clearing a locale brings the default text back', async () => {
    await save(editor, { 'title.ru': 'Наши правила', 'body.ru': 'Будьте вежливы.' });
    expect(h1((await get('/ru/comment-policy')).body)).toBe('Наши правила');
    await save(editor, { 'title.ru': '', 'body.ru': '' });
    expect(h1((await get('/ru/comment-policy')).body)).toBe('Правила комментирования');
  });

  it('re-shows the form with what was typed when a title or the text is missing or too long', async () => {
    const res = await save(editor, { 'title.en': '', 'body.en': 'Text without a title', 'title.ru': 'Заголовок без текста', 'body.ru': '', 'title.kk': 'x'.repeat(121) });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter a title, or clear the text to show the default policy.');
    expect(res.body).toContain('Write the policy, or clear the title to show the default policy.');
    expect(res.body).toContain('Use at most 120 characters.');
    expect(res.body).toContain('Text without a title</textarea>');
    expect(res.body).toContain('value="Заголовок без текста"');
    expect(res.body).toContain('href="#field-title-en"');
    expect(h1((await get('/en/comment-policy')).body)).toBe('House rules'); // nothing saved
  });

  it('speaks Russian to a Russian editor, errors included; each locale’s default text stays in its language', async () => {
    const ru = { cookie: editor.cookie, 'accept-language': 'ru' };
    const bad = await t.app.inject({
      method: 'POST', url: '/admin/comment-policy', headers: { ...ru, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: editor.csrf, 'title.en': '', 'body.en': 'Text', 'title.kk': 'x'.repeat(121) }).toString(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<html lang="ru"');
    expect(bad.body).toContain('<title>Правила комментирования · Serai: управление</title>');
    expect(bad.body).toContain('<h2>Исправьте 3 ошибки</h2>');
    expect(bad.body).toContain('Напишите текст правил или очистите заголовок, чтобы показывать правила по умолчанию.');
    expect(bad.body).toContain('Введите заголовок или очистите текст, чтобы показывать правила по умолчанию.');
    expect(bad.body).toContain('Не больше 120 символов.');
    expect(bad.body).toContain('<legend>Казахский (kk)</legend>');
    expect(bad.body).toContain('Сейчас читатели видят правила по умолчанию по адресу <a href="/ru/comment-policy" lang="ru">');
    expect(bad.body).toContain('<summary>Текст по умолчанию (можно скопировать и доработать)</summary>');
    expect(bad.body).toContain('placeholder="Comment Policy"'); // the English readers' default title, as a hint in the English field
    const siteName = (await t.deps.sites.forHost(undefined))!.name;
    expect(englishWordsIn(bad.body, [...siteName.split(' '), 'comment-policy', 'https', 'Text', 'Markdown', 'House', 'rules', 'Comment', 'Policy', 'editor'])).toEqual([]);
    const saved = await t.app.inject({ url: '/admin/comment-policy?done=saved', headers: ru });
    expect(saved.body).toContain('<p class="flash" role="status">Правила комментирования сохранены.</p>');
  });

  it('only editors and admins may edit it', async () => {
    for (const role of ['moderator', 'author', 'contributor'] as const) {
      const agent = await signInAs(t, role);
      expect((await t.app.inject({ url: '/admin/comment-policy', headers: { cookie: agent.cookie } })).statusCode, role).toBe(403);
      expect((await save(agent, { 'title.en': 'Hijacked', 'body.en': 'By a ' + role })).statusCode, role).toBe(403);
    }
    expect(h1((await get('/en/comment-policy')).body)).toBe('House rules');
    const admin = await signInAs(t, 'admin');
    expect((await t.app.inject({ url: '/admin/comment-policy', headers: { cookie: admin.cookie } })).statusCode).toBe(200);
    const own = await t.app.inject({ url: '/admin/comment-policy', headers: { cookie: editor.cookie } });
    expect(own.body).toContain('<a href="/admin/comment-policy" aria-current="page">Comment policy</a>');
    const anonymous = await t.app.inject({ url: '/admin/comment-policy' });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe('/admin/login?next=%2Fadmin%2Fcomment-policy');
    const forged = await t.app.inject({
      method: 'POST', url: '/admin/comment-policy', headers: { cookie: editor.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'title.en=Forged&body.en=No+token',
    });
    expect(forged.statusCode).toBe(403);
  });
});
