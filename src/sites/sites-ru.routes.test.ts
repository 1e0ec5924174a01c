// The sites admin in Russian (issue 5): the list, the site form with its validation, conflict and
// language-removal messages (languages named in Russian), and the site chooser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { siteFingerprint } from './save-site.ts';
import { listSites } from './site.queries.ts';

const RU = { 'accept-language': 'ru' };

describe.each(engines)('the sites admin in Russian on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  let mainId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    mainId = await defaultSiteId(t.deps);
    admin = await signInAs(t, 'admin');
  });
  afterAll(async () => { await t.close(); });

  const get = (url: string) => t.app.inject({ url, headers: { ...RU, cookie: admin.cookie } });
  const post = (url: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ _csrf: admin.csrf });
    for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
    return t.app.inject({ method: 'POST', url, payload: body.toString(), headers: { ...RU, cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
  };
  const site = async (slug: string) => (await listSites(t.deps.db)).find((s) => s.slug === slug)!;
  const dari = { name: 'سراي', slug: 'dari', locales: ['fa-AF', 'ps'], 'position.fa-AF': '1', 'position.ps': '2', defaultLocale: 'fa-AF' };

  it('lists the sites in Russian', async () => {
    const res = await get('/admin/sites');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="ru"');
    expect(res.body).toContain('<title>Сайты · Serai: управление</title>');
    expect(res.body).toContain('>Новый сайт</a>');
    expect(res.body).toContain('<th scope="col">Имя хоста</th>');
    expect(res.body).toContain('<span class="badge badge-published">По умолчанию</span>');
    expect(res.body).toContain('<span title="Английский">en</span> (по умолчанию)');
    for (const english of ['Sites of this install', 'Host name', '(default)', 'New site', 'Each site is a publication']) expect(res.body).not.toContain(english);
  });

  it('shows the new-site form in Russian, naming each language in Russian and in itself', async () => {
    const res = await get('/admin/sites/new');
    expect(res.body).toContain('<legend>Языки</legend>');
    expect(res.body).toContain('Арабский <span lang="ar" dir="rtl">العربية</span> <code>ar</code>');
    expect(res.body).toContain('Узбекский (латиница) <span lang="uz-Latn" dir="ltr">Oʻzbekcha</span>');
    expect(res.body).toContain('>Порядок: Дари</label>');
    expect(res.body).toContain('>Дари — язык по умолчанию</label>');
    expect(res.body).toContain('<label for="logo-none">Без логотипа: показывать название текстом</label>');
    expect(res.body).toContain('>Создать сайт</button>');
    for (const english of ['Create site', 'Tick the languages', 'Default site', 'Create the site first', 'Arabic']) expect(res.body).not.toContain(english);
  });

  it('re-shows a refused site with Russian messages, keeping what was typed', async () => {
    const res = await post('/admin/sites', { name: 'Двойник', slug: 'Bad Slug', host: 'https://ru.example.test/', defaultLocale: 'ru' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<html lang="ru"');
    expect(res.body).toContain('Используйте строчные буквы, цифры и одиночные дефисы, например «world-news».');
    expect(res.body).toContain('Введите только имя хоста, например ar.example.org: без «http://», порта, пути и пробелов.');
    expect(res.body).toContain('Выберите хотя бы один язык.');
    expect(res.body).toContain('value="Двойник"');
    expect(res.body).toContain('value="https://ru.example.test/"');
    for (const english of ['Enter only the host name', 'Choose at least one language', 'Use lower-case letters']) expect(res.body).not.toContain(english);
    const created = await post('/admin/sites', dari);
    expect(created.statusCode).toBe(303);
    expect((await get(created.headers.location!)).body).toContain('Сайт создан.');
    const taken = await post('/admin/sites', { ...dari, locales: ['xx'] });
    expect(taken.body).toContain('Этот ярлык уже занят другим сайтом. Выберите другой.');
    expect(taken.body).toContain('Выберите языки из списка.');
  });

  it('says in Russian why a language cannot be removed, why the default stays, and that someone else saved', async () => {
    const target = await site('dari');
    const section = await createSection(t.deps, { name: 'Culture', siteId: target.id });
    for (const slug of ['one', 'two']) await createArticle(t.deps, { siteId: target.id, sectionId: section.id, locale: 'ps', slug });
    const refused = await post(`/admin/sites/${target.id}`, { ...dari, locales: ['fa-AF'], fingerprint: siteFingerprint(target) });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('На этом сайте ещё есть статьи: Пушту (ps) — 2 статьи. Поэтому этот язык нельзя убрать. Оставьте его или сначала удалите эти статьи.');
    const main = (await listSites(t.deps.db)).find((s) => s.id === mainId)!;
    const undefaulted = await post(`/admin/sites/${mainId}`, { name: main.name, slug: main.slug, locales: main.locales, defaultLocale: main.defaultLocale, fingerprint: siteFingerprint(main) });
    expect(undefaulted.body).toContain('Один сайт обязательно должен быть сайтом по умолчанию.');
    const stale = await post(`/admin/sites/${target.id}`, { ...dari, fingerprint: 'stale' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('<h2>Этот сайт изменил кто-то другой</h2>');
    expect(stale.body).toContain('ваши изменения <strong>не</strong> сохранены.');
    expect(stale.body).toContain(`<a href="/admin/sites/${target.id}">Откройте текущую версию</a> и внесите изменения снова.`);
    expect(stale.body).toContain('<h1>Сайт: <bdi>سراي</bdi></h1>');
    expect(stale.body).not.toContain('Someone else changed this site');
  });

  it('shows the site chooser in Russian', async () => {
    const page = await get('/admin/site');
    expect(page.body).toContain('<h1>Выберите сайт для работы</h1>');
    expect(page.body).toContain('Вы работаете с этим сайтом.');
    expect(page.body).not.toContain('Choose the site to work on');
    const unknown = await post('/admin/site', { site: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Выберите один из сайтов ниже.');
  });
});
