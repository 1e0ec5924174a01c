// /admin/sites on each engine: admins list, create and edit sites (name, slug, host name,
// ordered languages with a default, the default flag, a logo from the media library); bad
// input re-shown with what was typed; a stale form is a 409; every change reaches the site
// directory (host routing) and drops the site's cached pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { insertMedia } from '../media/media.queries.ts';
import { siteFingerprint } from './save-site.ts';
import { listSites } from './site.queries.ts';

describe.each(engines)('/admin/sites on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  let mainId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    mainId = await defaultSiteId(t.deps);
    admin = await signInAs(t, 'admin');
  });
  afterAll(async () => { await t.close(); });

  const site = async (slug: string) => (await listSites(t.deps.db)).find((s) => s.slug === slug);
  const form = (id: string) => t.app.inject({ url: `/admin/sites/${id}`, headers: { cookie: admin.cookie } });
  const fingerprintIn = (html: string) => /name="fingerprint" value="([^"]+)"/.exec(html)![1]!;
  const arabic = { name: 'سراي', slug: 'arabic', host: 'AR.Example.test', locales: ['ar', 'fa-AF'], 'position.ar': '1', 'position.fa-AF': '2', defaultLocale: 'ar' };

  it('is for admins only: editors get 403 and change nothing', async () => {
    const editor = await signInAs(t, 'editor');
    expect((await t.app.inject({ url: '/admin/sites', headers: { cookie: editor.cookie } })).statusCode).toBe(403);
    expect((await postForm(t, editor, '/admin/sites', { ...arabic, slug: 'sneaky' })).statusCode).toBe(403);
    expect(await site('sneaky')).toBeUndefined();
    expect((await t.app.inject({ method: 'POST', url: '/admin/sites', headers: { cookie: admin.cookie }, payload: { name: 'No token' } })).statusCode).toBe(403);
  });

  it('lists the sites with host, languages and the default', async () => {
    const res = await t.app.inject({ url: '/admin/sites', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`href="/admin/sites/${mainId}" dir="auto">Newsroom</a>`);
    expect(res.body).toContain('<span class="badge badge-published">Default</span>');
    expect(res.body).toContain('href="/admin/sites/new"');
  });

  it('creates a site: host lower-cased, languages in the typed order, reachable by its host at once', async () => {
    const page = await t.app.inject({ url: '/admin/sites/new', headers: { cookie: admin.cookie } });
    expect(page.body).toContain('name="locales" value="fa-AF"');
    expect(page.body).toContain('<span lang="ar" dir="rtl">العربية</span>');
    const res = await postForm(t, admin, '/admin/sites', { ...arabic, 'position.ar': '2', 'position.fa-AF': '1' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/sites?done=created');
    const created = await site('arabic');
    expect(created).toMatchObject({ name: 'سراي', host: 'ar.example.test', locales: ['fa-AF', 'ar'], defaultLocale: 'ar', isDefault: false, logo: null });
    expect((await t.deps.sites.forHost('ar.example.test:3000'))?.id).toBe(created!.id);
    const home = await t.app.inject({ url: '/ar/', headers: { host: 'ar.example.test:3000' } });
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('<a class="site-name" href="/ar/">سراي</a>');
    expect(home.body).toMatch(/<html lang="ar" dir="rtl"/);
    // The default site keeps every other host, and does not publish in Arabic.
    expect((await t.app.inject({ url: '/ar/', headers: { host: 'localhost:3000' } })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/en/', headers: { host: 'localhost:3000' } })).body).toContain('>Newsroom</a>');
  });

  it('refuses bad input with 400, every problem named and the typed values kept', async () => {
    const res = await postForm(t, admin, '/admin/sites', {
      name: '<b>Taken</b>', slug: 'main', host: 'https://ar.example.test:8080/', locales: ['ar'], defaultLocale: 'en',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Another site already uses this slug.');
    expect(res.body).toContain('Enter only the host name');
    expect(res.body).toContain('Choose the default language among the languages ticked above.');
    expect(res.body).toContain('value="&lt;b>Taken&lt;/b>"');
    expect(res.body).toContain('value="https://ar.example.test:8080/"');
    expect(res.body).toMatch(/name="locales" value="ar" checked/);
    const more = await postForm(t, admin, '/admin/sites', { name: 'Twin', slug: 'twin', host: 'ar.example.test', defaultLocale: 'en' });
    expect(more.statusCode).toBe(400);
    expect(more.body).toContain('Another site already answers on this host name.');
    expect(more.body).toContain('Choose at least one language.');
    const unknown = await postForm(t, admin, '/admin/sites', { name: 'Klingon', locales: ['tlh', 'en'], defaultLocale: 'en' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Choose the languages from the list.');
    expect(await site('twin')).toBeUndefined();
    expect(await site('klingon')).toBeUndefined();
  });

  it('edits a site, reloads the directory and drops its cached pages', async () => {
    const before = (await site('arabic'))!;
    t.deps.pageCache.set(before.id, 'probe', { body: 'x', contentType: 'text/html', status: 200 });
    const page = await form(before.id);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="ar.example.test"');
    const res = await postForm(t, admin, `/admin/sites/${before.id}`, { ...arabic, name: 'سراي العربية', host: '', fingerprint: fingerprintIn(page.body) });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/admin/sites/${before.id}?done=saved`);
    expect(await site('arabic')).toMatchObject({ name: 'سراي العربية', host: null, locales: ['ar', 'fa-AF'] });
    expect(t.deps.pageCache.get(before.id, 'probe')).toBeUndefined();
    expect((await t.deps.sites.forHost('ar.example.test'))?.id).toBe(mainId);
    expect((await t.app.inject({ url: res.headers.location!, headers: { cookie: admin.cookie } })).body).toContain('Changes saved.');
  });

  it('refuses to drop a language that still has articles, and drops one that has none', async () => {
    const target = (await site('arabic'))!;
    const section = await createSection(t.deps, { name: 'Culture', siteId: target.id });
    await createArticle(t.deps, { siteId: target.id, sectionId: section.id, locale: 'fa-AF', slug: 'dari-story' });
    const fingerprint = fingerprintIn((await form(target.id)).body);
    const refused = await postForm(t, admin, `/admin/sites/${target.id}`, { ...arabic, host: '', locales: ['ar'], fingerprint });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Dari (fa-AF) has 1 article on this site, so it cannot be removed.');
    expect((await site('arabic'))!.locales).toEqual(['ar', 'fa-AF']);
    const added = await postForm(t, admin, `/admin/sites/${target.id}`, { ...arabic, host: '', locales: ['ar', 'fa-AF', 'ps'], fingerprint });
    expect(added.statusCode).toBe(303);
    const fresh = fingerprintIn((await form(target.id)).body);
    expect((await postForm(t, admin, `/admin/sites/${target.id}`, { ...arabic, host: '', fingerprint: fresh })).statusCode).toBe(303);
    expect((await site('arabic'))!.locales).toEqual(['ar', 'fa-AF']);
  });

  it('keeps exactly one default site: ticking it moves it, unticking it is refused', async () => {
    const target = (await site('arabic'))!;
    const main = (await listSites(t.deps.db)).find((s) => s.id === mainId)!;
    const refused = await postForm(t, admin, `/admin/sites/${mainId}`, {
      name: main.name, slug: main.slug, host: '', locales: main.locales, defaultLocale: main.defaultLocale, fingerprint: siteFingerprint(main),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('One site must be the default.');
    const moved = await postForm(t, admin, `/admin/sites/${target.id}`, { ...arabic, host: '', isDefault: '1', fingerprint: siteFingerprint(target) });
    expect(moved.statusCode).toBe(303);
    const defaults = (await listSites(t.deps.db)).filter((s) => s.isDefault).map((s) => s.id);
    expect(defaults).toEqual([target.id]);
    expect((await t.deps.sites.forHost('unknown.example'))?.id).toBe(target.id);
    const back = (await listSites(t.deps.db)).find((s) => s.id === mainId)!;
    expect((await postForm(t, admin, `/admin/sites/${mainId}`, {
      name: back.name, slug: back.slug, host: '', locales: back.locales, defaultLocale: back.defaultLocale, isDefault: '1', fingerprint: siteFingerprint(back),
    })).statusCode).toBe(303);
    expect((await listSites(t.deps.db)).filter((s) => s.isDefault).map((s) => s.id)).toEqual([mainId]);
  });

  it('sets a logo from the site’s own media library; the masthead shows it with the name as alt text', async () => {
    const target = (await site('arabic'))!;
    const media = (id: string, siteId: string) => ({
      id, siteId, storageKey: `2026/06/${id}`, originalName: 'logo.png', mimeType: 'image/png', width: 1200, height: 300,
      widths: [480, 960, 1200], alt: 'Serai wordmark', createdBy: null, createdAt: t.deps.clock.now().toISOString(),
    });
    await insertMedia(t.deps.db, media('logo-ar', target.id));
    await insertMedia(t.deps.db, media('logo-main', mainId));
    const page = await form(target.id);
    expect(page.body).toContain('name="logoMediaId" value="logo-ar"');
    expect(page.body).not.toContain('value="logo-main"');
    const fingerprint = fingerprintIn(page.body);
    const foreign = await postForm(t, admin, `/admin/sites/${target.id}`, { ...arabic, host: 'ar.example.test', logoMediaId: 'logo-main', fingerprint });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.body).toContain('Choose an image from this site’s media library, or no logo.');
    expect((await postForm(t, admin, `/admin/sites/${target.id}`, { ...arabic, host: 'ar.example.test', logoMediaId: 'logo-ar', fingerprint })).statusCode).toBe(303);
    expect((await site('arabic'))!.logo).toMatchObject({ mediaId: 'logo-ar', storageKey: '2026/06/logo-ar', width: 1200, height: 300, widths: [480, 960, 1200] });
    const home = await t.app.inject({ url: '/ar/', headers: { host: 'ar.example.test' } });
    expect(home.body).toContain('<a class="site-name" href="/ar/"><img class="site-logo" src="/media/2026/06/logo-ar-480.webp" width="480" height="120" alt="سراي"/></a>');
    const other = await t.app.inject({ url: '/en/', headers: { host: 'localhost' } });
    expect(other.body).toContain('<a class="site-name" href="/en/">Newsroom</a>');
  });

  it('refuses an edit made from a stale form with 409, keeping the input and saving nothing', async () => {
    const target = (await site('arabic'))!;
    const stale = fingerprintIn((await form(target.id)).body);
    const values = { ...arabic, host: 'ar.example.test', logoMediaId: 'logo-ar' };
    expect((await postForm(t, admin, `/admin/sites/${target.id}`, { ...values, name: 'First save', fingerprint: stale })).statusCode).toBe(303);
    const late = await postForm(t, admin, `/admin/sites/${target.id}`, { ...values, name: 'Second save', fingerprint: stale });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('Someone else changed this site');
    expect(late.body).toContain('value="Second save"');
    expect((await site('arabic'))!.name).toBe('First save');
  });

  it('answers an unknown site with 404', async () => {
    expect((await form('missing')).statusCode).toBe(404);
    expect((await postForm(t, admin, '/admin/sites/missing', arabic)).statusCode).toBe(404);
  });
});
