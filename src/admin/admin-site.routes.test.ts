// Which site the admin works on, on each engine (issue 5): the Host's site by default,
// the site chosen in the header's picker after that; staff limited to sites get 403
// `site_forbidden` for any other site, including another site's article by its id.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { insertSite } from '../sites/site.queries.ts';
import { replaceUserSites } from '../sites/user-site.queries.ts';
import { ADMIN_SITE_COOKIE } from './admin-site.ts';

const B_HOST = 'b.example.test';

describe.each(engines)('the admin’s site on %s', (engine) => {
  let t: TestContext;
  let siteA: string;
  let siteB: string;
  let articleA: string;
  let articleB: string;
  let sectionB: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteA = await defaultSiteId(t.deps);
    siteB = t.deps.ids.next();
    await insertSite(t.deps.db, { id: siteB, slug: 'b', name: 'Site B', host: B_HOST, defaultLocale: 'ar', isDefault: false, locales: ['ar'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    const sectionA = await createSection(t.deps, { name: 'Politics A', siteId: siteA });
    const sectionBRow = await createSection(t.deps, { name: 'Culture B', siteId: siteB });
    articleA = (await createArticle(t.deps, { siteId: siteA, sectionId: sectionA.id, headline: 'Story on site A', status: 'draft' })).id;
    sectionB = sectionBRow.id;
    articleB = (await createArticle(t.deps, { siteId: siteB, sectionId: sectionBRow.id, locale: 'ar', headline: 'قصة على الموقع ب', status: 'draft' })).id;
  });
  afterAll(async () => { await t.close(); });

  const get = (agent: { cookie: string }, url: string, extra: Record<string, string> = {}) =>
    t.app.inject({ url, headers: { cookie: agent.cookie, ...extra } });
  const json = { accept: 'application/json' };
  const limitedTo = async (role: 'editor' | 'moderator', sites: string[]) => {
    const agent = await signInAs(t, role);
    await replaceUserSites(t.deps.db, agent.userId, sites);
    return agent;
  };
  /** Switches site through the header's form; returns the agent with the remembered choice. */
  const switchTo = async (agent: SignedIn, site: string, next = '/admin/articles') => {
    const res = await postForm(t, agent, '/admin/site', { site, next });
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith(`${ADMIN_SITE_COOKIE}=`));
    const others = agent.cookie.split('; ').filter((c) => !c.startsWith(`${ADMIN_SITE_COOKIE}=`)).join('; ');
    return { res, agent: { ...agent, cookie: cookie ? `${others}; ${cookie.split(';')[0]}` : agent.cookie } };
  };

  it('works on the Host’s site by default, and offers the picker to people with several sites', async () => {
    const editor = await signInAs(t, 'editor');
    const onA = await get(editor, '/admin/articles');
    expect(onA.body).toContain('Story on site A');
    expect(onA.body).not.toContain('قصة على الموقع ب');
    expect(onA.body).toMatch(new RegExp(`<select id="admin-site-choice" name="site"><option value="${siteA}" selected dir="auto">Newsroom</option><option value="${siteB}" dir="auto">Site B</option></select>`));
    const onB = await get(editor, '/admin/articles', { host: B_HOST });
    expect(onB.body).toContain('قصة على الموقع ب');
    expect(onB.body).not.toContain('Story on site A');
  });

  it('switches sites with the picker: every admin page then works on the chosen site', async () => {
    const { res, agent } = await switchTo(await signInAs(t, 'editor'), siteB, '/admin/sections');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/sections');
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    const sections = await get(agent, '/admin/sections');
    expect(sections.body).toContain('Culture B');
    expect(sections.body).not.toContain('Politics A');
    expect(sections.body).toContain(`<option value="${siteB}" selected dir="auto">Site B</option>`);
    expect((await get(agent, `/admin/articles/${articleB}`)).statusCode).toBe(200);
    // A's article, opened by id while working on B: not here, and it says where it is.
    const elsewhere = await get(agent, `/admin/articles/${articleA}`);
    expect(elsewhere.statusCode).toBe(404);
    expect(elsewhere.body).toContain('belongs to the site “Newsroom”');
    // The choice outranks the Host.
    expect((await get(agent, '/admin/articles', { host: 'localhost' })).body).toContain('قصة على الموقع ب');
    const back = await switchTo(agent, siteA);
    expect((await get(back.agent, '/admin/articles')).body).toContain('Story on site A');
  });

  it('an unknown site in the picker re-shows the choice with 400; an open redirect is not followed', async () => {
    const editor = await signInAs(t, 'editor');
    const res = await postForm(t, editor, '/admin/site', { site: 'missing' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Choose one of the sites listed below.');
    expect((await postForm(t, editor, '/admin/site', { site: siteB, next: '//evil.example/admin' })).headers.location).toBe('/admin');
  });

  it('a user limited to a site works there whatever the Host, and gets no picker', async () => {
    const limited = await limitedTo('editor', [siteA]);
    const res = await get(limited, '/admin/articles', { host: B_HOST });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Story on site A');
    expect(res.body).not.toContain('admin-site-picker');
    const choices = await get(limited, '/admin/site');
    expect(choices.body).toContain('Newsroom');
    expect(choices.body).not.toContain('Site B');
  });

  it('a user limited to a site gets 403 site_forbidden for another site: by the picker, by a remembered choice, by an article id', async () => {
    const limited = await limitedTo('editor', [siteA]);
    const chosen = await postForm(t, limited, '/admin/site', { site: siteB });
    expect(chosen.statusCode).toBe(403);
    expect(chosen.headers['set-cookie']).toBeUndefined();
    const byId = await get(limited, `/admin/articles/${articleB}`, json);
    expect(byId.statusCode).toBe(403);
    expect(byId.json()).toMatchObject({ error: { code: 'site_forbidden' } });
    for (const url of [`/admin/articles/${articleB}/revisions/1`, `/admin/articles/${articleB}`]) {
      expect((await get(limited, url, { ...json, host: B_HOST })).json().error.code, url).toBe('site_forbidden');
    }
    expect((await postForm(t, limited, `/admin/articles/${articleB}`, { headline: 'Taken over' })).statusCode).toBe(403);
    // Other rows are loaded by id and the site worked on: another site's section simply is not there.
    expect((await get(limited, `/admin/sections/${sectionB}`)).statusCode).toBe(404);
    expect((await get(limited, `/admin/articles/${articleB}/comments`)).statusCode).toBe(404);
    // A site chosen earlier and since taken away: refused, never a silent switch to another site.
    const { agent } = await switchTo(await signInAs(t, 'editor'), siteB);
    await replaceUserSites(t.deps.db, agent.userId, [siteA]);
    for (const url of ['/admin/articles', '/admin/sections', '/admin/media', '/admin/moderation']) {
      const res = await get(agent, url, json);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.code, url).toBe('site_forbidden');
    }
    expect((await get(agent, '/admin/site')).statusCode).toBe(200);
    const { agent: fixed } = await switchTo(agent, siteA);
    expect((await get(fixed, '/admin/articles')).statusCode).toBe(200);
  });

  it('ignores a choice remembered for someone else on the same browser, and a forged one', async () => {
    const { agent: first } = await switchTo(await signInAs(t, 'editor'), siteB);
    const remembered = first.cookie.split('; ').find((c) => c.startsWith(`${ADMIN_SITE_COOKIE}=`))!;
    const second = await signInAs(t, 'editor');
    expect((await get(second, '/admin/articles', { cookie: `${second.cookie}; ${remembered}` })).body).toContain('Story on site A');
    const forged = `${ADMIN_SITE_COOKIE}=${encodeURIComponent(`${second.userId}:${siteB}`)}`;
    expect((await get(second, '/admin/articles', { cookie: `${second.cookie}; ${forged}` })).body).toContain('Story on site A');
    const signed = `${ADMIN_SITE_COOKIE}=${encodeURIComponent(t.app.signCookie(`${second.userId}:${siteB}`))}`;
    expect((await get(second, '/admin/articles', { cookie: `${second.cookie}; ${signed}` })).body).toContain('قصة على الموقع ب');
  });

  it('admins work on every site whatever user_sites says; moderator language scopes still apply per site', async () => {
    const admin = await signInAs(t, 'admin');
    await replaceUserSites(t.deps.db, admin.userId, [siteA]);
    expect((await switchTo(admin, siteB)).res.statusCode).toBe(303);
    const moderator = await limitedTo('moderator', [siteA, siteB]);
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: moderator.userId, site_id: siteB, locale: 'ar' }).execute();
    expect((await get(moderator, '/admin/moderation')).statusCode).toBe(403);
    const { agent } = await switchTo(moderator, siteB, '/admin/moderation');
    expect((await get(agent, '/admin/moderation')).statusCode).toBe(200);
  });
});
