// The moderation log on each engine: the database itself refuses to change or delete an
// entry; what moderateComment and appendModerationLog record shows up on the page with
// the right fields; filters, keyset pages, escaping, site and permission boundaries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, createUser, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { moderateComment } from '../comments/comment-store.ts';
import { insertSite } from '../sites/site.queries.ts';
import { appendModerationLog, type ModerationLogEntry } from './moderation-log.queries.ts';

describe.each(engines)('moderation log on %s', (engine) => {
  let t: TestContext;
  let moderator: SignedIn;
  let siteId: string;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps)).id;
    moderator = await signInAs(t, 'moderator');
  });
  afterAll(async () => { await t.close(); });

  const get = (agent: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  const newArticle = () => createArticle(t.deps, { sectionId, slug: `log-article-${++n}` });
  const later = () => t.deps.clock.advance(1000);
  const append = (fields: Partial<ModerationLogEntry> = {}) => {
    later();
    const entry: ModerationLogEntry = {
      id: t.deps.ids.next(), siteId, actor: { kind: 'system' }, action: 'settings_change', target: { kind: 'site', id: siteId },
      at: t.deps.clock.now().toISOString(), ...fields,
    };
    return appendModerationLog(t.deps.db, entry).then(() => entry);
  };
  /** The <tr> of one entry, or undefined. */
  const rowOf = (html: string, id: string) => new RegExp(`<tr id="log-${id}"[\\s\\S]*?</tr>`).exec(html)?.[0];

  it('the database refuses UPDATE and DELETE on moderation_log', async () => {
    const entry = await append({ detail: 'kept as written' });
    await expect(t.deps.db.updateTable('moderation_log').set({ detail: 'rewritten' }).where('id', '=', entry.id).execute())
      .rejects.toThrow(/moderation_log is append-only/);
    await expect(t.deps.db.deleteFrom('moderation_log').where('id', '=', entry.id).execute())
      .rejects.toThrow(/moderation_log is append-only/);
    await expect(t.deps.db.deleteFrom('moderation_log').execute()).rejects.toThrow(/moderation_log is append-only/);
    const row = await t.deps.db.selectFrom('moderation_log').select('detail').where('id', '=', entry.id).executeTakeFirstOrThrow();
    expect(row.detail).toBe('kept as written');
  });

  it('shows what moderateComment recorded: time, moderator, action, comment linked in the queue, reason, from → to', async () => {
    const article = await newArticle();
    const comment = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    later();
    const outcome = await moderateComment(t.deps, { id: comment.id, to: 'rejected', actorId: moderator.userId, reason: 'personal_attack' });
    expect(outcome.kind).toBe('changed');
    const logged = await t.deps.db.selectFrom('moderation_log').selectAll().where('target_id', '=', comment.id).executeTakeFirstOrThrow();
    expect(logged).toMatchObject({
      site_id: siteId, actor_kind: 'staff', actor_id: moderator.userId, actor_name: 'A moderator', action: 'reject',
      target_kind: 'comment', reason: 'personal_attack', from_status: 'pending', to_status: 'rejected', created_at: t.deps.clock.now().toISOString(),
    });
    const res = await get(moderator, '/admin/moderation/log');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('<a href="/admin/moderation/log" aria-current="page">Moderation log</a>');
    expect(res.body).toContain('href="/assets/moderation-log.css"');
    const row = rowOf(res.body, logged.id)!;
    expect(row).toContain('data-action="reject"');
    expect(row).toContain('data-actor-kind="staff"');
    expect(row).toContain(`data-target-id="${comment.id}"`);
    expect(row).toContain(`<time datetime="${logged.created_at}">`);
    expect(row).toContain('<bdi>A moderator</bdi> <span class="log-actor log-actor-staff">staff</span>');
    expect(row).toContain('<td class="log-action">Rejected</td>');
    expect(row).toContain(`href="/admin/moderation?tab=rejected#moderation-${comment.id}"`);
    expect(row).toContain('>Personal attack</td>');
    expect(row).toContain('pending → rejected');
  });

  it('shows entries appended for screening, readers and commenters, escaped, newest first', async () => {
    const hold = await append({ actor: { kind: 'screening' }, action: 'screening_hold', target: { kind: 'comment', id: 'gone-comment' }, toStatus: 'pending', detail: 'score 0.62' });
    const hash = 'a'.repeat(64);
    const ban = await append({ actor: { kind: 'staff', id: moderator.userId, name: '<b>Mod</b>' }, action: 'ban', target: { kind: 'commenter', id: hash }, reason: '<script>x</script>', detail: '7 days' });
    const body = (await get(moderator, '/admin/moderation/log')).body;
    expect(body.indexOf(`id="log-${ban.id}"`)).toBeLessThan(body.indexOf(`id="log-${hold.id}"`));
    const holdRow = rowOf(body, hold.id)!;
    expect(holdRow).toContain('Screening</bdi> <span class="log-actor log-actor-screening">screening</span>');
    expect(holdRow).toContain('Held by screening');
    expect(holdRow).toContain('Comment <code>gone-comment</code>'); // no such comment now: no link
    expect(holdRow).toContain('— → pending');
    expect(holdRow).toContain('score 0.62');
    const banRow = rowOf(body, ban.id)!;
    expect(banRow).toContain('&lt;b>Mod&lt;/b>');
    expect(banRow).toContain('&lt;script>x&lt;/script>');
    expect(banRow).toContain(`href="/admin/moderation/log?target=${hash}"`);
    expect(banRow).toContain('Banned commenter');
    expect(banRow).toContain('7 days');
  });

  it('offers no way to change or delete an entry', async () => {
    await append();
    const body = (await get(moderator, '/admin/moderation/log')).body;
    // Only the layout's own forms (log out, the interface language) post; none is about an entry.
    expect(body.match(/<form[^>]*method="post"/g)).toEqual(['<form class="admin-logout" method="post"', '<form class="admin-language" method="post"']);
    expect(body).not.toMatch(/>(Edit|Delete)</);
    expect((await postForm(t, moderator, '/admin/moderation/log', { id: 'x' })).statusCode).toBe(404);
  });

  it('filters by action, actor, target and date range', async () => {
    const other = await createUser(t.deps, { role: 'editor', displayName: 'Editor Erlan' });
    t.deps.clock.set('2026-06-09T12:00:00.000Z');
    const a = await append({ actor: { kind: 'staff', id: other.id }, action: 'feature', target: { kind: 'comment', id: 'c-1' } });
    t.deps.clock.set('2026-06-10T12:00:00.000Z');
    const b = await append({ actor: { kind: 'readers' }, action: 'hidden_by_reports', target: { kind: 'comment', id: 'c-2' } });
    t.deps.clock.set('2026-06-11T23:59:00.000Z');
    const c = await append({ actor: { kind: 'staff', id: moderator.userId }, action: 'feature', target: { kind: 'comment', id: 'c-2' } });
    const ids = async (qs: string) => {
      const body = (await get(moderator, `/admin/moderation/log?${qs}`)).body;
      return [a, b, c].filter((e) => body.includes(`id="log-${e.id}"`)).map((e) => e.id);
    };
    expect(await ids('action=feature')).toEqual([a.id, c.id]);
    expect(await ids(`actor=${other.id}`)).toEqual([a.id]);
    expect(await ids('actor=readers')).toEqual([b.id]);
    expect(await ids('target=c-2')).toEqual([b.id, c.id]);
    expect(await ids('from=2026-06-10&to=2026-06-11')).toEqual([b.id, c.id]);
    expect(await ids('from=2026-06-09&to=2026-06-09')).toEqual([a.id]);
    expect(await ids('action=feature&target=c-2')).toEqual([c.id]);
    const page = (await get(moderator, `/admin/moderation/log?actor=${other.id}&action=feature`)).body;
    expect(page).toContain(`<option value="${other.id}" selected>Editor Erlan</option>`);
    expect(page).toContain('<option value="feature" selected>Featured</option>');
    const backwards = await get(moderator, '/admin/moderation/log?from=2026-06-11&to=2026-06-09');
    expect(backwards.statusCode).toBe(200);
    expect(backwards.body).toContain('id="moderation-log-problem"');
    const junk = await get(moderator, '/admin/moderation/log?action=drop_table&from=yesterday&after=%3Cx%3E');
    expect(junk.statusCode).toBe(200);
  });

  it('pages by keyset, 50 at a time, with no entry twice or missed', async () => {
    const entries: string[] = [];
    for (let i = 0; i < 57; i++) entries.push((await append({ action: 'term_add', detail: `term ${i}` })).id);
    const seen: string[] = [];
    let url: string | undefined = '/admin/moderation/log?action=term_add';
    while (url) {
      const body: string = (await get(moderator, url)).body;
      seen.push(...[...body.matchAll(/<tr id="log-([^"]+)"/g)].map((m) => m[1]!));
      url = /<a href="([^"]+)" rel="next"/.exec(body)?.[1]?.replaceAll('&amp;', '&');
    }
    expect(seen).toEqual([...entries].reverse());
  });

  it('shows a moderator limited to some languages only what happened to comments in them', async () => {
    const ru = await createComment(t.deps, { articleId: (await createArticle(t.deps, { sectionId, slug: `log-article-${++n}`, locale: 'ru' })).id, status: 'pending' });
    const en = await createComment(t.deps, { articleId: (await newArticle()).id, status: 'pending' });
    for (const c of [ru, en]) await moderateComment(t.deps, { id: c.id, to: 'approved', actorId: moderator.userId });
    const ban = await append({ target: { kind: 'commenter', id: 'some-commenter-hash' }, action: 'ban' });
    const russianOnly = await signInAs(t, 'moderator');
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: russianOnly.userId, site_id: siteId, locale: 'ru' }).execute();
    const page = (await get(russianOnly, '/admin/moderation/log')).body;
    expect(page).toContain(`data-target-id="${ru.id}"`);
    expect(page).not.toContain(`data-target-id="${en.id}"`);
    expect(page).not.toContain(`log-${ban.id}`);
    expect((await get(moderator, '/admin/moderation/log')).body).toContain(`data-target-id="${en.id}"`);
  });

  it('keeps other sites’ entries out; authors get 403; a moderator scoped to another site gets 403', async () => {
    const otherSiteId = t.deps.ids.next();
    await insertSite(t.deps.db, { id: otherSiteId, slug: 'log-other', name: 'Other', host: 'log-other.example.test', defaultLocale: 'en', isDefault: false, locales: ['en'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    const elsewhere = await append({ siteId: otherSiteId });
    expect((await get(moderator, '/admin/moderation/log')).body).not.toContain(`log-${elsewhere.id}`);
    expect((await get(moderator, `/admin/moderation/log?after=${elsewhere.id}`)).statusCode).toBe(200);
    const author = await signInAs(t, 'author');
    expect((await get(author, '/admin/moderation/log')).statusCode).toBe(403);
    const scoped = await signInAs(t, 'moderator');
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: scoped.userId, site_id: otherSiteId, locale: '*' }).execute();
    expect((await get(scoped, '/admin/moderation/log')).statusCode).toBe(403);
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: scoped.userId, site_id: siteId, locale: 'en' }).execute();
    expect((await get(scoped, '/admin/moderation/log')).statusCode).toBe(200);
    expect((await t.app.inject({ url: '/admin/moderation/log' })).headers.location).toBe('/admin/login?next=%2Fadmin%2Fmoderation%2Flog');
  });
});
