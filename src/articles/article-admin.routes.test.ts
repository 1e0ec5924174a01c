import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createAuthor, createSection } from '../../test/factories.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { multipartBody, type TestFile } from '../media/multipart.testkit.ts';
import { findEditableArticle } from './article.queries.ts';

type Fields = Record<string, string | string[]>;

describe.each(engines)('article editor routes on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let sectionId: string;
  let authorId: string;

  function post(agent: SignedIn, url: string, fields: Fields, file?: TestFile) {
    const { payload, contentType } = multipartBody(fields, file);
    return t.app.inject({
      method: 'POST', url: `${url}?_csrf=${encodeURIComponent(agent.csrf)}`, payload,
      headers: { cookie: agent.cookie, 'content-type': contentType },
    });
  }
  const get = (agent: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  const valid = (extra: Fields = {}): Fields => ({
    headline: 'Border posts reopen to freight', summary: 'Lorries waited two days.', sectionId, authorIds: [authorId],
    tags: 'Trade, Transport', dateline: 'BISHKEK', locale: 'en', bodyMd: 'Freight resumed.\n\n> A quote', intent: 'save', ...extra,
  });
  const idFrom = (location: unknown) => /\/admin\/articles\/([^?]+)/.exec(String(location))![1]!;

  async function createAs(agent: SignedIn, extra: Fields = {}): Promise<string> {
    const res = await post(agent, '/admin/articles', valid(extra));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    return idFrom(res.headers.location);
  }

  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
    authorId = (await createAuthor(t.deps, { name: 'Aru Bekova' })).id;
    editor = await signInAs(t, 'editor');
  });
  afterAll(async () => { await t.close(); });

  it('shows a new-article form with stable field names, the islands and a multipart action carrying the CSRF token', async () => {
    const res = await get(editor, '/admin/articles/new');
    expect(res.statusCode).toBe(200);
    for (const name of ['headline', 'summary', 'sectionId', 'authorIds', 'tags', 'dateline', 'locale', 'slug', 'bodyMd', 'leadImage', 'leadCaption', 'leadCredit', 'leadAlt', 'version', 'publishAt']) {
      expect(res.body, name).toContain(`name="${name}"`);
    }
    for (const intent of ['save', 'preview', 'submit', 'publish', 'schedule']) expect(res.body).toContain(`name="intent" value="${intent}"`);
    expect(res.body).toContain('enctype="multipart/form-data"');
    expect(res.body).toContain(`action="/admin/articles?_csrf=${encodeURIComponent(editor.csrf)}"`);
    expect(res.body).toMatch(/<label for="field-authorIds">Aru Bekova<\/label>/);
    expect(res.body).toContain('Publish at (UTC)');
    const scripts = [...res.body.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const src of scripts) {
      const js = await t.app.inject({ url: src });
      expect(js.statusCode).toBe(200);
      expect(js.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(js.headers['content-type']).toMatch(/javascript/);
    }
    expect((await t.app.inject({ url: '/assets/js/nothing-123.js' })).statusCode).toBe(404);
  });

  it('creates a draft and redirects to the editor with a confirmation', async () => {
    const id = await createAs(editor);
    const page = await get(editor, `/admin/articles/${id}?done=created`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Draft saved.');
    expect(page.body).toContain('Border posts reopen to freight');
    expect(page.body).toContain('<blockquote>'); // the preview of the stored text
    expect(await findEditableArticle(t.deps.db, id)).toMatchObject({ status: 'draft', createdBy: editor.userId, tagNames: ['Trade', 'Transport'] });
  });

  it('answers a malformed form with 400, the errors by the fields and everything typed kept', async () => {
    const res = await post(editor, '/admin/articles', valid({ headline: '', summary: 'Kept summary <b>', bodyMd: 'Kept **body**', sectionId: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('class="error-summary"');
    expect(res.body).toContain('Write a headline.');
    expect(res.body).toContain('Choose a section.');
    expect(res.body).toMatch(/id="field-headline"[^>]*aria-invalid="true"/);
    expect(res.body).toContain('Kept summary &lt;b>');
    expect(res.body).toContain('Kept **body**');
    expect(res.body).toContain(`value="${authorId}" checked`);
  });

  it('publishes with a new lead image uploaded in the same form', async () => {
    const image = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#468' } }).jpeg().toBuffer();
    const res = await post(editor, '/admin/articles', valid({ headline: 'Photo story', intent: 'publish', leadCaption: 'Lorries wait', leadCredit: 'A. Osmonov', leadAlt: 'A line of lorries' }),
      { field: 'leadImage', filename: 'lorries.jpg', contentType: 'image/jpeg', data: image });
    expect(res.statusCode, res.body.slice(0, 3000)).toBe(303);
    expect(res.headers.location).toMatch(/\?done=published$/);
    const article = (await findEditableArticle(t.deps.db, idFrom(res.headers.location)))!;
    expect(article).toMatchObject({ status: 'published', leadCaption: 'Lorries wait', leadCredit: 'A. Osmonov', leadAlt: 'A line of lorries' });
    expect(article.leadMediaId).not.toBeNull();
    const page = await get(editor, `/admin/articles/${article.id}?done=published`);
    expect(page.body).toContain(`href="/en/articles/${article.slug}"`);
    expect(page.body).toContain('View on site');
    expect(page.body).toMatch(new RegExp(`value="${article.leadMediaId}" checked`));
  });

  it('refuses a file that is not an image with 400 and keeps the rest of the form', async () => {
    const res = await post(editor, '/admin/articles', valid({ headline: 'Kept headline', leadCaption: 'Kept caption' }),
      { field: 'leadImage', filename: 'photo.jpg', contentType: 'image/jpeg', data: Buffer.from('this is text, not a photo') });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('not an image we can use');
    expect(res.body).toContain('value="Kept headline"');
    expect(res.body).toContain('value="Kept caption"');
  });

  it('re-renders the form with a preview and saves nothing when "Preview" is pressed (no JavaScript)', async () => {
    const before = await t.deps.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    const res = await post(editor, '/admin/articles', valid({ intent: 'preview', bodyMd: '## Sub\n\nHello <script>alert(1)</script>' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h2>Sub</h2>');
    expect(res.body).not.toContain('<script>alert(1)</script>');
    const after = await t.deps.db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('renders the live preview as sanitised HTML for the island, with the CSRF header', async () => {
    const payload = { bodyMd: '**bold** <script>alert(1)</script> [x](javascript:alert(1))' };
    const res = await t.app.inject({ method: 'POST', url: '/admin/articles/preview', payload, headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<strong>bold</strong>');
    expect(res.body).not.toMatch(/<script/i);
    expect(res.body).not.toMatch(/href="javascript:/i);
    expect(res.headers['cache-control']).toBe('no-store');
    const forged = await t.app.inject({ method: 'POST', url: '/admin/articles/preview', payload, headers: { cookie: editor.cookie } });
    expect(forged.statusCode).toBe(403);
  });

  it('tells the second of two editors that someone saved meanwhile, keeping their text', async () => {
    const id = await createAs(editor, { headline: 'Shared story' });
    const first = await post(editor, `/admin/articles/${id}`, valid({ headline: 'Shared story, first edit', version: '1' }));
    expect(first.statusCode).toBe(303);
    const stale = await post(editor, `/admin/articles/${id}`, valid({ headline: 'My late edit', bodyMd: 'My careful paragraph', version: '1' }));
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Someone else saved this article since you opened it');
    expect(stale.body).toContain('value="My late edit"');
    expect(stale.body).toContain('My careful paragraph');
    expect(stale.body).toContain('name="version" value="2"');
    expect((await findEditableArticle(t.deps.db, id))!.headline).toBe('Shared story, first edit');
  });

  it('saves the article’s comment setting on create and update; inherit is null; an unknown value is a 400', async () => {
    const form = await get(editor, '/admin/articles/new');
    expect(form.body).toMatch(/<select id="field-commentMode" name="commentMode"[^>]*><option value(="")? selected>Inherit from section<\/option><option value="pre">Pre-moderation<\/option><option value="post">Post-moderation<\/option><option value="closed">Closed<\/option>/);
    const id = await createAs(editor, { headline: 'Comments closed here', commentMode: 'closed' });
    expect((await findEditableArticle(t.deps.db, id))!.commentMode).toBe('closed');
    const page = await get(editor, `/admin/articles/${id}`);
    expect(page.body).toContain('<option value="closed" selected>Closed</option>');
    expect((await post(editor, `/admin/articles/${id}`, valid({ headline: 'Comments closed here', commentMode: 'post', version: '1' }))).statusCode).toBe(303);
    expect((await findEditableArticle(t.deps.db, id))!.commentMode).toBe('post');
    expect((await post(editor, `/admin/articles/${id}`, valid({ headline: 'Comments closed here', commentMode: '', version: '2' }))).statusCode).toBe(303);
    expect((await findEditableArticle(t.deps.db, id))!.commentMode).toBeNull();
    const bad = await post(editor, `/admin/articles/${id}`, valid({ headline: 'Kept headline', commentMode: 'wild-west', version: '3' }));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('href="#field-commentMode"');
    expect(bad.body).toContain('value="Kept headline"');
    expect(await findEditableArticle(t.deps.db, id)).toMatchObject({ headline: 'Comments closed here', commentMode: null, version: 3 });
  });

  it('schedules from the form in UTC, refusing a time in the past', async () => {
    const id = await createAs(editor, { headline: 'Scheduled story' });
    const past = await post(editor, `/admin/articles/${id}`, valid({ headline: 'Scheduled story', version: '1', intent: 'schedule', publishAt: '2026-06-08T08:00' }));
    expect(past.statusCode).toBe(400);
    expect(past.body).toContain('Choose a time in the future');
    expect((await findEditableArticle(t.deps.db, id))!.version).toBe(1);
    const ok = await post(editor, `/admin/articles/${id}`, valid({ headline: 'Scheduled story', version: '1', intent: 'schedule', publishAt: '2026-06-08T12:30' }));
    expect(ok.statusCode).toBe(303);
    expect(await findEditableArticle(t.deps.db, id)).toMatchObject({ status: 'scheduled', publishAt: '2026-06-08T12:30:00.000Z' });
    const page = await get(editor, `/admin/articles/${id}`);
    expect(page.body).toContain('2026-06-08 12:30 UTC');
    expect(page.body).toContain('Cancel schedule');
  });

  it('unpublishes from the form, and refuses a step impossible from the status with 409', async () => {
    const id = await createAs(editor, { headline: 'Up and down', intent: 'publish' });
    const again = await post(editor, `/admin/articles/${id}`, valid({ headline: 'Up and down', version: '2', intent: 'publish' }));
    expect(again.statusCode).toBe(409);
    const down = await post(editor, `/admin/articles/${id}`, valid({ headline: 'Up and down', version: '2', intent: 'unpublish' }));
    expect(down.statusCode).toBe(303);
    expect((await findEditableArticle(t.deps.db, id))!.status).toBe('unpublished');
  });

  it('lists revisions and shows one', async () => {
    const id = await createAs(editor, { headline: 'Revised story' });
    await post(editor, `/admin/articles/${id}`, valid({ headline: 'Revised story, better', version: '1' }));
    const page = await get(editor, `/admin/articles/${id}`);
    expect(page.body).toContain(`href="/admin/articles/${id}/revisions/2"`);
    expect(page.body).toContain(`href="/admin/articles/${id}/revisions/1"`);
    const revision = await get(editor, `/admin/articles/${id}/revisions/1`);
    expect(revision.statusCode).toBe(200);
    expect(revision.body).toContain('Revised story');
    expect((await get(editor, `/admin/articles/${id}/revisions/99`)).statusCode).toBe(404);
    expect((await get(editor, `/admin/articles/${id}/revisions/abc`)).statusCode).toBe(404);
  });

  it('lists articles newest change first, by status tab, section and headline words', async () => {
    await createAs(editor, { headline: 'Older change' });
    t.deps.clock.advance(60_000);
    await createAs(editor, { headline: 'Newer change' });
    const all = await get(editor, '/admin/articles');
    expect(all.statusCode).toBe(200);
    expect(all.body.indexOf('Newer change')).toBeLessThan(all.body.indexOf('Older change'));
    expect(all.body).toMatch(/Published \(\d+\)/);
    const published = await get(editor, '/admin/articles?status=published');
    expect(published.body).toContain('Photo story');
    expect(published.body).not.toContain('Revised story');
    const search = await get(editor, '/admin/articles?q=PHOTO');
    expect(search.body).toContain('Photo story');
    expect(search.body).not.toContain('Shared story');
    await createAs(editor, { headline: 'Депутаты одобрили бюджет' });
    const cyrillic = await get(editor, `/admin/articles?q=${encodeURIComponent('ДЕПУТАТЫ')}`);
    expect(cyrillic.body).toContain('Депутаты одобрили бюджет');
    const wildcard = await get(editor, '/admin/articles?q=%25');
    expect(wildcard.body).toContain('No articles match.');
    const otherSection = await get(editor, `/admin/articles?sectionId=${encodeURIComponent('nope')}`);
    expect(otherSection.body).toContain('No articles match.');
  });
  it('starts a translation from an article, in the same translation group', async () => {
    const siteId = (await t.deps.sites.forHost(undefined))!.id;
    await t.deps.db.insertInto('site_locales').values({ site_id: siteId, locale: 'ru', position: 1 }).execute();
    t.deps.sites.reload();
    const id = await createAs(editor, { headline: 'Original in English' });
    const original = await get(editor, `/admin/articles/${id}`);
    expect(original.body).toContain(`href="/admin/articles/new?translationOf=${id}&amp;locale=ru"`);
    const form = await get(editor, `/admin/articles/new?translationOf=${id}&locale=ru`);
    expect(form.body).toContain(`name="translationGroupId" value="${id}"`);
    expect(form.body).toMatch(/<option value="ru" selected>/);
    expect(form.body).toContain(`value="${authorId}" checked`);
    const res = await post(editor, '/admin/articles', valid({ headline: 'Граница открыта', locale: 'ru', translationGroupId: id }));
    expect(res.statusCode, res.body.slice(0, 2000)).toBe(303);
    const translation = (await findEditableArticle(t.deps.db, idFrom(res.headers.location)))!;
    expect(translation).toMatchObject({ locale: 'ru', translationGroupId: id, slug: 'granitsa-otkryta' });
    const again = await get(editor, `/admin/articles/${id}`);
    expect(again.body).toContain(`href="/admin/articles/${translation.id}"`);
    expect(again.body).not.toContain('translationOf=');
    const duplicate = await post(editor, '/admin/articles', valid({ headline: 'Ещё раз', locale: 'ru', translationGroupId: id }));
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('already has a translation');
  });
});
