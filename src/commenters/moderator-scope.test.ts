// Moderator scopes on each engine: findModeratorScope / scopeAllows over stored rows, and
// the user form (/admin/users) that stores them: sites, and per site all languages or some.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createUser, defaultSiteId } from '../../test/factories.ts';
import { createStaffUser, updateStaffUser } from '../accounts/manage-users.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { insertSite } from '../sites/site.queries.ts';
import { listModeratorScopeRows, replaceModeratorScopes } from './moderator-scope-edit.queries.ts';
import { findModeratorScope, scopeAllows, type ModeratorScope } from './moderator-scope.queries.ts';

describe('scopeAllows', () => {
  const cases: Array<[ModeratorScope, string, boolean]> = [
    [{ kind: 'everything' }, 'ru', true],
    [{ kind: 'all_locales' }, 'kk', true],
    [{ kind: 'none' }, 'en', false],
    [{ kind: 'locales', locales: ['en', 'ru'] }, 'ru', true],
    [{ kind: 'locales', locales: ['en', 'ru'] }, 'kk', false],
  ];
  it.each(cases)('%j allows %s: %s', (scope, locale, allowed) => expect(scopeAllows(scope, locale)).toBe(allowed));
});

describe.each(engines)('moderator scopes on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  let siteId: string;
  let otherSiteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    await t.deps.db.deleteFrom('site_locales').where('site_id', '=', siteId).execute();
    await t.deps.db.insertInto('site_locales').values(['en', 'ru', 'kk'].map((locale, position) => ({ site_id: siteId, locale, position }))).execute();
    otherSiteId = t.deps.ids.next();
    await insertSite(t.deps.db, { id: otherSiteId, slug: 'scope-other', name: 'Other Times', host: 'scope-other.example.test', defaultLocale: 'ru', isDefault: false, locales: ['ru', 'uz-Latn'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    admin = await signInAs(t, 'admin');
  });
  afterAll(async () => { await t.close(); });

  const rowsOf = async (userId: string) => (await listModeratorScopeRows(t.deps.db, userId)).map((r) => `${r.siteId === siteId ? 'main' : 'other'}:${r.locale}`).sort();
  const userId = async (email: string) => (await t.deps.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

  it('findModeratorScope: no rows = everything; other sites only = none; * = all locales; else the locales', async () => {
    const user = await createUser(t.deps, { role: 'moderator' });
    expect(await findModeratorScope(t.deps.db, user.id, siteId)).toEqual({ kind: 'everything' });
    await replaceModeratorScopes(t.deps.db, user.id, [{ siteId: otherSiteId, locale: '*' }]);
    expect(await findModeratorScope(t.deps.db, user.id, siteId)).toEqual({ kind: 'none' });
    expect(await findModeratorScope(t.deps.db, user.id, otherSiteId)).toEqual({ kind: 'all_locales' });
    await replaceModeratorScopes(t.deps.db, user.id, [{ siteId, locale: 'ru' }, { siteId, locale: 'en' }, { siteId: otherSiteId, locale: 'uz-Latn' }]);
    expect(await findModeratorScope(t.deps.db, user.id, siteId)).toEqual({ kind: 'locales', locales: ['en', 'ru'] });
    expect(await findModeratorScope(t.deps.db, user.id, otherSiteId)).toEqual({ kind: 'locales', locales: ['uz-Latn'] });
  });

  it('the user form offers each site with “All languages” and its locales, and stores a new moderator’s choice', async () => {
    const form = await t.app.inject({ url: '/admin/users/new', headers: { cookie: admin.cookie } });
    expect(form.body).toContain(`<fieldset class="scope-site" data-site-id="${otherSiteId}"><legend>Other Times</legend>`);
    expect(form.body).toContain(`<input type="checkbox" id="scope-${siteId}-all" name="scope" value="${siteId}:*"/>`);
    expect(form.body).toContain(`value="${otherSiteId}:uz-Latn"`);
    expect(form.body).toContain('Russian (ru)');
    const res = await postForm(t, admin, '/admin/users', {
      email: 'mod-ru@example.test', display_name: 'Russian desk', role: 'moderator', password: 'a long passphrase here',
      scope: [`${siteId}:ru`, `${siteId}:kk`, `${otherSiteId}:*`],
    });
    expect(res.statusCode).toBe(303);
    const id = await userId('mod-ru@example.test');
    expect(await rowsOf(id)).toEqual(['main:kk', 'main:ru', 'other:*']);
    expect(await findModeratorScope(t.deps.db, id, siteId)).toEqual({ kind: 'locales', locales: ['kk', 'ru'] });
    const edit = await t.app.inject({ url: `/admin/users/${id}`, headers: { cookie: admin.cookie } });
    expect(edit.body).toContain(`value="${siteId}:ru" checked`);
    expect(edit.body).toContain(`value="${otherSiteId}:*" checked`);
    expect(edit.body).not.toContain(`value="${siteId}:en" checked`);
  });

  it('edits the scope: “All languages” wins over single locales, nothing ticked = unrestricted, another role drops it', async () => {
    const user = await createUser(t.deps, { role: 'moderator', email: 'mod-edit@example.test' });
    const save = (fields: Record<string, string | string[]>) => postForm(t, admin, `/admin/users/${user.id}`, { display_name: 'Mod', role: 'moderator', ...fields });
    expect((await save({ scope: [`${siteId}:*`, `${siteId}:en`] })).statusCode).toBe(303);
    expect(await rowsOf(user.id)).toEqual(['main:*']);
    expect(await findModeratorScope(t.deps.db, user.id, otherSiteId)).toEqual({ kind: 'none' });
    expect((await save({})).statusCode).toBe(303);
    expect(await rowsOf(user.id)).toEqual([]);
    expect(await findModeratorScope(t.deps.db, user.id, otherSiteId)).toEqual({ kind: 'everything' });
    await save({ scope: [`${otherSiteId}:ru`] });
    expect((await save({ role: 'editor', scope: [`${otherSiteId}:ru`] })).statusCode).toBe(303);
    expect(await rowsOf(user.id)).toEqual([]);
  });

  it('refuses an unknown site or a locale the site does not have (400, the input kept)', async () => {
    const user = await createUser(t.deps, { role: 'moderator' });
    await replaceModeratorScopes(t.deps.db, user.id, [{ siteId, locale: 'en' }]);
    for (const bad of [`${siteId}:fr`, 'no-such-site:*', 'garbage', `:${siteId}`]) {
      const res = await postForm(t, admin, `/admin/users/${user.id}`, { display_name: 'Mod', role: 'moderator', scope: [`${siteId}:ru`, bad] });
      expect(res.statusCode, bad).toBe(400);
      expect(res.body).toContain('Choose sites and languages from the list.');
      expect(res.body).toContain(`value="${siteId}:ru" checked`);
      expect(await rowsOf(user.id)).toEqual(['main:en']);
    }
    const created = await postForm(t, admin, '/admin/users', { email: 'bad-scope@example.test', display_name: 'X', role: 'moderator', password: 'a long passphrase here', scope: 'nowhere:*' });
    expect(created.statusCode).toBe(400);
    expect(await t.deps.db.selectFrom('users').select('id').where('email', '=', 'bad-scope@example.test').executeTakeFirst()).toBeUndefined();
  });

  it('without a scope field (the CLI) leaves a stored scope alone', async () => {
    const created = await createStaffUser(t.deps, { email: 'cli-mod@example.test', displayName: 'CLI', role: 'moderator', password: 'a long passphrase here' });
    if (created.kind !== 'created') throw new Error('not created');
    expect(await rowsOf(created.user.id)).toEqual([]);
    await replaceModeratorScopes(t.deps.db, created.user.id, [{ siteId, locale: 'kk' }]);
    expect(await updateStaffUser(t.deps, created.user.id, { displayName: 'CLI 2', role: 'moderator', disabled: false })).toEqual({ kind: 'saved' });
    expect(await rowsOf(created.user.id)).toEqual(['main:kk']);
  });
});
