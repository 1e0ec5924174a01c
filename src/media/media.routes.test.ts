import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { listMedia } from './media.queries.ts';
import { multipartBody, type TestFile } from './multipart.testkit.ts';
import { jpegWithExif } from './test-images.testkit.ts';

describe.each(engines)('media library routes on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let siteId: string;
  const UPLOAD_LIMIT = 64 * 1024;

  function upload(agent: SignedIn, fields: Record<string, string>, file?: TestFile) {
    const { payload, contentType } = multipartBody(fields, file);
    return t.app.inject({ method: 'POST', url: `/admin/media?_csrf=${encodeURIComponent(agent.csrf)}`, payload, headers: { cookie: agent.cookie, 'content-type': contentType } });
  }

  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000, maxUploadBytes: UPLOAD_LIMIT });
    editor = await signInAs(t, 'editor');
    siteId = await defaultSiteId(t.deps);
  });
  afterAll(async () => { await t.close(); });

  it('uploads an image, strips its EXIF and serves the variants under /media', async () => {
    const data = await jpegWithExif(600, 400);
    const res = await upload(editor, { alt: 'A red field' }, { field: 'image', filename: 'field.jpg', contentType: 'image/jpeg', data });
    expect(res.statusCode, res.body.slice(0, 1000)).toBe(303);
    const [item] = await listMedia(t.deps.db, siteId, { limit: 1, offset: 0 });
    expect(item).toMatchObject({ alt: 'A red field', width: 400, height: 600, widths: [400] });
    const served = await t.app.inject({ url: `/media/${item!.storageKey}-400.jpg` });
    expect(served.statusCode).toBe(200);
    expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
    const page = await t.app.inject({ url: '/admin/media?done=uploaded', headers: { cookie: editor.cookie } });
    expect(page.body).toContain('Image uploaded.');
    expect(page.body).toContain(`/media/${item!.storageKey}-400.webp`);
  });

  it('refuses a text file with 400 and a clear message, keeping the description', async () => {
    const res = await upload(editor, { alt: 'Kept description' }, { field: 'image', filename: 'notes.png', contentType: 'image/png', data: Buffer.from('hello') });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('not an image we can use');
    expect(res.body).toContain('value="Kept description"');
  });

  it('answers an upload over the size limit with 413', async () => {
    const big = Buffer.alloc(UPLOAD_LIMIT + 1024, 1);
    const res = await upload(editor, {}, { field: 'image', filename: 'huge.jpg', contentType: 'image/jpeg', data: big });
    expect(res.statusCode).toBe(413);
    expect(res.body).toContain('larger than this site accepts');
  });

  it('also answers 413 when the oversize image comes with the article editor form', async () => {
    const { payload, contentType } = multipartBody({ headline: 'x', intent: 'save' }, { field: 'leadImage', filename: 'huge.jpg', contentType: 'image/jpeg', data: Buffer.alloc(UPLOAD_LIMIT + 1024, 1) });
    const res = await t.app.inject({ method: 'POST', url: `/admin/articles?_csrf=${encodeURIComponent(editor.csrf)}`, payload, headers: { cookie: editor.cookie, 'content-type': contentType } });
    expect(res.statusCode).toBe(413);
  });

  it('edits the alt text of an image', async () => {
    const [item] = await listMedia(t.deps.db, siteId, { limit: 1, offset: 0 });
    const res = await postForm(t, editor, `/admin/media/${item!.id}`, { alt: 'A red field at dawn' });
    expect(res.statusCode).toBe(303);
    expect((await listMedia(t.deps.db, siteId, { limit: 1, offset: 0 }))[0]!.alt).toBe('A red field at dawn');
    expect((await postForm(t, editor, '/admin/media/unknown', { alt: 'x' })).statusCode).toBe(404);
    const tooLong = await postForm(t, editor, `/admin/media/${item!.id}`, { alt: 'x'.repeat(301) });
    expect(tooLong.statusCode).toBe(400);
  });

  it('lets a contributor describe only their own uploads', async () => {
    const [item] = await listMedia(t.deps.db, siteId, { limit: 1, offset: 0 });
    const contributor = await signInAs(t, 'contributor');
    const res = await postForm(t, contributor, `/admin/media/${item!.id}`, { alt: 'Vandalised' });
    expect(res.statusCode).toBe(403);
    expect((await listMedia(t.deps.db, siteId, { limit: 1, offset: 0 }))[0]!.alt).not.toBe('Vandalised');
    const library = await t.app.inject({ url: '/admin/media', headers: { cookie: contributor.cookie } });
    expect(library.body).not.toContain(`action="/admin/media/${item!.id}"`);
    const asEditor = await t.app.inject({ url: '/admin/media', headers: { cookie: editor.cookie } });
    expect(asEditor.body).toContain(`action="/admin/media/${item!.id}"`);
  });

  it('is closed to moderators', async () => {
    const moderator = await signInAs(t, 'moderator');
    expect((await t.app.inject({ url: '/admin/media', headers: { cookie: moderator.cookie } })).statusCode).toBe(403);
  });
});
