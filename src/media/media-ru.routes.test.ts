// The media library in Russian: the page, its confirmations and its upload and description
// errors, with what the person typed kept and nothing of the English interface left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { defaultSiteId } from '../../test/factories.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { listMedia } from './media.queries.ts';
import { multipartBody, type TestFile } from './multipart.testkit.ts';
import { jpegWithExif } from './test-images.testkit.ts';

const RU = { 'accept-language': 'ru' };
const ENGLISH = ['Upload an image', 'Image file', 'Location and camera details', 'Description (alt text)', 'What the image shows', '>Upload<', '>Library<', '>Media<'];

describe.each(engines)('media library in Russian on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let siteId: string;

  const get = (url: string) => t.app.inject({ url, headers: { cookie: editor.cookie, ...RU } });
  function upload(fields: Record<string, string>, file?: TestFile) {
    const { payload, contentType } = multipartBody(fields, file);
    return t.app.inject({ method: 'POST', url: `/admin/media?_csrf=${encodeURIComponent(editor.csrf)}`, payload, headers: { cookie: editor.cookie, 'content-type': contentType, ...RU } });
  }
  const expectNoEnglish = (html: string, extra: string[] = []) => {
    for (const phrase of [...ENGLISH, ...extra]) expect(html, phrase).not.toContain(phrase);
  };

  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    editor = await signInAs(t, 'editor');
    siteId = await defaultSiteId(t.deps);
  });
  afterAll(async () => { await t.close(); });

  it('shows the empty library in Russian', async () => {
    const res = await get('/admin/media');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="ru"');
    for (const phrase of ['<title>Медиатека', '<h1>Медиатека</h1>', '<h2>Загрузка изображения</h2>', 'Файл изображения', 'Описание (alt-текст)',
      '>Загрузить</button>', 'Изображений пока нет.']) {
      expect(res.body, phrase).toContain(phrase);
    }
    expectNoEnglish(res.body, ['No images yet.']);
  });

  it('refuses a file that is not an image in Russian, keeping the description', async () => {
    const res = await upload({ alt: 'Сохранённое описание' }, { field: 'image', filename: 'notes.png', contentType: 'image/png', data: Buffer.from('hello') });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Этот файл не подходит как изображение. Загрузите файл JPEG, PNG, WebP, AVIF или GIF.');
    expect(res.body).toContain('value="Сохранённое описание"');
    expectNoEnglish(res.body, ['not an image we can use']);
    const none = await upload({ alt: 'Без файла' });
    expect(none.statusCode).toBe(400);
    expect(none.body).toContain('Выберите файл изображения для загрузки.');
  });

  it('uploads, confirms and lists an image in Russian; a too-long description is refused in Russian and kept', async () => {
    const res = await upload({ alt: 'Красное поле' }, { field: 'image', filename: 'поле.jpg', contentType: 'image/jpeg', data: await jpegWithExif(600, 400) });
    expect(res.statusCode).toBe(303);
    const page = await get('/admin/media?done=uploaded');
    expect(page.body).toContain('<p class="flash" role="status">Изображение загружено.</p>');
    expect(page.body).toContain('Описание: <bdi>поле.jpg</bdi>');
    expect(page.body).toContain('400 × 600 пикс.');
    expect(page.body).toContain('Сохранить описание');
    expectNoEnglish(page.body, ['Image uploaded.', 'Description of', ' px<', 'Save description']);
    const [item] = await listMedia(t.deps.db, siteId, { limit: 1, offset: 0 });
    const typed = 'я'.repeat(301);
    const tooLong = await t.app.inject({
      method: 'POST', url: `/admin/media/${item!.id}`, payload: { _csrf: editor.csrf, alt: typed }, headers: { cookie: editor.cookie, ...RU },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.body).toContain('Описание: не длиннее 300 символов.');
    expect(tooLong.body).toContain(`value="${typed}"`);
    expect(tooLong.body).not.toContain('Keep the description');
  });
});
