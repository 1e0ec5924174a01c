import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createUser } from '../../test/factories.ts';
import { verifyPassword } from './password.ts';
import { postForm, signIn, signInAs, type SignedIn } from './sign-in.testkit.ts';

describe.each(engines)('/admin/users on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    admin = await signInAs(t, 'admin', 'boss@example.test');
  });
  afterAll(async () => { await t.close(); });

  const userRow = (email: string) => t.deps.db.selectFrom('users').select(['id', 'display_name', 'role', 'disabled', 'password_hash'])
    .where('email', '=', email).executeTakeFirst();

  it('is for admins only: an editor gets 403, a visitor the login form', async () => {
    const editor = await signInAs(t, 'editor');
    expect((await t.app.inject({ url: '/admin/users', headers: { cookie: editor.cookie } })).statusCode).toBe(403);
    expect((await postForm(t, editor, '/admin/users', { email: 'x@example.test', display_name: 'X', role: 'admin', password: 'long enough password' })).statusCode).toBe(403);
    expect(await userRow('x@example.test')).toBeUndefined();
    const visitor = await t.app.inject({ url: '/admin/users' });
    expect(visitor.statusCode).toBe(303);
    expect(visitor.headers.location).toBe('/admin/login?next=%2Fadmin%2Fusers');
  });

  it('lists users with name, e-mail, role and status', async () => {
    const res = await t.app.inject({ url: '/admin/users', headers: { cookie: admin.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('boss@example.test');
    expect(res.body).toContain('A admin');
    expect(res.body).toContain('Active');
    expect(res.body).toContain('aria-current="page"');
  });

  it('creates a user who can then log in; the password is stored hashed and never shown', async () => {
    const res = await postForm(t, admin, '/admin/users', { email: 'New.Person@Example.test', display_name: 'New Person', role: 'author', password: 'a long passphrase here' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/users?done=created');
    const row = await userRow('new.person@example.test');
    expect(row).toMatchObject({ display_name: 'New Person', role: 'author', disabled: 0 });
    expect(row!.password_hash).toMatch(/^\$argon2id\$/);
    const list = await t.app.inject({ url: '/admin/users?done=created', headers: { cookie: admin.cookie } });
    expect(list.body).toContain('User created.');
    expect(list.body).not.toContain('a long passphrase here');
    await expect(signIn(t, 'new.person@example.test', 'a long passphrase here')).resolves.toHaveProperty('cookie');
  });

  it('rejects a duplicate e-mail, a short password and an unknown role with 400, keeping the input', async () => {
    const res = await postForm(t, admin, '/admin/users', { email: 'BOSS@example.test', display_name: 'Second <Boss>', role: 'overlord', password: 'short' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Another account already uses this e-mail address.');
    expect(res.body).toContain('Use at least 12 characters.');
    expect(res.body).toContain('Choose a role');
    expect(res.body).toContain('value="BOSS@example.test"');
    expect(res.body).toMatch(/<select[^>]*name="role"[^>]*><option value(?:="")?>Choose a role<\/option>/);
    expect(res.body.indexOf('#field-email')).toBeLessThan(res.body.indexOf('#field-password'));
    expect(res.body).toContain('value="Second &lt;Boss>"');
    expect(res.body).not.toContain('value="short"');
  });

  it('edits name and role', async () => {
    const person = await createUser(t.deps, { email: 'edit-me@example.test', role: 'contributor' });
    const page = await t.app.inject({ url: `/admin/users/${person.id}`, headers: { cookie: admin.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('edit-me@example.test');
    const res = await postForm(t, admin, `/admin/users/${person.id}`, { display_name: 'Edited Name', role: 'editor' });
    expect(res.statusCode).toBe(303);
    expect(await userRow('edit-me@example.test')).toMatchObject({ display_name: 'Edited Name', role: 'editor', disabled: 0 });
  });

  it('disabling a user ends their sessions at once', async () => {
    const person = await createUser(t.deps, { email: 'soon-gone@example.test', role: 'editor' });
    const theirs = await signIn(t, person.email, person.password);
    expect((await t.app.inject({ url: '/admin', headers: { cookie: theirs.cookie } })).headers.location).not.toMatch(/login/);
    const res = await postForm(t, admin, `/admin/users/${person.id}`, { display_name: 'Gone', role: 'editor', disabled: '1' });
    expect(res.statusCode).toBe(303);
    expect((await userRow(person.email))!.disabled).toBe(1);
    const after = await t.app.inject({ url: '/admin', headers: { cookie: theirs.cookie } });
    expect(after.headers.location).toMatch(/^\/admin\/login/);
    await expect(signIn(t, person.email, person.password)).rejects.toThrow(/400/);
  });

  it('will not disable or demote the last active admin', async () => {
    const t2 = await buildTestApp(engine);
    try {
      const only = await signInAs(t2, 'admin', 'only@example.test');
      const demote = await postForm(t2, only, `/admin/users/${only.userId}`, { display_name: 'Only', role: 'editor' });
      expect(demote.statusCode).toBe(400);
      expect(demote.body).toContain('This is the only active admin.');
      const disable = await postForm(t2, only, `/admin/users/${only.userId}`, { display_name: 'Only', role: 'admin', disabled: '1' });
      expect(disable.statusCode).toBe(400);
      expect(disable.body).toContain('checked');
      const row = await t2.deps.db.selectFrom('users').select(['role', 'disabled']).where('id', '=', only.userId).executeTakeFirstOrThrow();
      expect(row).toEqual({ role: 'admin', disabled: 0 });
      // With a second admin, stepping down is fine.
      await createUser(t2.deps, { email: 'second@example.test', role: 'admin' });
      expect((await postForm(t2, only, `/admin/users/${only.userId}`, { display_name: 'Only', role: 'editor' })).statusCode).toBe(303);
    } finally {
      await t2.close();
    }
  });

  it('sets a new password: too short is a 400, a good one signs the person out elsewhere', async () => {
    const person = await createUser(t.deps, { email: 'new-pass@example.test', role: 'author' });
    const theirs = await signIn(t, person.email, person.password);
    const short = await postForm(t, admin, `/admin/users/${person.id}/password`, { password: 'tiny' });
    expect(short.statusCode).toBe(400);
    expect(short.body).toContain('Use at least 12 characters.');
    const ok = await postForm(t, admin, `/admin/users/${person.id}/password`, { password: 'brand new passphrase' });
    expect(ok.statusCode).toBe(303);
    expect(await verifyPassword((await userRow(person.email))!.password_hash, 'brand new passphrase')).toBe(true);
    expect((await t.app.inject({ url: '/admin', headers: { cookie: theirs.cookie } })).headers.location).toMatch(/^\/admin\/login/);
  });

  it('answers an unknown user id with 404', async () => {
    expect((await t.app.inject({ url: '/admin/users/nope', headers: { cookie: admin.cookie } })).statusCode).toBe(404);
    expect((await postForm(t, admin, '/admin/users/nope', { display_name: 'X', role: 'admin' })).statusCode).toBe(404);
  });
});
