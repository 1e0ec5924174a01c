// The site comment settings page on each engine: admins only, saved to the current
// site with the site directory reloaded and cached pages dropped; bad input re-shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { englishWordsIn } from '../admin/english-left.testkit.ts';

const PATH = '/admin/settings/comments';

describe.each(engines)('/admin/settings/comments on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    admin = await signInAs(t, 'admin');
  });
  afterAll(async () => { await t.close(); });

  const stored = () => t.deps.db.selectFrom('sites').select(['comment_mode', 'comments_close_after_days']).where('id', '=', siteId).executeTakeFirstOrThrow();

  it('is for admins only: editors, moderators and authors get 403 and change nothing', async () => {
    for (const role of ['editor', 'moderator', 'author'] as const) {
      const agent = await signInAs(t, role);
      expect((await t.app.inject({ url: PATH, headers: { cookie: agent.cookie } })).statusCode).toBe(403);
      expect((await postForm(t, agent, PATH, { mode: 'closed', closeAfterDays: '' })).statusCode).toBe(403);
    }
    expect(await stored()).toEqual({ comment_mode: 'pre', comments_close_after_days: null });
    expect((await t.app.inject({ url: PATH })).headers.location).toMatch(/^\/admin\/login\?next=/);
  });

  it('shows pre-moderation chosen and no automatic closing by default', async () => {
    const res = await t.app.inject({ url: PATH, headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatch(/<input type="radio" id="field-mode" name="mode" value="pre" checked/);
    expect(res.body).not.toMatch(/value="post" checked/);
    expect(res.body).toMatch(/name="closeAfterDays" type="number" value[ >]/);
    expect(res.body).toContain('Close comments automatically N days after publication');
  });

  it('saves mode and days for the site, reloads the directory and drops cached pages', async () => {
    t.deps.pageCache.set(siteId, '/en/', { body: 'x', contentType: 'text/html', status: 200 });
    const res = await postForm(t, admin, PATH, { mode: 'post', closeAfterDays: '30' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${PATH}?done=saved`);
    expect(await stored()).toEqual({ comment_mode: 'post', comments_close_after_days: 30 });
    expect(await t.deps.sites.byId(siteId)).toMatchObject({ commentMode: 'post', commentsCloseAfterDays: 30 });
    expect(t.deps.pageCache.get(siteId, '/en/')).toBeUndefined();
    const page = await t.app.inject({ url: res.headers.location!, headers: { cookie: admin.cookie } });
    expect(page.body).toContain('Comment settings saved.');
    expect(page.body).toMatch(/value="post" checked/);
    expect(page.body).toContain('value="30"');
    // Empty days means never; closed keeps the days empty.
    expect((await postForm(t, admin, PATH, { mode: 'closed', closeAfterDays: '' })).statusCode).toBe(303);
    expect(await stored()).toEqual({ comment_mode: 'closed', comments_close_after_days: null });
  });

  it.each([
    [{ mode: 'pre', closeAfterDays: '0' }, 'closeAfterDays'],
    [{ mode: 'pre', closeAfterDays: '3651' }, 'closeAfterDays'],
    [{ mode: 'pre', closeAfterDays: '2.5' }, 'closeAfterDays'],
    [{ mode: 'pre', closeAfterDays: '-3' }, 'closeAfterDays'],
    [{ mode: 'pre', closeAfterDays: 'ten' }, 'closeAfterDays'],
    [{ mode: 'everything', closeAfterDays: '5' }, 'mode'],
    [{ closeAfterDays: '5' }, 'mode'],
  ])('refuses %j with 400, the input kept and the error linked', async (fields, field) => {
    const before = await stored();
    const res = await postForm(t, admin, PATH, fields);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain(`href="#field-${field}"`);
    expect(res.body).toContain(`id="field-${field}-error"`);
    expect(res.body).toContain(`value="${fields.closeAfterDays}"`);
    expect(await stored()).toEqual(before);
  });

  it('accepts the limits 1 and 3650', async () => {
    expect((await postForm(t, admin, PATH, { mode: 'pre', closeAfterDays: '1' })).statusCode).toBe(303);
    expect((await stored()).comments_close_after_days).toBe(1);
    expect((await postForm(t, admin, PATH, { mode: 'pre', closeAfterDays: '3650' })).statusCode).toBe(303);
    expect((await stored()).comments_close_after_days).toBe(3650);
  });

  it('speaks Russian to a Russian admin, errors included', async () => {
    const ru = { cookie: admin.cookie, 'accept-language': 'ru' };
    const siteWords = [...(await t.deps.sites.byId(siteId))!.name.split(' '), 'admin'];
    const page = await t.app.inject({ url: `${PATH}?done=saved`, headers: ru });
    expect(page.body).toContain('<html lang="ru"');
    expect(page.body).toContain('<title>Настройки комментариев · Serai: управление</title>');
    expect(page.body).toContain('<p class="flash" role="status">Настройки комментариев сохранены.</p>');
    expect(page.body).toContain('<label for="field-mode">Премодерация</label>');
    expect(englishWordsIn(page.body, siteWords)).toEqual([]);
    const bad = await t.app.inject({
      method: 'POST', url: PATH, headers: { ...ru, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: admin.csrf, mode: 'sometimes', closeAfterDays: '0' }).toString(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<h2>Исправьте 2 ошибки</h2>');
    expect(bad.body).toContain('Выберите, как модерировать комментарии.');
    expect(bad.body).toContain('Введите целое число дней от 1 до 3\u00a0650');
    expect(englishWordsIn(bad.body, siteWords)).toEqual([]);
  });

  it('refuses a post without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: PATH, headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'mode=closed' });
    expect(res.statusCode).toBe(403);
    expect((await stored()).comment_mode).toBe('pre');
  });
});
