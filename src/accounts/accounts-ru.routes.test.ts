// The accounts pages in Russian (issue 5): the login page (no one signed in, so the browser's
// Accept-Language decides), the user list and the user form with its validation messages; and
// the user form's interface language, which an admin sets for someone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createUser } from '../../test/factories.ts';
import { cookiesFrom, csrfFrom } from '../../test/login.ts';
import { postForm, signIn, signInAs, type SignedIn } from './sign-in.testkit.ts';

const RU = { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' };

/** Posts a form as a Russian browser would. */
function postRu(t: TestContext, agent: SignedIn, url: string, fields: Record<string, string | string[]>) {
  const body = new URLSearchParams({ _csrf: agent.csrf });
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(name, v);
  return t.app.inject({ method: 'POST', url, payload: body.toString(), headers: { ...RU, cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded' } });
}

describe.each(engines)('the accounts pages in Russian on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    admin = await signInAs(t, 'admin', 'boss-ru@example.test');
  });
  afterAll(async () => { await t.close(); });

  const get = (url: string, headers: Record<string, string> = RU, agent: { cookie: string } = admin) => t.app.inject({ url, headers: { ...headers, cookie: agent.cookie } });

  it('shows the login page and its failure in the browser’s language', async () => {
    const page = await t.app.inject({ url: '/admin/login', headers: RU });
    expect(page.body).toContain('<html lang="ru"');
    expect(page.body).toContain('<title>Вход · Serai: управление</title>');
    expect(page.body).toContain('<h1>Вход в редакцию</h1>');
    expect(page.body).toContain('<label for="field-email">Электронная почта');
    expect(page.body).toContain('>Войти</button>');
    expect(page.body).not.toContain('Log in to the newsroom');
    const user = await createUser(t.deps, { email: 'ru-login@example.test' });
    const failed = await t.app.inject({
      method: 'POST', url: '/admin/login', headers: { ...RU, cookie: cookiesFrom(page.headers['set-cookie']) },
      payload: { _csrf: csrfFrom(page.body), email: user.email, password: 'not the password' },
    });
    expect(failed.statusCode).toBe(400);
    expect(failed.body).toContain('Неверный адрес электронной почты или пароль.');
    expect(failed.body).not.toContain('do not match an account');
  });

  it('lists users in Russian: headings, roles, status and the flash', async () => {
    const res = await get('/admin/users?done=created');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="ru"');
    expect(res.body).toContain('<title>Пользователи · Serai: управление</title>');
    expect(res.body).toContain('>Новый пользователь</a>');
    expect(res.body).toContain('<th scope="col">Роль</th>');
    expect(res.body).toContain('<td>администратор</td>');
    expect(res.body).toContain('<span class="badge badge-published">Активна</span>');
    expect(res.body).toContain('Пользователь создан.');
    for (const english of ['Staff accounts', 'New user', '>Active<', 'User created.', '>Status<']) expect(res.body).not.toContain(english);
  });

  it('re-shows the new-user form with Russian messages, keeping the input', async () => {
    const res = await postRu(t, admin, '/admin/users', { email: 'not-an-address', display_name: 'Иван <Петров>', role: 'overlord', password: 'short', ui_locale: 'xx' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('<html lang="ru"');
    expect(res.body).toContain('Введите адрес электронной почты, например name@example.org.');
    expect(res.body).toContain('Не менее 12 символов.');
    expect(res.body).toContain('Выберите роль: администратор, редактор, автор, внештатный автор, модератор.');
    expect(res.body).toContain('Выберите язык интерфейса из списка.');
    expect(res.body).toMatch(/<option value(?:="")?>Выберите роль<\/option><option value="admin">Администратор<\/option>/);
    expect(res.body).toContain('<label for="field-ui_locale">Язык интерфейса</label>');
    expect(res.body).toContain('>Создать пользователя</button>');
    expect(res.body).toContain('value="Иван &lt;Петров>"');
    for (const english of ['Create user', 'Use at least', 'Enter an e-mail address', 'Choose a role', 'Admins manage everything', 'Browser default']) {
      expect(res.body).not.toContain(english);
    }
  });

  it('lets an admin set another person’s interface language, which then wins over their browser', async () => {
    const person = await createUser(t.deps, { email: 'ru-desk@example.test', role: 'editor', displayName: 'Desk' });
    const form = await get(`/admin/users/${person.id}`);
    expect(form.body).toMatch(/<option value(?:="")? selected>Как в браузере<\/option><option value="en" lang="en">English<\/option><option value="ru" lang="ru">Русский<\/option>/);
    expect(form.body).toContain('<h2>Новый пароль</h2>');
    const saved = await postRu(t, admin, `/admin/users/${person.id}`, { display_name: 'Desk', role: 'editor', ui_locale: 'ru' });
    expect(saved.statusCode).toBe(303);
    expect((await get(saved.headers.location!)).body).toContain('Изменения сохранены.');
    const theirs = await signIn(t, person.email, person.password);
    expect((await get('/admin/sections', { 'accept-language': 'en' }, theirs)).body).toContain('<html lang="ru"');
    // A post without the field (an older form) keeps the choice; an empty choice goes back to the browser's.
    await postForm(t, admin, `/admin/users/${person.id}`, { display_name: 'Desk', role: 'editor' });
    expect((await get(`/admin/users/${person.id}`)).body).toContain('<option value="ru" lang="ru" selected>Русский</option>');
    await postForm(t, admin, `/admin/users/${person.id}`, { display_name: 'Desk', role: 'editor', ui_locale: '' });
    expect((await get('/admin/sections', { 'accept-language': 'en' }, theirs)).body).toContain('<html lang="en"');
    const refused = await postRu(t, admin, `/admin/users/${person.id}`, { display_name: 'Desk', role: 'editor', ui_locale: 'de' });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Выберите язык интерфейса из списка.');
  });

  it('creates a user with an interface language', async () => {
    const res = await postForm(t, admin, '/admin/users', { email: 'born-ru@example.test', display_name: 'Born', role: 'author', password: 'a long passphrase here', ui_locale: 'ru' });
    expect(res.statusCode).toBe(303);
    const row = await t.deps.db.selectFrom('users').select('ui_locale').where('email', '=', 'born-ru@example.test').executeTakeFirstOrThrow();
    expect(row.ui_locale).toBe('ru');
  });

  it('says what is wrong with a new password in Russian', async () => {
    const person = await createUser(t.deps, { email: 'ru-pass@example.test', role: 'author' });
    const short = await postRu(t, admin, `/admin/users/${person.id}/password`, { password: 'tiny' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('<p class="field-error" id="field-password-error">Не менее 12 символов.</p>');
    expect(short.body).toContain('>Сменить пароль</button>');
    expect(short.body).not.toContain('Use at least');
  });

  it('says the last active admin may not step down in Russian', async () => {
    const t2 = await buildTestApp(engine);
    try {
      const only = await signInAs(t2, 'admin', 'only-ru@example.test');
      const demote = await postRu(t2, only, `/admin/users/${only.userId}`, { display_name: 'Only', role: 'editor', ui_locale: '' });
      expect(demote.statusCode).toBe(400);
      expect(demote.body).toContain('Это единственный активный администратор. Сначала назначьте администратором кого-то ещё.');
    } finally {
      await t2.close();
    }
  });
});
