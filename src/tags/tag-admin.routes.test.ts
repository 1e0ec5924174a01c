import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, createTag, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { englishWordsIn } from '../admin/english-left.testkit.ts';

describe.each(engines)('/admin/tags on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let siteId: string;
  let sectionId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps, { name: 'News' })).id;
    editor = await signInAs(t, 'editor');
  });
  afterAll(async () => { await t.close(); });

  const row = (slug: string) => t.deps.db.selectFrom('tags').select(['id', 'name', 'slug']).where('slug', '=', slug).executeTakeFirst();
  const cacheProbe = () => t.deps.pageCache.set(siteId, 'probe', { body: 'x', contentType: 'text/html', status: 200 });
  const cacheDropped = () => t.deps.pageCache.get(siteId, 'probe') === undefined;

  it('is forbidden to authors and moderators', async () => {
    for (const role of ['author', 'moderator'] as const) {
      const agent = await signInAs(t, role);
      expect((await t.app.inject({ url: '/admin/tags', headers: { cookie: agent.cookie } })).statusCode).toBe(403);
      expect((await postForm(t, agent, '/admin/tags', { name: 'Sneaky' })).statusCode).toBe(403);
    }
    expect(await row('sneaky')).toBeUndefined();
  });

  it('lists tags with article counts', async () => {
    const tag = await createTag(t.deps, { name: 'Elections' });
    await createArticle(t.deps, { sectionId, tagIds: [tag.id], slug: 'vote-1' });
    await createArticle(t.deps, { sectionId, tagIds: [tag.id], slug: 'vote-2' });
    const res = await t.app.inject({ url: '/admin/tags', headers: { cookie: editor.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/Elections<\/a><\/td><td><code>elections<\/code><\/td><td class="num">2<\/td>/);
  });

  it('creates a tag and renames it', async () => {
    cacheProbe();
    expect((await postForm(t, editor, '/admin/tags', { name: 'Water Policy', slug: '' })).statusCode).toBe(303);
    const created = await row('water-policy');
    expect(created).toMatchObject({ name: 'Water Policy' });
    expect(cacheDropped()).toBe(true);
    cacheProbe();
    const res = await postForm(t, editor, `/admin/tags/${created!.id}`, { name: 'Water', slug: 'water' });
    expect(res.statusCode).toBe(303);
    expect(await row('water')).toMatchObject({ id: created!.id, name: 'Water' });
    expect(cacheDropped()).toBe(true);
  });

  it('refuses a duplicate slug with 400, keeping the input', async () => {
    await createTag(t.deps, { name: 'Trade' });
    const res = await postForm(t, editor, '/admin/tags', { name: 'Trade "deals"', slug: 'trade' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('already uses this slug');
    expect(res.body).toContain('value="Trade &quot;deals&quot;"');
    const empty = await postForm(t, editor, '/admin/tags', { name: '', slug: '' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('Enter a name for the tag.');
  });

  it('deletes a tag and takes it off its articles, which stay', async () => {
    const tag = await createTag(t.deps, { name: 'Doomed' });
    const article = await createArticle(t.deps, { sectionId, tagIds: [tag.id], slug: 'tagged-doomed' });
    const page = await t.app.inject({ url: `/admin/tags/${tag.id}`, headers: { cookie: editor.cookie } });
    expect(page.body).toContain('It will be removed from 1 article');
    cacheProbe();
    expect((await postForm(t, editor, `/admin/tags/${tag.id}/delete`)).statusCode).toBe(303);
    expect(await row('doomed')).toBeUndefined();
    expect(await t.deps.db.selectFrom('article_tags').select('tag_id').where('article_id', '=', article.id).execute()).toEqual([]);
    expect(await t.deps.db.selectFrom('articles').select('id').where('id', '=', article.id).executeTakeFirst()).toBeDefined();
    expect(cacheDropped()).toBe(true);
  });

  it('answers an unknown tag with 404', async () => {
    expect((await postForm(t, editor, '/admin/tags/missing/delete')).statusCode).toBe(404);
  });

  it('speaks Russian to a Russian admin: the list, and the form with its errors', async () => {
    const ru = { cookie: editor.cookie, 'accept-language': 'ru' };
    const tagWords = async () => (await t.deps.db.selectFrom('tags').select(['name', 'slug']).execute())
      .flatMap((tag) => `${tag.name} ${tag.slug}`.split(/[^A-Za-z'’-]+/));
    const tag = await createTag(t.deps, { name: 'Выборы', slug: 'vybory' });
    await createArticle(t.deps, { sectionId, tagIds: [tag.id], slug: 'vybory-1' });
    await createArticle(t.deps, { sectionId, tagIds: [tag.id], slug: 'vybory-2' });
    const list = await t.app.inject({ url: '/admin/tags', headers: ru });
    expect(list.body).toContain('<html lang="ru"');
    expect(list.body).toContain('<h1>Теги</h1>');
    expect(list.body).toContain('>Новый тег</a>');
    expect(englishWordsIn(list.body, [...await tagWords(), 'editor'])).toEqual([]);
    const bad = await t.app.inject({
      method: 'POST', url: `/admin/tags/${tag.id}`, headers: { ...ru, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: editor.csrf, name: '', slug: 'elections' }).toString(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<h2>Исправьте 2 ошибки</h2>');
    expect(bad.body).toContain('Введите название тега.');
    expect(bad.body).toContain('Этот ярлык уже занят на этом сайте. Выберите другой.');
    expect(bad.body).toContain('Тег будет снят с 2 статей; сами статьи не изменятся.');
    expect(bad.body).toContain('>Сохранить изменения</button>');
    expect(englishWordsIn(bad.body, [...await tagWords(), 'editor'])).toEqual([]);
  });
});
