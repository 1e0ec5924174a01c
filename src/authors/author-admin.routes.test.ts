import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createAuthor, createSection, createUser, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { englishWordsIn } from '../admin/english-left.testkit.ts';

describe.each(engines)('/admin/authors on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    editor = await signInAs(t, 'editor');
  });
  afterAll(async () => { await t.close(); });

  const row = (slug: string) => t.deps.db.selectFrom('authors').select(['id', 'name', 'slug', 'bio', 'user_id']).where('slug', '=', slug).executeTakeFirst();
  const cacheProbe = () => t.deps.pageCache.set(siteId, 'probe', { body: 'x', contentType: 'text/html', status: 200 });
  const cacheDropped = () => t.deps.pageCache.get(siteId, 'probe') === undefined;

  it('is forbidden to contributors and moderators', async () => {
    for (const role of ['contributor', 'moderator'] as const) {
      const agent = await signInAs(t, role);
      expect((await t.app.inject({ url: '/admin/authors', headers: { cookie: agent.cookie } })).statusCode).toBe(403);
      expect((await postForm(t, agent, '/admin/authors', { name: 'Sneaky' })).statusCode).toBe(403);
    }
    expect(await row('sneaky')).toBeUndefined();
  });

  it('lists authors with their linked account and article count', async () => {
    const staff = await createUser(t.deps, { email: 'linked@example.test', displayName: 'Linked Login' });
    const author = await createAuthor(t.deps, { name: 'Dana Omarova', userId: staff.id });
    const section = await createSection(t.deps, { name: 'Listed' });
    await createArticle(t.deps, { sectionId: section.id, authorIds: [author.id], slug: 'by-dana' });
    const res = await t.app.inject({ url: '/admin/authors', headers: { cookie: editor.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/Dana Omarova<\/a><\/td><td><code>dana-omarova<\/code><\/td><td>Linked Login<\/td><td class="num">1<\/td>/);
  });

  it('creates an author without a login, slug from a Cyrillic name', async () => {
    cacheProbe();
    const res = await postForm(t, editor, '/admin/authors', { name: 'Айгуль Садыкова', slug: '', bio: 'Reports on energy.\n\nBased in Almaty.', user_id: '' });
    expect(res.statusCode).toBe(303);
    expect(await row('aygul-sadykova')).toMatchObject({ name: 'Айгуль Садыкова', bio: 'Reports on energy.\n\nBased in Almaty.', user_id: null });
    expect(cacheDropped()).toBe(true);
  });

  it('links and unlinks a staff account; an unknown account is a form error', async () => {
    const staff = await createUser(t.deps, { email: 'writer@example.test', displayName: 'Writer' });
    const author = await createAuthor(t.deps, { name: 'Linkable' });
    const form = await t.app.inject({ url: `/admin/authors/${author.id}`, headers: { cookie: editor.cookie } });
    expect(form.body).toContain('Writer (writer@example.test)');
    expect((await postForm(t, editor, `/admin/authors/${author.id}`, { name: 'Linkable', slug: 'linkable', bio: '', user_id: staff.id })).statusCode).toBe(303);
    expect((await row('linkable'))!.user_id).toBe(staff.id);
    const bad = await postForm(t, editor, `/admin/authors/${author.id}`, { name: 'Linkable', slug: 'linkable', bio: '', user_id: 'ghost' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Choose a staff account from the list');
    expect((await postForm(t, editor, `/admin/authors/${author.id}`, { name: 'Linkable', slug: 'linkable', bio: '', user_id: '' })).statusCode).toBe(303);
    expect((await row('linkable'))!.user_id).toBeNull();
  });

  it('refuses a duplicate slug with 400, keeping the input', async () => {
    await createAuthor(t.deps, { name: 'Taken Name', slug: 'taken' });
    const res = await postForm(t, editor, '/admin/authors', { name: 'New <Person>', slug: 'taken', bio: 'Kept bio', user_id: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('already uses this slug');
    expect(res.body).toContain('value="New &lt;Person>"');
    expect(res.body).toContain('Kept bio</textarea>');
    expect(await t.deps.db.selectFrom('authors').select('id').where('name', '=', 'New <Person>').executeTakeFirst()).toBeUndefined();
  });

  it('requires a name', async () => {
    const res = await postForm(t, editor, '/admin/authors', { name: '  ', slug: '', bio: '', user_id: '' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Enter the name as it appears in bylines.');
  });

  it('deletes an unused author, and refuses one with bylines', async () => {
    const section = await createSection(t.deps, { name: 'Bylines' });
    const used = await createAuthor(t.deps, { name: 'Busy Writer' });
    await createArticle(t.deps, { sectionId: section.id, authorIds: [used.id], slug: 'busy' });
    const refused = await postForm(t, editor, `/admin/authors/${used.id}/delete`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('1 article still carries this byline.');
    expect(await row('busy-writer')).toBeDefined();
    const idle = await createAuthor(t.deps, { name: 'Idle Writer' });
    cacheProbe();
    expect((await postForm(t, editor, `/admin/authors/${idle.id}/delete`)).statusCode).toBe(303);
    expect(await row('idle-writer')).toBeUndefined();
    expect(cacheDropped()).toBe(true);
  });

  it('speaks Russian to a Russian admin: the list, and the form with its errors', async () => {
    const ru = { cookie: editor.cookie, 'accept-language': 'ru' };
    const post = (url: string, fields: Record<string, string>) => t.app.inject({
      method: 'POST', url, headers: { ...ru, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: editor.csrf, ...fields }).toString(),
    });
    // Names, slugs and e-mail addresses are data: whatever language they are in stays.
    const dataWords = async () => [
      ...(await t.deps.db.selectFrom('authors').select(['name', 'slug']).execute()).flatMap((a) => [a.name, a.slug]),
      ...(await t.deps.db.selectFrom('users').select(['display_name', 'email']).execute()).flatMap((u) => [u.display_name, u.email]),
    ].flatMap((text) => text.split(/[^A-Za-z'’-]+/));
    const list = await t.app.inject({ url: '/admin/authors', headers: ru });
    expect(list.body).toContain('<html lang="ru"');
    expect(list.body).toContain('<title>Авторы · Serai: управление</title>');
    expect(list.body).toContain('Люди, которые указаны в подписях к статьям.');
    expect(list.body).toContain('<th scope="col">Учётная запись сотрудника</th>');
    expect(englishWordsIn(list.body, await dataWords())).toEqual([]);
    const bad = await post('/admin/authors', { name: ' ', slug: 'Bad Slug', bio: 'б'.repeat(4001), user_id: 'nobody' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<h2>Исправьте 4 ошибки</h2>');
    expect(bad.body).toContain('Введите имя так, как оно пишется в подписи к статье.');
    expect(bad.body).toContain('Используйте строчные латинские буквы, цифры и одиночные дефисы');
    expect(bad.body).toContain('Не больше 4\u00a0000 символов (сейчас 4\u00a0001).');
    expect(bad.body).toContain('Выберите учётную запись из списка или «Нет».');
    expect(englishWordsIn(bad.body, [...await dataWords(), 'world-news', 'Bad', 'Slug'])).toEqual([]);
    const used = await createAuthor(t.deps, { name: 'Мадина Ким', slug: 'madina-kim' });
    const section = await createSection(t.deps, { name: 'Город' });
    await createArticle(t.deps, { sectionId: section.id, authorIds: [used.id], slug: 'gorod' });
    const refused = await post(`/admin/authors/${used.id}/delete`, {});
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('<h1>Редактирование автора: <bdi>Мадина Ким</bdi></h1>');
    expect(refused.body).toContain('Автор всё ещё указан в подписи 1 статьи. Сначала уберите его оттуда.');
    expect(englishWordsIn(refused.body, await dataWords())).toEqual([]);
  });
});
