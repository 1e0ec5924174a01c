// Bans and pre-moderation in Russian on each engine (issue 5): the bans page with a ban in
// force, a pre-moderated commenter and an ended ban, its confirmations, and the queue's
// confirmation after a ban, all in Russian with nothing of the English interface left.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';

const RU = { 'accept-language': 'ru-RU,ru;q=0.9' };
const DAY = 86_400_000;

const ENGLISH_BANS = [
  'Bans and pre-moderation', 'Moderation queue', 'Ban or pre-moderate a commenter', 'Banned now', 'Pre-moderated commenters',
  'Ended bans', '>Commenter<', '>Reason<', '>Since<', '>Ends<', '>Ended<', '>By<', '>Actions<', 'Lift ban', 'End pre-moderation',
  'No reason given', 'Log entries', 'Until lifted', 'Until ended', 'Expired', 'Lifted', 'Unknown commenter', 'Nobody is banned',
];

describe.each(engines)('bans page in Russian on %s', (engine) => {
  let t: TestContext;
  let moderator: SignedIn;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    sectionId = (await createSection(t.deps)).id;
    moderator = await signInAs(t, 'moderator');
  });
  afterAll(async () => { await t.close(); });

  const getRu = (url: string) => t.app.inject({ url, headers: { cookie: moderator.cookie, ...RU } });
  const newComment = async (authorName: string) => {
    const article = await createArticle(t.deps, { sectionId, slug: `commenters-ru-${++n}` });
    return createComment(t.deps, { articleId: article.id, status: 'pending', authorName, authorEmail: `reader-ru-${n}@example.test` });
  };

  it('lists bans, pre-moderated commenters and ended bans in Russian', async () => {
    const troll = await newComment('Тролль');
    const brief = await newComment('Быстрый');
    const quiet = await newComment('Тихий');
    await postForm(t, moderator, '/admin/moderation/ban', { comment: troll.id, duration: 'permanent', back: '/admin/moderation' });
    await postForm(t, moderator, '/admin/moderation/ban', { comment: brief.id, duration: '1d', reason: 'Остыть', back: '/admin/moderation' });
    await postForm(t, moderator, '/admin/moderation/premoderate', { comment: quiet.id, duration: 'permanent', back: '/admin/moderation' });
    t.deps.clock.advance(DAY + 1); // the 1-day ban expires
    const res = await getRu('/admin/moderation/bans');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<html lang="ru"');
    expect(html).toContain('<title>Блокировки и премодерация · Serai: управление</title>');
    expect(html).toContain('<h2 id="active-bans-heading">Заблокированы сейчас</h2>');
    const active = /<table id="active-bans">[\s\S]*?<\/table>/.exec(html)![0];
    expect(active).toContain('<th scope="col">Комментатор</th><th scope="col">Причина</th><th scope="col">Начало</th><th scope="col">Окончание</th>');
    expect(active).toContain('<bdi>Тролль</bdi>');
    expect(active).toContain('<span class="muted">Причина не указана</span>');
    expect(active).toContain('<td>До снятия</td>');
    expect(active).toContain('>Записи в журнале</a>');
    expect(active).toContain('<button type="submit" class="button button-small">Снять блокировку</button>');
    const premoderated = /<table id="premoderated">[\s\S]*?<\/table>/.exec(html)![0];
    expect(premoderated).toContain('<td>До снятия</td>');
    expect(premoderated).toContain('>Снять премодерацию</button>');
    const ended = /<table id="ended-bans">[\s\S]*?<\/table>/.exec(html)![0];
    expect(ended).toMatch(/<td>Истекла <time datetime="[^"]+">/);
    expect(ended).toContain('Остыть');
    for (const phrase of ENGLISH_BANS) expect(html, phrase).not.toContain(phrase);

    const lifted = await postForm(t, moderator, `/admin/moderation/bans/${/data-ban-id="([^"]+)"/.exec(active)![1]}/lift`);
    const after = (await getRu(lifted.headers.location!)).body;
    expect(after).toContain('<p class="flash" role="status">Блокировка снята.</p>');
    expect(/<table id="ended-bans">[\s\S]*?<\/table>/.exec(after)![0]).toMatch(/<td>Снята <time datetime="[^"]+">/);
    expect((await getRu('/admin/moderation/bans?done=unchanged')).body).toContain('Это уже закончилось; ничего не изменено.');
    expect((await getRu('/admin/moderation/bans?done=constructor')).body).not.toContain('class="flash"');
  });

  it('confirms a ban in the queue in Russian', async () => {
    const comment = await newComment('Нарушитель');
    const res = await postForm(t, moderator, '/admin/moderation/ban', { comment: comment.id, duration: '7d', back: '/admin/moderation' });
    expect(res.headers.location).toBe('/admin/moderation?done=banned');
    const queue = (await getRu(res.headers.location!)).body;
    expect(queue).toContain('<p class="flash" role="status">Комментатор заблокирован: его новые комментарии не принимаются, пока блокировка не закончится (см. «Блокировки»).</p>');
  });

  it('shows the empty states in Russian', async () => {
    const fresh = await buildTestApp(engine, { loginRateLimit: 1000 });
    try {
      const agent = await signInAs(fresh, 'moderator');
      const html = (await fresh.app.inject({ url: '/admin/moderation/bans', headers: { cookie: agent.cookie, ...RU } })).body;
      expect(html).toContain('<p class="empty" id="active-bans-empty">Заблокированных нет.</p>');
      expect(html).toContain('<p class="empty" id="premoderated-empty">Ни один комментатор не на премодерации.</p>');
      expect(html).toContain('<p class="empty" id="ended-bans-empty">Закончившихся блокировок пока нет.</p>');
    } finally {
      await fresh.close();
    }
  });
});
