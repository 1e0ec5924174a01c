// Bytes no form should carry must never turn into a 500 (PostgreSQL refuses NUL in text).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { postForm, signInAs } from '../accounts/sign-in.testkit.ts';

describe.each(engines)('control characters in form input on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { loginRateLimit: 1000 }); });
  afterAll(async () => { await t.close(); });

  it('drops NUL and other control characters from admin form fields', async () => {
    const editor = await signInAs(t, 'editor');
    const res = await postForm(t, editor, '/admin/sections', { name: 'Eco\u0000nomy\u0007', slug: '', position: '0' });
    expect(res.statusCode).toBeLessThan(500);
    const row = await t.deps.db.selectFrom('sections').select(['name']).where('name', '=', 'Economy').executeTakeFirst();
    expect(row?.name).toBe('Economy');
  });

  it('answers a login form with NUL in it without a server error', async () => {
    const editor = await signInAs(t, 'editor');
    const res = await postForm(t, { cookie: editor.cookie, csrf: editor.csrf }, '/admin/login', { email: 'x\u0000@example.test', password: 'p\u0000' });
    expect(res.statusCode).toBeLessThan(500);
  });
});

describe.each(engines)('addresses that cannot be decoded on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('answers 400 with the plain error page in the reader’s language, never Fastify’s own JSON', async () => {
    const russian = await t.app.inject({ url: '/ru/%E0%A4%A', headers: { 'accept-language': 'ru' } });
    expect(russian.statusCode).toBe(400);
    expect(russian.headers['content-type']).toContain('text/html');
    expect(russian.body).toContain('<html lang="ru"');
    expect(russian.body).not.toContain('FST_ERR_BAD_URL');
    const json = await t.app.inject({ url: '/en/articles/%zz', headers: { accept: 'application/json' } });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toEqual({ error: { code: 'bad_request', message: 'The request could not be understood.' } });
  });
});

describe.each(engines)('NUL bytes in addresses on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { loginRateLimit: 1000 }); });
  afterAll(async () => { await t.close(); });

  it('answers 404 (the address names nothing), never a 500, wherever the NUL is', async () => {
    const admin = await signInAs(t, 'admin');
    const urls = [
      '/admin/articles/new?translationOf=%00', '/admin/articles?q=%00', '/admin/sections/%00', '/admin/tags/%00',
      '/admin/authors/%00', '/admin/users/%00', '/admin/moderation?article=%00', '/en/articles/%00', '/en/search?q=a%00b',
      '/language/en?next=%2Fen%2F%00',
    ];
    for (const url of urls) {
      const res = await t.app.inject({ url, headers: { cookie: admin.cookie } });
      expect(res.statusCode, url).toBe(404);
    }
  });
});
