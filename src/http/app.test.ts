import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';

describe.each(engines)('app basics on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('answers an unknown path with the 404 page, not a stack trace', async () => {
    const res = await t.app.inject({ url: '/en/no/such/page' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers JSON under /api with a stable code', async () => {
    const res = await t.app.inject({ url: '/api/nothing' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
  });

  it('rejects a state-changing request without a CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/admin/login', payload: { email: 'a@b.c' } });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('expired');
  });

  it('answers 413 to a body over the limit', async () => {
    const res = await t.app.inject({
      method: 'POST', url: '/admin/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `x=${'a'.repeat(t.deps.config.maxBodyBytes + 10)}`,
    });
    expect(res.statusCode).toBe(413);
  });

  it('sends a strict Content-Security-Policy without inline script', async () => {
    const res = await t.app.inject({ url: '/nothing' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe.each(engines)('site icon on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('answers /favicon.ico and the declared icon with the SVG', async () => {
    for (const url of ['/favicon.ico', '/assets/favicon.svg']) {
      const res = await t.app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/image\/svg\+xml/);
      expect(res.body).toContain('<svg');
    }
  });
});
