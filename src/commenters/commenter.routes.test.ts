// Bans and per-commenter pre-moderation on each engine: banning and pre-moderating from a
// comment (hashes, expiry from the clock, log entries), the list of bans, lifting and
// ending, the `back` address, bad input, other sites, permissions and moderator scopes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { insertSite } from '../sites/site.queries.ts';
import { findActiveBan, isPremoderated } from './commenter-standing.queries.ts';

const DAY = 86_400_000;

describe.each(engines)('commenter bans and pre-moderation on %s', (engine) => {
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

  const now = () => t.deps.clock.now().toISOString();
  const get = (agent: SignedIn, url: string) => t.app.inject({ url, headers: { cookie: agent.cookie } });
  const newComment = async (fields: { authorName?: string; authorEmail?: string; ip?: string; siteId?: string; sectionId?: string } = {}) => {
    const article = await createArticle(t.deps, { sectionId: fields.sectionId ?? sectionId, siteId: fields.siteId, slug: `commenters-${++n}` });
    const row = await createComment(t.deps, { articleId: article.id, status: 'pending', authorName: fields.authorName, authorEmail: fields.authorEmail ?? `reader-${n}@example.test`, ip: fields.ip });
    return row;
  };
  const logOf = (targetId: string) => t.deps.db.selectFrom('moderation_log').selectAll().where('target_id', '=', targetId).orderBy('created_at').orderBy('id').execute();
  const bansOf = (emailHash: string) => t.deps.db.selectFrom('commenter_bans').selectAll().where('email_hash', '=', emailHash).orderBy('created_at').execute();

  it('bans the comment’s author by email and IP hash until the chosen time, logs it, and goes back', async () => {
    const comment = await newComment({ ip: '198.51.100.7' });
    const res = await postForm(t, moderator, '/admin/moderation/ban', { comment: comment.id, duration: '7d', reason: 'Repeated insults', back: '/admin/moderation?tab=held' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/admin/moderation?tab=held&done=banned');
    const [ban] = await bansOf(comment.email_hash);
    expect(ban).toMatchObject({
      site_id: siteId, email_hash: comment.email_hash, ip_hash: comment.ip_hash, reason: 'Repeated insults', comment_id: comment.id,
      created_by: moderator.userId, created_at: now(), expires_at: new Date(t.deps.clock.now().getTime() + 7 * DAY).toISOString(), lifted_at: null,
    });
    const [entry] = await logOf(comment.email_hash);
    expect(entry).toMatchObject({
      site_id: siteId, actor_kind: 'staff', actor_id: moderator.userId, action: 'ban', target_kind: 'commenter',
      target_id: comment.email_hash, reason: 'Repeated insults', detail: '7 days', created_at: now(),
    });
    // Another address of the same commenter is covered by the email hash, another email by the IP hash.
    expect(await findActiveBan(t.deps.db, siteId, { emailHash: comment.email_hash, ipHash: 'elsewhere' }, now())).toMatchObject({ id: ban!.id });
    expect(await findActiveBan(t.deps.db, siteId, { emailHash: 'someone-else', ipHash: comment.ip_hash }, now())).toMatchObject({ id: ban!.id });
    t.deps.clock.advance(7 * DAY + 1);
    expect(await findActiveBan(t.deps.db, siteId, { emailHash: comment.email_hash, ipHash: 'x' }, now())).toBeUndefined();
  });

  it('banning a banned commenter again replaces the ban in force instead of stacking a second one', async () => {
    const comment = await newComment();
    for (const duration of ['7d', '30d']) {
      t.deps.clock.advance(1000); // the log reads in time order
      expect((await postForm(t, moderator, '/admin/moderation/ban', { comment: comment.id, duration, back: '/admin/moderation' })).statusCode).toBe(303);
    }
    const bans = await bansOf(comment.email_hash);
    expect(bans.filter((b) => b.lifted_at === null)).toHaveLength(1);
    expect(bans.find((b) => b.lifted_at === null)!.expires_at).toBe(new Date(t.deps.clock.now().getTime() + 30 * DAY).toISOString());
    expect((await logOf(comment.email_hash)).map((e) => e.detail)).toEqual(['7 days', '30 days, replacing the ban in force']);
  });

  it('bans permanently with no end, and accepts no reason', async () => {
    const comment = await newComment();
    const res = await postForm(t, moderator, '/admin/moderation/ban', { comment: comment.id, duration: 'permanent', back: '/admin/moderation' });
    expect(res.statusCode).toBe(303);
    const [ban] = await bansOf(comment.email_hash);
    expect(ban).toMatchObject({ expires_at: null, reason: '' });
    expect((await logOf(comment.email_hash))[0]).toMatchObject({ action: 'ban', reason: null, detail: 'permanent' });
  });

  it('goes back only to a same-site /admin/ path', async () => {
    for (const back of ['https://evil.example/admin/', '//evil.example/admin/', '/readers', '', '/admin/\\evil', 'javascript:alert(1)']) {
      const comment = await newComment();
      const res = await postForm(t, moderator, '/admin/moderation/premoderate', { comment: comment.id, duration: '1d', back });
      expect(res.statusCode, back).toBe(303);
      expect(res.headers.location, back).toBe('/admin/moderation?done=premoderated');
    }
  });

  it('refuses a bad duration, a missing comment or an overlong reason with 400 and a message, changing nothing', async () => {
    const comment = await newComment();
    const cases: Array<[Record<string, string>, string]> = [
      [{ comment: comment.id, duration: '2d' }, 'Choose how long: 1 day, 7 days, 30 days, 1 year or permanently.'],
      [{ comment: comment.id }, 'Choose how long'],
      [{ duration: '7d' }, 'Say which comment’s author this is about.'],
      [{ comment: comment.id, duration: '7d', reason: 'x'.repeat(501) }, 'Keep the reason to 500 characters or fewer.'],
    ];
    for (const [fields, message] of cases) {
      for (const url of ['/admin/moderation/ban', '/admin/moderation/premoderate']) {
        const res = await postForm(t, moderator, url, fields);
        expect(res.statusCode, `${url} ${JSON.stringify(fields).slice(0, 60)}`).toBe(400);
        expect(res.body).toContain(message);
      }
    }
    expect(await bansOf(comment.email_hash)).toEqual([]);
    expect(await isPremoderated(t.deps.db, siteId, comment.email_hash, now())).toBe(false);
    expect(await logOf(comment.email_hash)).toEqual([]);
  });

  it('pre-moderates a commenter for a time (a second order replaces the first), logged', async () => {
    const comment = await newComment();
    expect((await postForm(t, moderator, '/admin/moderation/premoderate', { comment: comment.id, duration: '30d', back: '/admin/moderation' })).statusCode).toBe(303);
    expect(await isPremoderated(t.deps.db, siteId, comment.email_hash, now())).toBe(true);
    expect(await isPremoderated(t.deps.db, siteId, comment.email_hash, new Date(t.deps.clock.now().getTime() + 31 * DAY).toISOString())).toBe(false);
    t.deps.clock.advance(1000);
    expect((await postForm(t, moderator, '/admin/moderation/premoderate', { comment: comment.id, duration: 'permanent', back: '/admin/moderation' })).statusCode).toBe(303);
    const rows = await t.deps.db.selectFrom('commenter_premoderation').selectAll().where('email_hash', '=', comment.email_hash).execute();
    expect(rows).toEqual([{ site_id: siteId, email_hash: comment.email_hash, until: null, created_by: moderator.userId, created_at: now() }]);
    const log = await logOf(comment.email_hash);
    expect(log.map((e) => [e.action, e.detail])).toEqual([['premoderate_commenter', '30 days'], ['premoderate_commenter', 'permanent']]);
  });

  it('lists bans and pre-moderated commenters with name and email from their latest comment; lifts and ends them', async () => {
    const first = await newComment({ authorName: 'Old name', authorEmail: 'troll@example.test' });
    t.deps.clock.advance(1000);
    const latest = await newComment({ authorName: '<i>Troll</i>', authorEmail: 'troll@example.test' });
    const quiet = await newComment({ authorName: 'Quiet Reader', authorEmail: 'quiet@example.test' });
    const brief = await newComment({ authorName: 'Brief Ban', authorEmail: 'brief@example.test' });
    await postForm(t, moderator, '/admin/moderation/ban', { comment: first.id, duration: '30d', reason: 'Slurs', back: '/admin/moderation' });
    await postForm(t, moderator, '/admin/moderation/ban', { comment: brief.id, duration: '1d', reason: 'Cool off', back: '/admin/moderation' });
    await postForm(t, moderator, '/admin/moderation/premoderate', { comment: quiet.id, duration: '7d', back: '/admin/moderation' });
    t.deps.clock.advance(DAY + 1); // the 1-day ban expires
    const page = await get(moderator, '/admin/moderation/bans');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    const [troll] = await bansOf(latest.email_hash);
    const active = /<table id="active-bans">[\s\S]*?<\/table>/.exec(page.body)![0];
    expect(active).toContain(`data-ban-id="${troll!.id}"`);
    expect(active).toContain('&lt;i>Troll&lt;/i>');
    expect(active).not.toContain('Old name');
    expect(active).toContain('troll@example.test');
    expect(active).toContain('Slurs');
    expect(active).not.toContain('Brief Ban');
    const ended = /<table id="ended-bans">[\s\S]*?<\/table>/.exec(page.body)![0];
    expect(ended).toMatch(/data-ended="expired"[\s\S]*Brief Ban/);
    const premoderated = /<table id="premoderated">[\s\S]*?<\/table>/.exec(page.body)![0];
    expect(premoderated).toContain(`data-commenter="${quiet.email_hash}"`);
    expect(premoderated).toContain('quiet@example.test');

    const lift = await postForm(t, moderator, `/admin/moderation/bans/${troll!.id}/lift`);
    expect(lift.headers.location).toBe('/admin/moderation/bans?done=lifted');
    expect((await bansOf(latest.email_hash))[0]).toMatchObject({ lifted_at: now(), lifted_by: moderator.userId });
    expect((await logOf(latest.email_hash)).map((e) => e.action)).toEqual(['ban', 'lift_ban']);
    expect((await postForm(t, moderator, `/admin/moderation/bans/${troll!.id}/lift`)).headers.location).toBe('/admin/moderation/bans?done=unchanged');
    expect((await logOf(latest.email_hash)).map((e) => e.action)).toEqual(['ban', 'lift_ban']);
    const after = await get(moderator, '/admin/moderation/bans?done=lifted');
    expect(after.body).toContain('Ban lifted.');
    expect(/<table id="ended-bans">[\s\S]*?<\/table>/.exec(after.body)![0]).toContain(`data-ban-id="${troll!.id}" data-commenter="${latest.email_hash}" data-ended="lifted"`);

    const end = await postForm(t, moderator, '/admin/moderation/premoderation/end', { commenter: quiet.email_hash, back: '/admin/moderation/bans?done=ended' });
    expect(end.headers.location).toBe('/admin/moderation/bans?done=ended');
    expect(await isPremoderated(t.deps.db, siteId, quiet.email_hash, now())).toBe(false);
    expect((await logOf(quiet.email_hash)).map((e) => e.action)).toEqual(['premoderate_commenter', 'end_premoderation']);
    expect((await get(moderator, '/admin/moderation/bans')).body).not.toContain(`data-commenter="${quiet.email_hash}"`);
    expect((await postForm(t, moderator, '/admin/moderation/premoderation/end', { commenter: '' })).statusCode).toBe(400);
    expect((await postForm(t, moderator, '/admin/moderation/bans/no-such-ban/lift')).statusCode).toBe(404);
  });

  it('keeps other sites out (404), and is for comment.moderate within the moderator’s scope (403)', async () => {
    const otherSiteId = t.deps.ids.next();
    await insertSite(t.deps.db, { id: otherSiteId, slug: 'commenters-other', name: 'Other', host: 'commenters-other.example.test', defaultLocale: 'ru', isDefault: false, locales: ['ru'], createdAt: now() });
    t.deps.sites.reload();
    const otherSection = await createSection(t.deps, { siteId: otherSiteId, name: 'Elsewhere' });
    const foreign = await newComment({ siteId: otherSiteId, sectionId: otherSection.id });
    expect((await postForm(t, moderator, '/admin/moderation/ban', { comment: foreign.id, duration: '7d' })).statusCode).toBe(404);
    expect((await postForm(t, moderator, '/admin/moderation/premoderate', { comment: foreign.id, duration: '7d' })).statusCode).toBe(404);
    await t.deps.db.insertInto('commenter_bans').values({ id: 'foreign-ban', site_id: otherSiteId, email_hash: foreign.email_hash, ip_hash: null, reason: '', comment_id: null, created_by: null, created_at: now(), expires_at: null, lifted_at: null, lifted_by: null }).execute();
    expect((await postForm(t, moderator, '/admin/moderation/bans/foreign-ban/lift')).statusCode).toBe(404);
    expect(await bansOf(foreign.email_hash)).toMatchObject([{ lifted_at: null }]);

    const comment = await newComment();
    const author = await signInAs(t, 'author');
    expect((await get(author, '/admin/moderation/bans')).statusCode).toBe(403);
    expect((await postForm(t, author, '/admin/moderation/ban', { comment: comment.id, duration: '7d' })).statusCode).toBe(403);
    const elsewhere = await signInAs(t, 'moderator');
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: elsewhere.userId, site_id: otherSiteId, locale: '*' }).execute();
    expect((await get(elsewhere, '/admin/moderation/bans')).statusCode).toBe(403);
    expect((await postForm(t, elsewhere, '/admin/moderation/ban', { comment: comment.id, duration: '7d' })).statusCode).toBe(403);
    const russianOnly = await signInAs(t, 'moderator');
    await t.deps.db.insertInto('moderator_scopes').values({ user_id: russianOnly.userId, site_id: siteId, locale: 'ru' }).execute();
    // Bans hold in every language: a moderator of one language can neither list nor end them.
    expect((await get(russianOnly, '/admin/moderation/bans')).statusCode).toBe(403);
    expect((await postForm(t, russianOnly, '/admin/moderation/premoderation/end', { commenter: comment.email_hash })).statusCode).toBe(403);
    expect((await postForm(t, russianOnly, '/admin/moderation/bans/some-ban/lift', {})).statusCode).toBe(403);
    expect((await postForm(t, russianOnly, '/admin/moderation/ban', { comment: comment.id, duration: '7d' })).statusCode).toBe(403);
    expect(await bansOf(comment.email_hash)).toEqual([]);
    expect((await t.app.inject({ method: 'POST', url: '/admin/moderation/ban', payload: { comment: comment.id, duration: '7d' } })).statusCode).toBe(403);
  });
});
