// The admin's links to public pages and the header's site switch, when the admin works on a
// site other than the Host's (issue 5 review), on each engine: links name the chosen site's
// host (a relative link would open the Host's site: a 404, or another site's article with the
// same locale and slug); on the chosen site's own host they stay relative. Switching site from
// an item's page lands on the list of that area (the item of the old site is not on the new one).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { createQueuedComment } from '../moderation/moderation.testkit.ts';
import { insertSite } from '../sites/site.queries.ts';
import { ADMIN_SITE_COOKIE } from './admin-site.ts';

const B_HOST = 'b.example.test';
const MAIN = 'localhost:3000';
const B_ORIGIN = `http://${B_HOST}:3000`;
const B_ARTICLE = '/ar/articles/qissa';

describe.each(engines)('admin links to public pages of the chosen site on %s', (engine) => {
  let t: TestContext;
  let siteB: string;
  let articleA: string;
  let articleB: string;
  let sectionA: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    const siteA = await defaultSiteId(t.deps);
    siteB = t.deps.ids.next();
    await insertSite(t.deps.db, { id: siteB, slug: 'b', name: 'Site B', host: B_HOST, defaultLocale: 'ar', isDefault: false, locales: ['ar'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    sectionA = (await createSection(t.deps, { name: 'Politics A', siteId: siteA })).id;
    const sectionB = await createSection(t.deps, { name: 'Culture B', siteId: siteB });
    articleA = (await createArticle(t.deps, { siteId: siteA, sectionId: sectionA, headline: 'Story on site A', slug: 'story-a' })).id;
    articleB = (await createArticle(t.deps, { siteId: siteB, sectionId: sectionB.id, locale: 'ar', headline: 'قصة على الموقع ب', slug: 'qissa' })).id;
    await createQueuedComment(t.deps, { articleId: articleB, status: 'pending', queue: 'pending', body: 'تعليق ينتظر' });
  });
  afterAll(async () => { await t.close(); });

  const get = (agent: { cookie: string }, url: string, host = MAIN) => t.app.inject({ url, headers: { cookie: agent.cookie, host } });
  /** Switches site through the header's form; returns the answer and the agent with the remembered choice. */
  const switchTo = async (agent: SignedIn, site: string, next: string) => {
    const res = await postForm(t, agent, '/admin/site', { site, next });
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith(`${ADMIN_SITE_COOKIE}=`));
    const others = agent.cookie.split('; ').filter((c) => !c.startsWith(`${ADMIN_SITE_COOKIE}=`)).join('; ');
    return { res, agent: { ...agent, cookie: cookie ? `${others}; ${cookie.split(';')[0]}` : agent.cookie } };
  };
  const pickerNext = (html: string) => /<form class="admin-site-picker"[^>]*>.*?<input type="hidden" name="next" value="([^"]*)"/s.exec(html)?.[1];

  it('on the main host, working on the second site: the editor, the queue and the article’s queue link to the second site’s host', async () => {
    const { agent } = await switchTo(await signInAs(t, 'editor'), siteB, '/admin/articles');
    const editor = await get(agent, `/admin/articles/${articleB}`);
    expect(editor.statusCode).toBe(200);
    expect(editor.body).toMatch(new RegExp(`<a href="${B_ORIGIN}${B_ARTICLE}">View on site</a>`));
    const queue = await get(agent, '/admin/moderation');
    expect(queue.body).toContain('تعليق ينتظر');
    expect(queue.body).toContain(`<a href="${B_ORIGIN}${B_ARTICLE}#comments" dir="auto">قصة على الموقع ب</a>`);
    const articleQueue = await get(agent, `/admin/articles/${articleB}/comments`);
    expect(articleQueue.body).toContain(`<a href="${B_ORIGIN}${B_ARTICLE}">View the article</a>`);
    expect(articleQueue.body).toContain(`<a href="${B_ORIGIN}${B_ARTICLE}#comments" dir="auto">`);
    const policy = await get(agent, '/admin/comment-policy');
    expect(policy.body).toContain(`<a href="${B_ORIGIN}/ar/comment-policy" lang="ar">${B_ORIGIN}/ar/comment-policy</a>`);
    for (const res of [editor, queue, articleQueue, policy]) expect(res.body).not.toContain(`href="${B_ARTICLE}`);
  });

  it('on the second site’s own host the same links stay relative', async () => {
    const editorAgent = await signInAs(t, 'editor');
    const editor = await get(editorAgent, `/admin/articles/${articleB}`, `${B_HOST}:3000`);
    expect(editor.body).toContain(`<a href="${B_ARTICLE}">View on site</a>`);
    const queue = await get(editorAgent, '/admin/moderation', `${B_HOST}:3000`);
    expect(queue.body).toContain(`<a href="${B_ARTICLE}#comments" dir="auto">`);
    const articleQueue = await get(editorAgent, `/admin/articles/${articleB}/comments`, `${B_HOST}:3000`);
    expect(articleQueue.body).toContain(`<a href="${B_ARTICLE}">View the article</a>`);
    const policy = await get(editorAgent, '/admin/comment-policy', `${B_HOST}:3000`);
    expect(policy.body).toContain('<a href="/ar/comment-policy" lang="ar">/ar/comment-policy</a>');
    for (const res of [editor, queue, articleQueue, policy]) expect(res.body).not.toContain('http://');
    // The main site, worked on from its own host: relative too.
    const onMain = await get(editorAgent, `/admin/articles/${articleA}`);
    expect(onMain.body).toContain('<a href="/en/articles/story-a">View on site</a>');
  });

  it('switching site from an article’s editor lands on the articles list of the new site', async () => {
    const editorAgent = await signInAs(t, 'editor');
    const editor = await get(editorAgent, `/admin/articles/${articleA}`);
    const next = pickerNext(editor.body);
    expect(next).toBe('/admin/articles');
    const { res, agent } = await switchTo(editorAgent, siteB, next!);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/articles');
    const list = await get(agent, res.headers.location as string);
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('قصة على الموقع ب');
    expect(list.body).not.toContain('Story on site A');
  });

  it('item pages hand the picker their area’s list; the switch keeps only such a list, else /admin', async () => {
    const editorAgent = await signInAs(t, 'editor');
    expect(pickerNext((await get(editorAgent, `/admin/sections/${sectionA}`)).body)).toBe('/admin/sections');
    expect(pickerNext((await get(editorAgent, `/admin/articles/${articleA}/comments`)).body)).toBe('/admin/moderation');
    expect(pickerNext((await get(editorAgent, '/admin/articles/new')).body)).toBe('/admin/articles');
    for (const next of [`/admin/articles/${articleA}`, `/admin/sections/${sectionA}`, `/admin/articles/${articleA}/comments`, '/admin/articles?status=draft', '//evil.example/admin', '']) {
      expect((await switchTo(editorAgent, siteB, next)).res.headers.location, next).toBe('/admin');
    }
    for (const next of ['/admin/moderation/log', '/admin/comment-policy', '/admin']) {
      expect((await switchTo(editorAgent, siteB, next)).res.headers.location, next).toBe(next);
    }
  });
});
