// The moderation log in Russian on each engine (issue 5): filters, the table's headings,
// actions, actors, reasons, statuses and the recorded details in the moderator's words, the
// codes kept in the data attributes, and nothing of the English interface left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { moderateComment } from '../comments/comment-store.ts';
import { appendModerationLog, type ModerationLogEntry } from './moderation-log.queries.ts';

const RU = { 'accept-language': 'ru' };

const ENGLISH_LOG = [
  'Moderation log', 'Every moderation action', 'Bans and pre-moderation', 'All actions', '>Anyone<', 'Readers’ reports', '>System<',
  'Comment id or commenter', 'From (UTC)', 'To (UTC)', '>Filter<', '>Time<', '>Action<', '>Target<', '>Reason<', '>Detail<',
  '>Rejected<', 'Held by screening', 'Banned commenter', 'Changed screening settings', 'Personal attack', 'Profanity or insult',
  'pending →', '→ rejected', '>staff<', '>screening<', '>system<', 'Comment <code>', 'Commenter <code>', 'Site settings',
  'score 0.62', 'replacing the ban in force', 'hold 0.40', 'This commenter’s entries',
];

describe.each(engines)('moderation log in Russian on %s', (engine) => {
  let t: TestContext;
  let moderator: SignedIn;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    moderator = await signInAs(t, 'moderator');
  });
  afterAll(async () => { await t.close(); });

  const getRu = (url: string) => t.app.inject({ url, headers: { cookie: moderator.cookie, ...RU } });
  const append = (fields: Partial<ModerationLogEntry>) => {
    t.deps.clock.advance(1000);
    const entry: ModerationLogEntry = {
      id: t.deps.ids.next(), siteId, actor: { kind: 'system' }, action: 'settings_change', target: { kind: 'site', id: siteId },
      at: t.deps.clock.now().toISOString(), ...fields,
    };
    return appendModerationLog(t.deps.db, entry).then(() => entry);
  };
  const rowOf = (html: string, id: string) => new RegExp(`<tr id="log-${id}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? '';

  it('shows the filters, the table and every kind of entry in Russian', async () => {
    const section = await createSection(t.deps);
    const article = await createArticle(t.deps, { sectionId: section.id, slug: 'log-ru' });
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    t.deps.clock.advance(1000);
    await moderateComment(t.deps, { id: comment.id, to: 'rejected', actorId: moderator.userId, reason: 'personal_attack' });
    const hold = await append({ actor: { kind: 'screening' }, action: 'screening_hold', target: { kind: 'comment', id: 'gone-comment' }, toStatus: 'pending', reason: 'profanity', detail: 'score 0.62: profanity, threat' });
    const ban = await append({ actor: { kind: 'staff', id: moderator.userId }, action: 'ban', target: { kind: 'commenter', id: 'b'.repeat(64) }, reason: 'Оскорбления', detail: '7 days, replacing the ban in force' });
    const settings = await append({ detail: 'hold 0.40 → 0.35' });

    const res = await getRu('/admin/moderation/log');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain('<title>Журнал модерации · Serai: управление</title>');
    expect(html).toContain('<h1>Журнал модерации</h1>');
    expect(html).toContain('<option value>Все действия</option>');
    expect(html).toContain('<option value="reject">Отклонён</option>');
    expect(html).toContain('<option value="readers">Жалобы читателей</option>');
    expect(html).toContain('<th scope="col">Подробности</th>');

    const rejected = /<tr id="log-[^"]+" data-action="reject"[\s\S]*?<\/tr>/.exec(html)![0];
    expect(rejected).toContain('<span class="log-actor log-actor-staff">сотрудник</span>');
    expect(rejected).toContain('<td class="log-action">Отклонён</td>');
    expect(rejected).toContain(`>Комментарий <code>${comment.id}</code></a>`);
    expect(rejected).toContain('<td class="log-reason" dir="auto">Оскорбление собеседника</td>');
    expect(rejected).toContain('<td class="log-status">ожидает проверки → отклонён</td>');

    const held = rowOf(html, hold.id);
    expect(held).toContain('data-action="screening_hold" data-actor-kind="screening"');
    expect(held).toContain('<bdi>Автопроверка</bdi> <span class="log-actor log-actor-screening">автопроверка</span>');
    expect(held).toContain('Задержан автопроверкой');
    expect(held).toContain('<td class="log-reason" dir="auto">Брань или оскорбление</td>');
    expect(held).toContain('<td class="log-status">— → ожидает проверки</td>');
    expect(held).toContain('оценка 0,62: Брань или оскорбление, Угроза');

    const banned = rowOf(html, ban.id);
    expect(banned).toContain('Комментатор заблокирован');
    expect(banned).toContain('title="Записи об этом комментаторе">Комментатор <code class="log-hash">');
    expect(banned).toContain('<td class="log-reason" dir="auto">Оскорбления</td>'); // a moderator's own note, as written
    expect(banned).toContain('7 дней, вместо действовавшей блокировки');

    const changed = rowOf(html, settings.id);
    expect(changed).toContain('<bdi>Система</bdi> <span class="log-actor log-actor-system">система</span>');
    expect(changed).toContain('Изменены настройки автопроверки');
    expect(changed).toContain('<span>Настройки сайта</span>');
    expect(changed).toContain('порог задержки: 0,40 → 0,35');
    for (const phrase of ENGLISH_LOG) expect(html, phrase).not.toContain(phrase);
  });

  it('says a backwards date range and an empty result in Russian', async () => {
    const html = (await getRu('/admin/moderation/log?from=2026-06-09&to=2026-06-01')).body;
    expect(html).toContain('<div class="error-summary" role="alert" id="moderation-log-problem"><h2>Дата «с» позже даты «по»: ни одна запись не подойдёт.</h2></div>');
    expect(html).toContain('<p class="empty" id="moderation-log-empty">Нет записей, подходящих под эти условия.</p>');
    expect(html).toContain('>Сбросить</a>');
    expect(html).not.toContain('nothing can match');
    expect(html).not.toContain('No entries match');
  });
});
