import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createAuthor, createSection } from '../../test/factories.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { multipartBody } from '../media/multipart.testkit.ts';
import { findEditableArticle } from './article.queries.ts';

type Fields = Record<string, string | string[]>;

describe.each(engines)('article permissions on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let author: SignedIn;
  let otherAuthor: SignedIn;
  let contributor: SignedIn;
  let moderator: SignedIn;
  let fields: (extra?: Fields) => Fields;

  function post(agent: SignedIn, url: string, body: Fields) {
    const { payload, contentType } = multipartBody(body);
    return t.app.inject({ method: 'POST', url: `${url}?_csrf=${encodeURIComponent(agent.csrf)}`, payload, headers: { cookie: agent.cookie, 'content-type': contentType } });
  }
  const get = (agent: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });

  async function createAs(agent: SignedIn, extra: Fields = {}): Promise<string> {
    const res = await post(agent, '/admin/articles', fields(extra));
    expect(res.statusCode, res.body.slice(0, 1500)).toBe(303);
    return /\/admin\/articles\/([^?]+)/.exec(String(res.headers.location))![1]!;
  }

  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    const sectionId = (await createSection(t.deps)).id;
    const authorId = (await createAuthor(t.deps)).id;
    fields = (extra = {}) => ({ headline: 'A headline', sectionId, authorIds: [authorId], locale: 'en', bodyMd: 'Text.', intent: 'save', ...extra });
    editor = await signInAs(t, 'editor');
    author = await signInAs(t, 'author');
    otherAuthor = await signInAs(t, 'author');
    contributor = await signInAs(t, 'contributor');
    moderator = await signInAs(t, 'moderator');
  });
  afterAll(async () => { await t.close(); });

  it('sends a visitor without a session to the login form', async () => {
    const res = await t.app.inject({ url: '/admin/articles/new' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toMatch(/^\/admin\/login\?next=/);
  });

  it('keeps moderators out of the article editor and list (403)', async () => {
    expect((await get(moderator, '/admin/articles/new')).statusCode).toBe(403);
    expect((await get(moderator, '/admin/articles')).statusCode).toBe(403);
    const id = await createAs(editor, { headline: 'Moderator target' });
    expect((await get(moderator, `/admin/articles/${id}`)).statusCode).toBe(403);
    expect((await post(moderator, `/admin/articles/${id}`, fields({ version: '1' }))).statusCode).toBe(403);
  });

  it('lets a contributor write and submit, but not publish or schedule (403)', async () => {
    const id = await createAs(contributor, { headline: 'Contributor story' });
    const form = await get(contributor, `/admin/articles/${id}`);
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="submit"');
    expect(form.body).not.toContain('value="publish"');
    expect(form.body).not.toContain('value="schedule"');

    expect((await post(contributor, `/admin/articles/${id}`, fields({ version: '1', intent: 'publish' }))).statusCode).toBe(403);
    expect((await post(contributor, `/admin/articles/${id}`, fields({ version: '1', intent: 'schedule', publishAt: '2030-01-01T10:00' }))).statusCode).toBe(403);
    expect((await post(contributor, '/admin/articles', fields({ intent: 'publish' }))).statusCode).toBe(403);
    expect((await findEditableArticle(t.deps.db, id))!).toMatchObject({ status: 'draft', version: 1 });

    const submitted = await post(contributor, `/admin/articles/${id}`, fields({ version: '1', intent: 'submit' }));
    expect(submitted.statusCode).toBe(303);
    expect((await findEditableArticle(t.deps.db, id))!.status).toBe('review');
  });

  it('does not let a contributor change their article once it is live', async () => {
    const id = await createAs(contributor, { headline: 'Contributor piece, published by an editor' });
    expect((await post(editor, `/admin/articles/${id}`, fields({ headline: 'Contributor piece, published by an editor', version: '1', intent: 'publish' }))).statusCode).toBe(303);
    const page = await get(contributor, `/admin/articles/${id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('name="intent"');
    expect((await post(contributor, `/admin/articles/${id}`, fields({ headline: 'Sneaky change', version: '3' }))).statusCode).toBe(403);
    expect((await findEditableArticle(t.deps.db, id))!.headline).toBe('Contributor piece, published by an editor');
  });

  it('lets an author publish their own article but not open or change another’s (403)', async () => {
    const own = await createAs(author, { headline: 'Author’s own story' });
    expect((await post(author, `/admin/articles/${own}`, fields({ headline: 'Author’s own story', version: '1', intent: 'publish' }))).statusCode).toBe(303);
    expect((await findEditableArticle(t.deps.db, own))!.status).toBe('published');

    expect((await get(otherAuthor, `/admin/articles/${own}`)).statusCode).toBe(403);
    expect((await get(otherAuthor, `/admin/articles/${own}/revisions/1`)).statusCode).toBe(403);
    expect((await post(otherAuthor, `/admin/articles/${own}`, fields({ headline: 'Hijacked', version: '2' }))).statusCode).toBe(403);
    expect((await post(otherAuthor, `/admin/articles/${own}`, fields({ version: '2', intent: 'unpublish' }))).statusCode).toBe(403);
    expect((await findEditableArticle(t.deps.db, own))!).toMatchObject({ headline: 'Author’s own story', status: 'published' });
  });

  it('shows authors and contributors only their own articles in the list; editors see all', async () => {
    await createAs(otherAuthor, { headline: 'Only for the other author' });
    const mine = await get(author, '/admin/articles');
    expect(mine.body).toContain('Author’s own story');
    expect(mine.body).not.toContain('Only for the other author');
    expect(mine.body).toContain('You see the articles you created.');
    const all = await get(editor, '/admin/articles');
    expect(all.body).toContain('Only for the other author');
    expect(all.body).toContain('Author’s own story');
  });

  it('answers an unknown article with 404', async () => {
    expect((await get(editor, '/admin/articles/01900000-0000-7000-8000-000000000000')).statusCode).toBe(404);
    expect((await post(editor, '/admin/articles/01900000-0000-7000-8000-000000000000', fields({ version: '1' }))).statusCode).toBe(404);
  });

  it('checks the CSRF token of the multipart editor form', async () => {
    const { payload, contentType } = multipartBody({ ...fields(), _csrf: 'forged' });
    const res = await t.app.inject({ method: 'POST', url: '/admin/articles', payload, headers: { cookie: editor.cookie, 'content-type': contentType } });
    expect(res.statusCode).toBe(403);
  });
});
