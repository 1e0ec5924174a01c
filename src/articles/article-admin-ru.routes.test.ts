// The newsroom's article pages in Russian (issue 5: the admin is fully translated into English
// and Russian): a browser asking for Russian gets the list, the editor, its errors, the
// revision page, the flash messages and the preview hint in Russian, with nothing of the
// English interface left, and everything the person typed kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createAuthor, createSection } from '../../test/factories.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { multipartBody } from '../media/multipart.testkit.ts';

type Fields = Record<string, string | string[]>;
const RU = { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' };

/** English interface sentences of these pages that must not survive in the Russian admin. */
const ENGLISH_EDITOR = [
  'New article', 'Save draft', 'Submit for review', 'Publish now', 'Where it appears', 'Lead image', 'Upload a new image',
  'Choose from recent uploads', 'Publish at (UTC)', 'How to format the text', '70 recommended', 'Say what happened',
  'Separate tags with commas', 'Advanced: web address', 'Tick everyone', 'Inherit from section', 'Image description (alt text)',
  'The preview of the article text appears here',
];
const ENGLISH_EXISTING = ['Edit article', 'Translations', 'Translate into', 'This article', 'Revisions', 'Version 1', 'Draft saved.', 'View on site', '>Draft<'];
const ENGLISH_LIST = ['>Articles<', 'Headline contains', 'All sections', 'Filter<', 'Reader votes', 'Last change', 'No articles', '>All (', 'Articles by status'];

describe.each(engines)('article admin in Russian on %s', (engine) => {
  let t: TestContext;
  let editor: SignedIn;
  let sectionId: string;
  let authorId: string;

  const get = (url: string, headers: Record<string, string> = RU) => t.app.inject({ url, headers: { cookie: editor.cookie, ...headers } });
  function post(url: string, fields: Fields) {
    const { payload, contentType } = multipartBody(fields);
    return t.app.inject({
      method: 'POST', url: `${url}?_csrf=${encodeURIComponent(editor.csrf)}`, payload,
      headers: { cookie: editor.cookie, 'content-type': contentType, ...RU },
    });
  }
  const valid = (extra: Fields = {}): Fields => ({
    headline: 'Граница открыта', summary: 'Грузовики ждали два дня.', sectionId, authorIds: [authorId], tags: 'Торговля',
    dateline: 'БИШКЕК', locale: 'en', bodyMd: 'Движение возобновилось.', intent: 'save', ...extra,
  });
  const expectNone = (html: string, phrases: string[]) => {
    for (const phrase of phrases) expect(html, phrase).not.toContain(phrase);
  };

  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    await addSiteLocale(t.deps, 'ar', 1);
    sectionId = (await createSection(t.deps, { name: 'Экономика' })).id;
    authorId = (await createAuthor(t.deps, { name: 'Айбек Осмонов' })).id;
    editor = await signInAs(t, 'editor');
  });
  afterAll(async () => { await t.close(); });

  it('shows the new-article form in Russian, the length counters with a Russian template for the island', async () => {
    const res = await get('/admin/articles/new');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain('<title>Новая статья');
    for (const phrase of ['<h1>Новая статья</h1>', 'Заголовок', 'Анонс', 'Текст статьи', 'Где публикуется', 'Выберите раздел…', 'Главное изображение',
      'Сохранить черновик', 'Отправить на проверку', 'Опубликовать сейчас', 'Время публикации (UTC)', 'Как оформить текст (Markdown)', '## Подзаголовок',
      'Как в разделе', '0 из 70 рекомендуемых', 'data-template="{count} из 70 рекомендуемых"', '(не больше 200)']) {
      expect(html, phrase).toContain(phrase);
    }
    expect(html).toMatch(/<p class="hint" lang="ru" dir="ltr">Здесь по мере набора появляется предпросмотр/);
    expect(html).toMatch(/JPEG, PNG, WebP, AVIF или GIF, до \d+ МБ\./);
    expectNone(html, ENGLISH_EDITOR);
  });

  it('keeps English for a browser that asks for it, with the island template in English', async () => {
    const html = (await get('/admin/articles/new', { 'accept-language': 'en' })).body;
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('data-template="{count} / 70 recommended"');
    expect(html).toContain('Save draft');
  });

  it('re-shows a refused form in Russian with every error worded in Russian and the text kept', async () => {
    const res = await post('/admin/articles', valid({
      headline: '', summary: 'ж'.repeat(401), bodyMd: 'Сохранённый **текст**', tags: `Торговля, ${'ت'.repeat(61)}`, slug: 'Не Слаг',
      intent: 'schedule', publishAt: 'завтра',
    }));
    expect(res.statusCode).toBe(400);
    const html = res.body;
    expect(html).toContain('<html lang="ru"');
    for (const phrase of ['Напишите заголовок.', 'Анонс: не длиннее 400 символов (сейчас 401).', 'Укажите дату и время публикации (UTC).',
      'В слаге допустимы только строчные буквы', `Каждый тег — не длиннее 60 символов («\u2068${'ت'.repeat(20)}\u2069…» длиннее).`]) {
      expect(html, phrase).toContain(phrase);
    }
    expect(html).toContain(`>${'ж'.repeat(401)}</textarea>`);
    expect(html).toContain('Сохранённый **текст**');
    expect(html).toContain('value="завтра"');
    expect(html).toContain('value="Не Слаг"');
    expectNone(html, ['Write a headline', 'Keep the summary', 'Enter the date and time', 'Use only lowercase', 'Keep each tag']);
  });

  it('words a translation that already exists in Russian, naming the language in Russian', async () => {
    const created = await post('/admin/articles', valid({ headline: 'Выборы назначены' }));
    expect(created.statusCode).toBe(303);
    const id = /\/admin\/articles\/([^?]+)/.exec(String(created.headers.location))![1]!;
    const res = await post('/admin/articles', valid({ headline: 'Копия', translationGroupId: id }));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('У этой статьи уже есть перевод на английский (en).');
  });

  it('shows an article, its translations, revisions and the flash in Russian', async () => {
    const created = await post('/admin/articles', valid({ headline: 'Мост отремонтирован' }));
    const id = /\/admin\/articles\/([^?]+)/.exec(String(created.headers.location))![1]!;
    const html = (await get(`/admin/articles/${id}?done=created`)).body;
    expect(html).toContain('<html lang="ru"');
    for (const phrase of ['Черновик сохранён.', '<title>Редактирование: Мост отремонтирован', '<h1>Редактирование статьи</h1>', '>Черновик<',
      '<h2 id="translations-heading">Переводы</h2>', 'Английский (en)', 'Эта статья', 'Перевести на арабский', 'Нет перевода', 'История версий', 'Версия 1']) {
      expect(html, phrase).toContain(phrase);
    }
    expectNone(html, [...ENGLISH_EDITOR.filter((p) => p !== 'New article'), ...ENGLISH_EXISTING]);
    const revision = (await get(`/admin/articles/${id}/revisions/1`)).body;
    expect(revision).toContain('<h1>Версия 1</h1>');
    expect(revision).toContain('Вернуться в редактор');
    expect(revision).toMatch(/Сохранено: <bdi>[^<]+<\/bdi>, <time/);
    expectNone(revision, ['Back to the editor', 'Saved by', 'Text as written', 'Formatted<']);
  });

  it('answers the live preview of an empty text with a Russian hint', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/admin/articles/preview', payload: { bodyMd: '' }, headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf, ...RU } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('<p class="hint" lang="ru" dir="ltr">Пока нечего показать.</p>');
  });

  it('shows the list of articles in Russian, statuses included', async () => {
    const empty = (await get('/admin/articles?q=nothing-matches-this')).body;
    expect(empty).toContain('Подходящих статей нет.');
    const html = (await get('/admin/articles')).body;
    expect(html).toContain('<html lang="ru"');
    for (const phrase of ['<h1>Статьи</h1>', 'Новая статья', 'Все (', 'Черновик (', 'На проверке (', 'Заголовок содержит', 'Все разделы',
      'Голоса читателей', 'Последнее изменение', 'aria-label="Статьи по статусу"', '>Черновик</span>']) {
      expect(html, phrase).toContain(phrase);
    }
    expectNone(html, [...ENGLISH_LIST, 'New article', '>Draft<', 'In review']);
  });
});
