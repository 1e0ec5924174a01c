// The user form's "Works on" sites (issue 5), on each engine: ticked sites are stored in
// user_sites (none = every site), admins are never limited, bad choices are re-shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { defaultSiteId } from '../../test/factories.ts';
import { insertSite } from '../sites/site.queries.ts';
import { listUserSiteIds } from '../sites/user-site.queries.ts';
import { postForm, signInAs, type SignedIn } from './sign-in.testkit.ts';

const PASSWORD = 'a long passphrase here';

describe.each(engines)('the sites a user works on, on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  let siteA: string;
  let siteB: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    admin = await signInAs(t, 'admin');
    siteA = await defaultSiteId(t.deps);
    siteB = t.deps.ids.next();
    await insertSite(t.deps.db, { id: siteB, slug: 'b', name: 'سراي', host: 'b.example.test', defaultLocale: 'ar', isDefault: false, locales: ['ar'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
  });
  afterAll(async () => { await t.close(); });

  const idOf = async (email: string) => (await t.deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  const page = (url: string) => t.app.inject({ url, headers: { cookie: admin.cookie } });

  it('offers a checkbox per site on the new-user form', async () => {
    const res = await page('/admin/users/new');
    expect(res.body).toContain('<legend>Works on</legend>');
    expect(res.body).toContain(`<input type="checkbox" id="site-${siteB}" name="sites" value="${siteB}"/><label for="site-${siteB}" dir="auto">سراي</label>`);
  });

  it('stores the ticked sites, shows them ticked and in the list, and clears them when unticked', async () => {
    const created = await postForm(t, admin, '/admin/users', { email: 'ar.editor@example.test', display_name: 'Layla', role: 'editor', password: PASSWORD, sites: siteB });
    expect(created.statusCode).toBe(303);
    const id = await idOf('ar.editor@example.test');
    expect(await listUserSiteIds(t.deps.db, id)).toEqual([siteB]);
    expect((await page(`/admin/users/${id}`)).body).toContain(`name="sites" value="${siteB}" checked`);
    const list = await page('/admin/users');
    expect(list.body).toContain('<th scope="col">Sites</th>');
    expect(list.body).toContain('<td dir="auto">سراي</td>');
    expect((await postForm(t, admin, `/admin/users/${id}`, { display_name: 'Layla', role: 'editor', sites: [siteA, siteB] })).statusCode).toBe(303);
    expect((await listUserSiteIds(t.deps.db, id)).sort()).toEqual([siteA, siteB].sort());
    expect((await postForm(t, admin, `/admin/users/${id}`, { display_name: 'Layla', role: 'editor' })).statusCode).toBe(303);
    expect(await listUserSiteIds(t.deps.db, id)).toEqual([]);
  });

  it('never limits an admin', async () => {
    await postForm(t, admin, '/admin/users', { email: 'second.admin@example.test', display_name: 'Second', role: 'admin', password: PASSWORD, sites: siteB });
    expect(await listUserSiteIds(t.deps.db, await idOf('second.admin@example.test'))).toEqual([]);
  });

  it('refuses an unknown site, and a moderator scope outside the person’s sites, with 400 and the input kept', async () => {
    const unknown = await postForm(t, admin, '/admin/users', { email: 'x@example.test', display_name: 'Kept <name>', role: 'editor', password: PASSWORD, sites: 'nope' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Choose sites from the list.');
    expect(unknown.body).toContain('value="Kept &lt;name>"');
    const outside = await postForm(t, admin, '/admin/users', {
      email: 'mod@example.test', display_name: 'Mod', role: 'moderator', password: PASSWORD, sites: siteA, scope: `${siteB}:ar`,
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.body).toContain('A moderator can only moderate sites they work on');
    expect(outside.body).toContain(`name="sites" value="${siteA}" checked`);
    expect(await t.deps.db.selectFrom('users').select('id').where('email', 'in', ['x@example.test', 'mod@example.test']).execute()).toEqual([]);
    const inside = await postForm(t, admin, '/admin/users', {
      email: 'mod@example.test', display_name: 'Mod', role: 'moderator', password: PASSWORD, sites: siteB, scope: `${siteB}:ar`,
    });
    expect(inside.statusCode).toBe(303);
  });
});
