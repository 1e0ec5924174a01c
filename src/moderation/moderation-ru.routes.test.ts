// The moderation queue in Russian on each engine (issue 5: the admin is fully translated into
// English and Russian): a browser asking for Russian gets the queue with a held comment, its
// screening verdict and reasons, readers' reports, the actions, the ban forms, the keys help
// and the keyboard island's words in Russian; confirmations, bad requests and the 409 conflict
// (page and JSON) too. Codes stay as they are; no English sentence of the queue is left.
import { describe, expect, it } from 'vitest';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import type { SignedIn } from '../accounts/sign-in.testkit.ts';
import { createQueuedComment, reportComment, screeningOf } from './moderation.testkit.ts';
import { queueSuite } from './queue-suite.testkit.ts';
import { readQueueIslandMessages } from './queue-announcements.ts';

const RU = { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' };

/** English sentences and words of the queue that must not survive in the Russian admin. */
const ENGLISH_QUEUE = [
  'Held by screening', 'Hold for review', 'Profanity or insult', 'Threat ·', 'Choose a reason', 'Mark spam', 'Restore to pending',
  '>Approve<', '>Reject<', 'Ban or pre-moderate', 'Ban for', 'Pre-moderate', 'Until lifted', 'Kept in the permanent moderation log',
  'On this site', 'First comment', 'In reply to', 'Screening:', ', score ', 'language <code>', 'Keys:', 'next / previous',
  'With the ticked comments', 'highest risk first', 'Moderation tabs', 'All comments on this article', '>On <', 'Select the comment by',
  'Reason for rejecting', 'Comment settings', '>Moderation<', '>Pending (', '>Approved (', '>Spam (', 'Personal attack', 'Legal risk',
  'Comment by {author}', 'left on this page', '7 days', '1 year',
];
const ENGLISH_REPORTS = ['Reported by', 'Abuse or insult', '>Spam (2)'];

describe.each(engines)('moderation queue in Russian on %s', (engine) => {
  const q = queueSuite(engine);
  const getRu = (agent: SignedIn, url: string) => q.t.app.inject({ url, headers: { cookie: agent.cookie, ...RU } });
  const postRu = (agent: SignedIn, url: string, fields: Record<string, string>, json = false) => q.t.app.inject({
    method: 'POST', url, payload: new URLSearchParams({ _csrf: agent.csrf, ...fields }).toString(),
    headers: { cookie: agent.cookie, 'content-type': 'application/x-www-form-urlencoded', ...RU, ...(json ? { accept: 'application/json' } : {}) },
  });
  const expectNone = (html: string, phrases: string[]) => {
    for (const phrase of phrases) expect(html, phrase).not.toContain(phrase);
  };

  it('shows a held comment with its verdict, reasons, history, actions, forms and the island’s words in Russian', async () => {
    const article = await q.newArticle({ locale: 'ru', headline: 'Тарифы растут' });
    const parent = await createComment(q.t.deps, { articleId: article.id, status: 'approved', authorName: 'Алия', body: 'Первый комментарий' });
    q.later();
    const body = 'Ты сука и дебил, понял?';
    const held = await createQueuedComment(q.t.deps, {
      articleId: article.id, parentId: parent.id, status: 'pending', queue: 'held', body, authorName: 'Марат',
      screening: screeningOf(0.72, [{ code: 'profanity', category: 'slur', spans: [[3, 7]] }, { code: 'threat', spans: [[10, 15]] }], 'hold', 'ru'),
    });
    const res = await getRu(q.moderator, `/admin/articles/${article.id}/comments?tab=held`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain('<title>Комментарии к статье: Тарифы растут · Serai: управление</title>');
    expect(html).toContain('Комментарии к статье «<span dir="auto">Тарифы растут</span>»');
    expect(html).toContain('<nav aria-label="Разделы модерации">');
    expect(html).toContain('data-tab="held">Задержаны автопроверкой (1)</a>');
    expect(html).toContain('data-label="Ожидающие" data-count="0"');
    expect(html).toContain('aria-label="Задержаны автопроверкой: сначала с наибольшим риском, затем новые"');
    // The verdict and its reasons in words, the codes as they are.
    expect(html).toContain('<div class="moderation-screening" data-outcome="hold"><p>Автопроверка: <strong>задержать для проверки</strong>, оценка 0,72, язык <code>ru</code></p>');
    expect(html).toContain('<li data-code="profanity">Брань или оскорбление (Оскорбительное прозвище) · 0,72</li>');
    expect(html).toContain('<li data-code="threat">Угроза · 0,72</li>');
    expect(html).toContain('<mark class="screening-match">сука</mark>');
    expect(html).toMatch(/В ответ на комментарий автора <bdi>Алия<\/bdi> \(одобрен\): <q dir="auto">Первый комментарий<\/q>/);
    expect(html).toContain('<span class="badge badge-first-comment">Первый комментарий</span>');
    expect(html).toContain('На этом сайте: <span data-history="approved">одобрено: 0</span>, <span data-history="rejected">отклонено: 0</span>, <span data-history="spam">спам: 0</span>');
    expect(html).toContain('<span class="badge badge-comment-pending">Ожидает проверки</span>');
    // Actions, reasons, the commenter's forms.
    const item = html.slice(html.indexOf(`id="moderation-${held.id}"`));
    expect(item).toContain(`value="approved" class="button button-small button-primary" aria-describedby="moderation-${held.id}-author">Одобрить</button>`);
    expect(item).toContain('>Это спам</button>');
    expect(item).toContain('<option value>Выберите причину…</option><option value="hate">Язык вражды</option>');
    expect(item).toContain('<option value="personal_attack">Оскорбление собеседника</option>');
    expect(item).toContain('Причина отклонения комментария автора <bdi>Марат</bdi>');
    expect(item).toContain('<summary>Заблокировать комментатора или включить для него премодерацию</summary>');
    expect(item).toContain('<option value="7d" selected>7 дней</option>');
    expect(item).toContain('<option value="permanent">До снятия</option>');
    expect(html).toContain('<span class="moderation-bulk-label">С отмеченными комментариями:</span>');
    expect(html).toContain('Клавиши (в любой раскладке): <kbd>j</kbd> / <kbd>k</kbd> — следующий / предыдущий комментарий');
    // The island gets finished Russian strings, never the catalogs.
    const data = /<ol id="moderation-queue"[^>]* data-messages="([^"]+)"/.exec(html)![1]!.replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    const words = readQueueIslandMessages(data)!;
    expect(words.doneBy.spam).toBe('Комментарий автора {author} помечен как спам.');
    expect(words.left).toMatchObject({ locale: expect.stringMatching(/^ru\b/), forms: { few: 'На этой странице осталось # комментария.' } });
    expectNone(html, ENGLISH_QUEUE);
  });

  it('shows readers’ reports by reason, a rejected comment’s reason and an empty tab in Russian', async () => {
    const article = await q.newArticle();
    const reported = await createComment(q.t.deps, { articleId: article.id, status: 'approved' });
    await reportComment(q.t.deps, reported.id, ['spam', 'abuse', 'spam']);
    const rejected = await createComment(q.t.deps, { articleId: article.id, status: 'pending' });
    expect((await postRu(q.moderator, '/admin/moderation', { comment: rejected.id, version: '1', to: 'rejected', reason: 'legal_risk' })).statusCode).toBe(303);
    const base = `/admin/articles/${article.id}/comments`;
    const reports = (await getRu(q.moderator, `${base}?tab=reported`)).body;
    expect(reports).toContain('Пожаловались 3 читателя:</p><ul class="report-reasons"><li data-reason="spam">Спам (2)</li><li data-reason="abuse">Оскорбления или травля (1)</li></ul>');
    expect(reports).toContain('>Одобрить</button>'); // approving a reported comment dismisses the reports
    expectNone(reports, ENGLISH_REPORTS);
    const rejectedTab = (await getRu(q.moderator, `${base}?tab=rejected`)).body;
    expect(rejectedTab).toContain('<span class="moderation-reject-reason">Причина: Юридический риск</span>');
    expect(rejectedTab).toContain('>Вернуть на проверку</button>');
    expect((await getRu(q.moderator, `${base}?tab=spam`)).body).toContain('<p class="empty">В разделе «Спам» комментариев нет.</p>');
  });

  it('confirms actions and explains bad requests in Russian', async () => {
    const article = await q.newArticle();
    const [a, b] = [await createComment(q.t.deps, { articleId: article.id, status: 'pending' }), await createComment(q.t.deps, { articleId: article.id, status: 'pending' })];
    const done = await postRu(q.moderator, '/admin/moderation', { comment: a.id, version: '1', to: 'approved' });
    expect((await getRu(q.moderator, done.headers.location!)).body).toContain('<p class="flash" role="status">Комментарий одобрен: читатели уже видят его.</p>');
    const bulk = (await getRu(q.moderator, '/admin/moderation?done=spam&n=2&conflicts=1')).body;
    expect(bulk).toContain('2 комментария помечено как спам. 1 комментарий тем временем изменил другой модератор, он оставлен как есть.');
    const noReason = await postRu(q.moderator, '/admin/moderation', { comment: b.id, version: '1', to: 'rejected' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.body).toContain('<h2>Выберите причину отклонения этого комментария и нажмите «Отклонить».</h2>');
    expect(noReason.body).toContain(`<a href="#moderation-${b.id}">Перейти к комментарию</a>`);
    const nothing = await postRu(q.moderator, '/admin/moderation', { to: 'approved' });
    expect(nothing.body).toContain('Сначала отметьте хотя бы один комментарий');
    const json = await postRu(q.moderator, '/admin/moderation', { comment: b.id, version: '1', to: 'rejected' }, true);
    expect(json.json()).toEqual({ ok: false, code: 'invalid', message: 'Выберите причину отклонения этого комментария и нажмите «Отклонить».' });
    const missing = await postRu(q.moderator, '/admin/moderation', { comment: 'no-such-comment', version: '1', to: 'approved' }, true);
    expect(missing.json()).toEqual({ ok: false, code: 'not_found', message: 'Этого комментария больше нет, или вы не можете его модерировать.' });
  });

  it('tells the second moderator of a conflict (409) in Russian, on the page and in JSON, overwriting nothing', async () => {
    const article = await q.newArticle();
    const comment = await createComment(q.t.deps, { articleId: article.id, status: 'pending' });
    expect((await postRu(q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'approved' })).statusCode).toBe(303);
    const page = await postRu(q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'spam' });
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain('<html lang="ru"');
    expect(page.body).toContain('<h2>Пока вы смотрели, этот комментарий изменил другой модератор: теперь он одобрен. Ничего не перезаписано; проверьте его и выберите действие заново.</h2>');
    expect(page.body).toContain(`href="/admin/moderation?tab=approved#moderation-${comment.id}">Посмотреть в разделе «Одобренные»</a>`);
    expect(page.body).not.toContain('Someone else changed');
    expect(page.body).not.toContain('See it under');
    const json = await postRu(q.moderator, '/admin/moderation', { comment: comment.id, version: '1', to: 'rejected', reason: 'spam' }, true);
    expect(json.statusCode).toBe(409);
    expect(json.json()).toMatchObject({ ok: false, code: 'conflict', message: expect.stringMatching(/^Пока вы смотрели, этот комментарий изменил другой модератор: теперь он одобрен\./) });
    expect(await q.row(comment.id)).toMatchObject({ status: 'approved', version: 2, reject_reason: null });
  });
});
