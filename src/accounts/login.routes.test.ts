import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createUser } from '../../test/factories.ts';
import { csrfFrom } from '../../test/login.ts';
import { LOGIN_FAILED, safeNext, tryAgainMessage } from './login.routes.tsx';

function cookiesFrom(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

async function postLogin(t: TestContext, fields: Record<string, string>, query = '') {
  const form = await t.app.inject({ url: `/admin/login${query}` });
  const anon = cookiesFrom(form.headers['set-cookie']);
  return t.app.inject({ method: 'POST', url: '/admin/login', headers: { cookie: anon }, payload: { _csrf: csrfFrom(form.body), ...fields } });
}

describe('safeNext', () => {
  it.each([
    ['/admin/articles', '/admin/articles'],
    ['/admin/articles?status=draft', '/admin/articles?status=draft'],
    ['/admin', '/admin'],
    ['https://evil.test/admin', '/admin'],
    ['//evil.test/admin', '/admin'],
    ['/admin//evil.test', '/admin'],
    ['/admin\\evil', '/admin'],
    ['/administrators', '/admin'],
    ['/en/articles/x', '/admin'],
    ['/admin/\r\nSet-Cookie: x', '/admin'],
    ['', '/admin'],
  ])('%s → %s', (input, expected) => {
    expect(safeNext(input)).toBe(expected);
  });

  it('says when to try again in whole minutes', () => {
    expect(tryAgainMessage(12 * 60_000 - 5)).toBe('Too many login attempts. Try again in 12 minutes.');
    expect(tryAgainMessage(20_000)).toBe('Too many login attempts. Try again in 1 minute.');
  });
});

describe.each(engines)('login on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { loginRateLimit: 1000 }); });
  afterAll(async () => { await t.close(); });

  it('shows a labelled form with autocomplete hints and a CSRF field', async () => {
    const res = await t.app.inject({ url: '/admin/login' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<label for="field-email">');
    expect(res.body).toContain('autocomplete="username"');
    expect(res.body).toContain('autocomplete="current-password"');
    expect(res.body).toMatch(/name="_csrf" value="[^"]+"/);
  });

  it('signs in with the right password: 303 to /admin and an HttpOnly, SameSite=Lax session cookie', async () => {
    const user = await createUser(t.deps, { email: 'Right@Example.test', role: 'admin' });
    const res = await postLogin(t, { email: 'right@example.test', password: user.password });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin');
    const session = [res.headers['set-cookie']].flat().find((c) => c!.startsWith('serai_session='))!;
    expect(session).toMatch(/HttpOnly/i);
    expect(session).toMatch(/SameSite=Lax/i);
    expect(session).not.toMatch(/Secure/i); // plain HTTP in tests; HTTPS adds Secure
  });

  it('sends someone already signed in straight on from the login form', async () => {
    const user = await createUser(t.deps, { email: 'again@example.test', role: 'admin' });
    const cookie = cookiesFrom((await postLogin(t, { email: user.email, password: user.password })).headers['set-cookie']);
    const res = await t.app.inject({ url: '/admin/login?next=%2Fadmin%2Fusers', headers: { cookie } });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/users');
  });

  it('rejects a wrong password and an unknown e-mail alike: 400, one message, e-mail kept', async () => {
    const user = await createUser(t.deps, { email: 'wrong@example.test' });
    const wrong = await postLogin(t, { email: 'wrong@example.test', password: 'not the password' });
    const unknown = await postLogin(t, { email: 'nobody@example.test', password: user.password });
    for (const [res, email] of [[wrong, 'wrong@example.test'], [unknown, 'nobody@example.test']] as const) {
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain(LOGIN_FAILED);
      expect(res.body).toContain(`value="${email}"`);
      expect(res.body).not.toContain('not the password');
      expect(res.headers['set-cookie'] ?? '').not.toContain('serai_session=');
    }
  });

  it('does not let a disabled user in', async () => {
    const user = await createUser(t.deps, { email: 'gone@example.test' });
    await t.deps.db.updateTable('users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    const res = await postLogin(t, { email: user.email, password: user.password });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('disabled');
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('serai_session=');
  });

  it('goes back to a safe next path, and ignores an unsafe one', async () => {
    const user = await createUser(t.deps, { email: 'next@example.test' });
    const form = await t.app.inject({ url: '/admin/login?next=%2Fadmin%2Ftags' });
    expect(form.body).toContain('name="next" value="/admin/tags"');
    const safe = await postLogin(t, { email: user.email, password: user.password, next: '/admin/tags' });
    expect(safe.headers.location).toBe('/admin/tags');
    const unsafe = await postLogin(t, { email: user.email, password: user.password, next: '//evil.test/admin' });
    expect(unsafe.headers.location).toBe('/admin');
  });

  it('needs the CSRF token', async () => {
    const user = await createUser(t.deps, { email: 'csrf@example.test' });
    const form = await t.app.inject({ url: '/admin/login' });
    const res = await t.app.inject({
      method: 'POST', url: '/admin/login', headers: { cookie: cookiesFrom(form.headers['set-cookie']) },
      payload: { email: user.email, password: user.password, _csrf: 'forged' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('logs out: the old cookie no longer opens the admin', async () => {
    const user = await createUser(t.deps, { email: 'out@example.test', role: 'admin' });
    const login = await postLogin(t, { email: user.email, password: user.password });
    const cookie = cookiesFrom(login.headers['set-cookie']);
    const home = await t.app.inject({ url: '/admin', headers: { cookie } });
    expect(home.statusCode).toBe(303);
    expect(home.headers.location).toBe('/admin/articles');
    const csrf = (await t.deps.db.selectFrom('sessions').select('csrf_token').where('user_id', '=', user.id).executeTakeFirstOrThrow()).csrf_token;
    const noToken = await t.app.inject({ method: 'POST', url: '/admin/logout', headers: { cookie } });
    expect(noToken.statusCode).toBe(403);
    const out = await t.app.inject({ method: 'POST', url: '/admin/logout', headers: { cookie }, payload: { _csrf: csrf } });
    expect(out.statusCode).toBe(303);
    expect(out.headers.location).toBe('/admin/login');
    const after = await t.app.inject({ url: '/admin', headers: { cookie } });
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toBe('/admin/login?next=%2Fadmin');
  });

  it('sends a signed-out visitor of /admin to the login form', async () => {
    const res = await t.app.inject({ url: '/admin' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/login?next=%2Fadmin');
  });

  it('shows a moderator a page instead of a forbidden section', async () => {
    const user = await createUser(t.deps, { email: 'mod@example.test', role: 'moderator' });
    const login = await postLogin(t, { email: user.email, password: user.password });
    const res = await t.app.inject({ url: '/admin', headers: { cookie: cookiesFrom(login.headers['set-cookie']) } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Log out');
  });
});

describe.each(engines)('login rate limit on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { loginRateLimit: 3 }); });
  afterAll(async () => { await t.close(); });

  it('answers the fourth attempt in 15 minutes with a 429 page that says when to try again', async () => {
    const user = await createUser(t.deps, { email: 'limited@example.test' });
    for (let i = 0; i < 3; i++) {
      expect((await postLogin(t, { email: user.email, password: 'wrong wrong wrong' })).statusCode).toBe(400);
    }
    const res = await postLogin(t, { email: user.email, password: user.password });
    expect(res.statusCode).toBe(429);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Too many login attempts. Try again in 15 minutes.');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(800);
    expect(String(res.headers['set-cookie'] ?? '')).not.toContain('serai_session=');
    // The form itself stays reachable.
    expect((await t.app.inject({ url: '/admin/login' })).statusCode).toBe(200);
  });
});

describe.each(engines)('login behind an HTTPS proxy on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { trustProxy: true }); });
  afterAll(async () => { await t.close(); });

  it('marks the session cookie Secure', async () => {
    const user = await createUser(t.deps, { email: 'secure@example.test' });
    const headers = { 'x-forwarded-proto': 'https' };
    const form = await t.app.inject({ url: '/admin/login', headers });
    const res = await t.app.inject({
      method: 'POST', url: '/admin/login', headers: { ...headers, cookie: cookiesFrom(form.headers['set-cookie']) },
      payload: { email: user.email, password: user.password, _csrf: csrfFrom(form.body) },
    });
    expect(res.statusCode).toBe(303);
    const session = [res.headers['set-cookie']].flat().find((c) => c!.startsWith('serai_session='))!;
    expect(session).toMatch(/; Secure/i);
    expect(session).toMatch(/HttpOnly/i);
  });
});

describe.each(engines)('login on a site whose public URL is HTTPS on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { publicUrl: 'https://news.example.test' }); });
  afterAll(async () => { await t.close(); });

  it('marks the session cookie Secure even when TLS ends before the app', async () => {
    const user = await createUser(t.deps, { email: 'tls@example.test' });
    const form = await t.app.inject({ url: '/admin/login' });
    const res = await t.app.inject({
      method: 'POST', url: '/admin/login', headers: { cookie: cookiesFrom(form.headers['set-cookie']) },
      payload: { email: user.email, password: user.password, _csrf: csrfFrom(form.body) },
    });
    expect(res.statusCode).toBe(303);
    const session = [res.headers['set-cookie']].flat().find((c) => c!.startsWith('serai_session='))!;
    expect(session).toMatch(/; Secure/i);
  });
});
