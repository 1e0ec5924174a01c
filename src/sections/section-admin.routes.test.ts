import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { englishWordsIn } from '../admin/english-left.testkit.ts';

describe.each(engines)('/admin/sections on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    // A second locale, so the form offers a label for each.
    await t.deps.db.insertInto('site_locales').values({ site_id: siteId, locale: 'ru', position: 1 }).execute();
    t.deps.sites.reload();
    editor = await signInAs(t, 'editor');
  });
  afterAll(async () => { await t.close(); });

  const row = (slug: string) => t.deps.db.selectFrom('sections').select(['id', 'name', 'slug', 'position']).where('slug', '=', slug).executeTakeFirst();
  const cacheProbe = () => t.deps.pageCache.set(siteId, 'probe', { body: 'x', contentType: 'text/html', status: 200 });
  const cacheDropped = () => t.deps.pageCache.get(siteId, 'probe') === undefined;
  const sectionNames = () => ['Economy', 'Culture', 'Arts', 'Sport', 'Technology', 'Alpha', 'Beta', 'Used', 'Opinion', 'Politics', 'editor'];

  it('is forbidden to moderators and authors', async () => {
    for (const role of ['moderator', 'author'] as const) {
      const agent = await signInAs(t, role);
      expect((await t.app.inject({ url: '/admin/sections', headers: { cookie: agent.cookie } })).statusCode).toBe(403);
      expect((await postForm(t, agent, '/admin/sections', { name: 'Sneaky' })).statusCode).toBe(403);
    }
    expect(await row('sneaky')).toBeUndefined();
  });

  it('lists sections with their article counts', async () => {
    const section = await createSection(t.deps, { name: 'Economy', position: 3 });
    await createArticle(t.deps, { sectionId: section.id, slug: 'one' });
    await createArticle(t.deps, { sectionId: section.id, slug: 'two' });
    const res = await t.app.inject({ url: '/admin/sections', headers: { cookie: editor.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/Economy<\/a><\/td><td><code>economy<\/code><\/td><td class="num">3<\/td><td class="num">2<\/td>/);
  });

  it('creates a section with a slug made from the name and a per-locale label', async () => {
    cacheProbe();
    const form = await t.app.inject({ url: '/admin/sections/new', headers: { cookie: editor.cookie } });
    expect(form.body).toContain('name="label_ru"');
    const res = await postForm(t, editor, '/admin/sections', { name: 'Culture & Arts', slug: '', position: '2', label_en: '', label_ru: 'Культура' });
    expect(res.statusCode).toBe(303);
    const created = await row('culture-arts');
    expect(created).toMatchObject({ name: 'Culture & Arts', position: 2 });
    const labels = await t.deps.db.selectFrom('section_labels').select(['locale', 'name']).where('section_id', '=', created!.id).execute();
    expect(labels).toEqual([{ locale: 'ru', name: 'Культура' }]);
    expect(cacheDropped()).toBe(true);
  });

  it('refuses a duplicate or malformed slug with 400, keeping the input', async () => {
    await createSection(t.deps, { name: 'Sport' });
    const dup = await postForm(t, editor, '/admin/sections', { name: 'Sports <b>', slug: 'sport', position: '1' });
    expect(dup.statusCode).toBe(400);
    expect(dup.body).toContain('Another entry on this site already uses this slug.');
    expect(dup.body).toContain('value="Sports &lt;b>"');
    const bad = await postForm(t, editor, '/admin/sections', { name: 'Weather', slug: 'Bad Slug!', position: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Use lower-case letters, digits and single hyphens');
    expect(bad.body).toContain('Enter a whole number');
    expect(bad.body).toContain('value="Bad Slug!"');
    expect(await row('weather')).toBeUndefined();
  });

  it('edits name, slug, position and labels', async () => {
    const section = await createSection(t.deps, { name: 'Tech', slug: 'tech' });
    const page = await t.app.inject({ url: `/admin/sections/${section.id}`, headers: { cookie: editor.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('value="Tech"');
    cacheProbe();
    const res = await postForm(t, editor, `/admin/sections/${section.id}`, { name: 'Technology', slug: 'technology', position: '7', label_ru: 'Технологии' });
    expect(res.statusCode).toBe(303);
    expect(await row('technology')).toMatchObject({ id: section.id, name: 'Technology', position: 7 });
    expect(cacheDropped()).toBe(true);
    // Keeping its own slug is not a duplicate.
    expect((await postForm(t, editor, `/admin/sections/${section.id}`, { name: 'Technology', slug: 'technology', position: '7' })).statusCode).toBe(303);
    const labels = await t.deps.db.selectFrom('section_labels').select('name').where('section_id', '=', section.id).execute();
    expect(labels).toEqual([]);
  });

  it('renaming onto another section’s slug is a 400, not a database error', async () => {
    const a = await createSection(t.deps, { name: 'Alpha' });
    await createSection(t.deps, { name: 'Beta' });
    const res = await postForm(t, editor, `/admin/sections/${a.id}`, { name: 'Alpha', slug: 'beta', position: '0' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('already uses this slug');
  });

  it('deletes an unused section, and refuses one that articles use', async () => {
    const used = await createSection(t.deps, { name: 'Used' });
    await createArticle(t.deps, { sectionId: used.id, slug: 'in-used' });
    const refused = await postForm(t, editor, `/admin/sections/${used.id}/delete`);
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('This section still has 1 article.');
    expect(await row('used')).toBeDefined();
    const unused = await createSection(t.deps, { name: 'Unused' });
    cacheProbe();
    const res = await postForm(t, editor, `/admin/sections/${unused.id}/delete`);
    expect(res.statusCode).toBe(303);
    expect(await row('unused')).toBeUndefined();
    expect(cacheDropped()).toBe(true);
  });

  it('overrides the site’s comment moderation, or inherits it (null)', async () => {
    const form = await t.app.inject({ url: '/admin/sections/new', headers: { cookie: editor.cookie } });
    expect(form.body).toMatch(/<select id="field-commentMode" name="commentMode"[^>]*><option value(="")? selected>Inherit from site<\/option><option value="pre">Pre-moderation<\/option><option value="post">Post-moderation<\/option><option value="closed">Closed<\/option>/);
    expect(form.body).toContain('Inherit from site means Pre-moderation now.');
    expect((await postForm(t, editor, '/admin/sections', { name: 'Opinion', slug: '', position: '0', commentMode: 'post' })).statusCode).toBe(303);
    const mode = () => t.deps.db.selectFrom('sections').select(['id', 'comment_mode']).where('slug', '=', 'opinion').executeTakeFirstOrThrow();
    const created = await mode();
    expect(created.comment_mode).toBe('post');
    const page = await t.app.inject({ url: `/admin/sections/${created.id}`, headers: { cookie: editor.cookie } });
    expect(page.body).toContain('<option value="post" selected>Post-moderation</option>');
    expect((await postForm(t, editor, `/admin/sections/${created.id}`, { name: 'Opinion', slug: 'opinion', position: '0', commentMode: 'closed' })).statusCode).toBe(303);
    expect((await mode()).comment_mode).toBe('closed');
    expect((await postForm(t, editor, `/admin/sections/${created.id}`, { name: 'Opinion', slug: 'opinion', position: '0', commentMode: '' })).statusCode).toBe(303);
    expect((await mode()).comment_mode).toBeNull();
  });

  it('refuses an unknown comment setting with 400, keeping the input', async () => {
    const res = await postForm(t, editor, '/admin/sections', { name: 'Letters', slug: '', position: '0', commentMode: 'anything-goes' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('href="#field-commentMode"');
    expect(res.body).toContain('Choose one of the listed comment settings.');
    expect(res.body).toContain('value="Letters"');
    expect(await row('letters')).toBeUndefined();
  });

  it('speaks Russian to a Russian admin: the list, and the form with its errors', async () => {
    const ru = { cookie: editor.cookie, 'accept-language': 'ru' };
    await createSection(t.deps, { name: 'Погода', slug: 'pogoda' });
    const list = await t.app.inject({ url: '/admin/sections', headers: ru });
    expect(list.body).toContain('<html lang="ru"');
    expect(list.body).toContain('<title>Разделы · Serai: управление</title>');
    expect(list.body).toContain('>Новый раздел</a>');
    expect(list.body).toContain('<th scope="col" class="num">Позиция</th>');
    expect(englishWordsIn(list.body, sectionNames())).toEqual([]);
    const bad = await t.app.inject({
      method: 'POST', url: '/admin/sections', headers: { ...ru, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: editor.csrf, name: '', slug: 'pogoda', position: 'x', label_ru: 'я'.repeat(81), commentMode: 'odd' }).toString(),
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('<html lang="ru"');
    expect(bad.body).toContain('<h2>Исправьте 5 ошибок</h2>');
    expect(bad.body).toContain('Введите название раздела.');
    expect(bad.body).toContain('Этот ярлык уже занят на этом сайте.');
    expect(bad.body).toContain('Введите целое число от −9999 до 9999.');
    expect(bad.body).toContain('Не больше 80 символов.');
    expect(bad.body).toContain('<label for="field-label_ru">Русский (ru)</label>');
    expect(bad.body).toContain('Сейчас «Как на сайте» означает: Премодерация.');
    expect(englishWordsIn(bad.body, ['editor', 'pogoda', 'world-news'])).toEqual([]);
    const used = await createSection(t.deps, { name: 'Спорт', slug: 'sport-ru' });
    await createArticle(t.deps, { sectionId: used.id, slug: 'match-report' });
    const edit = await t.app.inject({ url: `/admin/sections/${used.id}`, headers: ru });
    expect(edit.body).toContain('<h1>Редактирование раздела: <bdi>Спорт</bdi></h1>');
    expect(edit.body).toContain('В этом разделе 1 статья. Перенесите её в другой раздел, прежде чем удалять этот.');
    const refused = await t.app.inject({
      method: 'POST', url: `/admin/sections/${used.id}/delete`, headers: { ...ru, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${editor.csrf}`,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('В разделе ещё есть 1 статья.');
    expect(englishWordsIn(refused.body, ['editor', 'sport-ru', 'world-news'])).toEqual([]);
  });

  it('answers an unknown section with 404', async () => {
    expect((await t.app.inject({ url: '/admin/sections/missing', headers: { cookie: editor.cookie } })).statusCode).toBe(404);
  });
});
