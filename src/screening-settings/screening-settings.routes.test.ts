// /admin/settings/screening on each engine: admins only; thresholds and limits saved (× 10,000) and logged; the
// site's words change what screenText finds; the try box shows the verdict; bad input re-shown with a 400.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { defaultSiteId } from '../../test/factories.ts';
import { postForm, signInAs, type SignedIn } from '../accounts/sign-in.testkit.ts';
import { englishWordsIn } from '../admin/english-left.testkit.ts';
import { upsertScreeningSettings } from './screening-settings.queries.ts';
import { loadSiteScreening, screenText, SITE_SCREENING_TTL_MS } from './site-screening.ts';

const PATH = '/admin/settings/screening';
const SETTINGS = { hold: '0.40', reject: '0.90', reportThreshold: '3', newCommenterApprovals: '0', blockedDomains: '' };
const BLORF = { kind: 'block', language: 'en', term: 'blorf', category: 'profanity', severity: '3', match: 'word' };

describe.each(engines)('/admin/settings/screening on %s', (engine) => {
  let t: TestContext;
  let admin: SignedIn;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine, { loginRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    admin = await signInAs(t, 'admin');
  });
  afterAll(async () => { await t.close(); });

  const page = () => t.app.inject({ url: PATH, headers: { cookie: admin.cookie } });
  const stored = () => t.deps.db.selectFrom('screening_settings').selectAll().where('site_id', '=', siteId).executeTakeFirst();
  const logRows = (action: string) => t.deps.db.selectFrom('moderation_log').select(['actor_kind', 'actor_id', 'target_kind', 'target_id', 'detail'])
    .where('site_id', '=', siteId).where('action', '=', action).orderBy('created_at').orderBy('id').execute();
  const screen = async (text: string) => screenText(await loadSiteScreening(t.deps.db, siteId, t.deps.clock), { text, authorName: 'x', now: t.deps.clock.now() });
  const terms = () => t.deps.db.selectFrom('screening_terms').select(['id', 'term', 'kind', 'language']).where('site_id', '=', siteId).execute();

  it('is for admins only', async () => {
    for (const role of ['editor', 'moderator'] as const) {
      const agent = await signInAs(t, role);
      expect((await t.app.inject({ url: PATH, headers: { cookie: agent.cookie } })).statusCode).toBe(403);
      expect((await postForm(t, agent, PATH, { ...SETTINGS, hold: '0.2' })).statusCode).toBe(403);
      expect((await postForm(t, agent, `${PATH}/terms`, BLORF)).statusCode).toBe(403);
      expect((await postForm(t, agent, `${PATH}/try`, { text: 'hello' })).statusCode).toBe(403);
    }
    expect(await stored()).toBeUndefined();
    expect((await t.app.inject({ url: PATH })).headers.location).toMatch(/^\/admin\/login\?next=/);
  });

  it('shows the defaults, its stylesheet and a CSRF field in every form', async () => {
    const res = await page();
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('href="/assets/screening-settings.css"');
    expect(res.body).toMatch(/name="hold" type="text" value="0.40"/);
    expect(res.body).toMatch(/name="reject" type="text" value="0.90"/);
    expect(res.body).toMatch(/name="reportThreshold" type="number" value="3"/);
    expect(res.body).toMatch(/name="newCommenterApprovals" type="number" value="0"/);
    const forms = res.body.match(/<form [^>]*>[\s\S]*?<\/form>/g) ?? [];
    expect(forms.length).toBeGreaterThanOrEqual(4); // logout, settings, add word, try
    for (const form of forms) expect(form).toContain(`name="_csrf" value="${admin.csrf}"`);
  });

  it('saves thresholds and limits × 10,000, logs each change and applies it at once', async () => {
    expect((await loadSiteScreening(t.deps.db, siteId, t.deps.clock)).thresholds).toEqual({ hold: 0.4, reject: 0.9 });
    const res = await postForm(t, admin, PATH, { hold: '0.35', reject: '.8', reportThreshold: '5', newCommenterApprovals: '2', blockedDomains: 'https://www.Casino.example/promo\nspam.example\ncasino.example' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${PATH}?done=saved`);
    expect(await stored()).toMatchObject({ hold_threshold: 3500, reject_threshold: 8000, report_threshold: 5, new_commenter_approvals: 2, blocked_domains: 'casino.example\nspam.example', updated_by: admin.userId });
    expect(await loadSiteScreening(t.deps.db, siteId, t.deps.clock)).toMatchObject({ thresholds: { hold: 0.35, reject: 0.8 }, reportThreshold: 5, newCommenterApprovals: 2, blockedDomains: ['casino.example', 'spam.example'] });
    expect((await screen('see https://shop.casino.example/x')).verdicts.map((v) => v.reason)).toContain('blocked_domain');
    expect((await logRows('settings_change')).map((row) => row.detail).sort()).toEqual([
      'hold 0.40 → 0.35', 'reject 0.90 → 0.80', 'report threshold 3 → 5', 'new-commenter approvals 0 → 2', 'blocked domains +casino.example +spam.example',
    ].sort());
    expect(await logRows('settings_change')).toContainEqual(expect.objectContaining({ actor_kind: 'staff', actor_id: admin.userId, target_kind: 'site', target_id: siteId }));
    const shown = await t.app.inject({ url: res.headers.location!, headers: { cookie: admin.cookie } });
    expect(shown.body).toContain('Screening settings saved.');
    expect(shown.body).toMatch(/name="hold" type="text" value="0.35"/);
    // The same values again change nothing and log nothing.
    const again = await postForm(t, admin, PATH, { hold: '0.35', reject: '0.8', reportThreshold: '5', newCommenterApprovals: '2', blockedDomains: 'casino.example\nspam.example' });
    expect(again.headers.location).toBe(`${PATH}?done=unchanged`);
    expect(await logRows('settings_change')).toHaveLength(5);
  });

  it.each([
    [{ hold: '0' }, 'hold'], [{ hold: '1.5' }, 'hold'], [{ hold: 'half' }, 'hold'], [{ hold: '0.95' }, 'hold'],
    [{ reject: '' }, 'reject'], [{ reportThreshold: '0' }, 'reportThreshold'], [{ reportThreshold: '2.5' }, 'reportThreshold'],
    [{ newCommenterApprovals: '-1' }, 'newCommenterApprovals'], [{ blockedDomains: 'good.example\nnot a domain' }, 'blockedDomains'],
  ])('refuses %j with 400, the typed values kept and nothing changed', async (change, field) => {
    const before = await stored();
    const logged = (await logRows('settings_change')).length;
    const typed: Record<string, string> = { ...SETTINGS, hold: '0.3', newCommenterApprovals: '4', blockedDomains: 'kept.example', ...change };
    const res = await postForm(t, admin, PATH, typed);
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain(`href="#field-${field}"`);
    expect(res.body).toContain(`id="field-${field}-error"`);
    for (const [name, value] of Object.entries(typed)) {
      if (name === 'blockedDomains') expect(res.body).toContain(`${value}</textarea>`);
      else if (value === '') expect(res.body).toMatch(new RegExp(`name="${name}" type="(text|number)" value[ />]`));
      else expect(res.body).toMatch(new RegExp(`name="${name}" type="(text|number)" value="${value.replace('.', '\\.')}"`));
    }
    expect(await stored()).toEqual(before);
    expect(await logRows('settings_change')).toHaveLength(logged);
  });

  it('adds a flagged word that screenText then finds, and logs it', async () => {
    expect((await screen('you blorf')).outcome).toBe('approve');
    const res = await postForm(t, admin, `${PATH}/terms`, { ...BLORF, term: 'Blorf' });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${PATH}?done=added#screening-terms`);
    const result = await screen('you b l o r f');
    expect(result.outcome).toBe('reject');
    expect(result.verdicts[0]).toMatchObject({ reason: 'profanity', evidence: [{ text: 'b l o r f' }] });
    expect((await logRows('term_add')).map((row) => row.detail)).toEqual(['en “blorf” (profanity, severity 3, word)']);
    const shown = await page();
    expect(shown.body).toMatch(/<li class="screening-term screening-term-block" data-term-id="[^"]+" data-kind="block"><span class="screening-term-word" lang="en">blorf<\/span>/);
  });

  it('refuses a duplicate or malformed word with 400 and the input kept', async () => {
    const count = (await terms()).length;
    const duplicate = await postForm(t, admin, `${PATH}/terms`, BLORF);
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.body).toContain('is already on this site');
    expect(duplicate.body).toMatch(/name="term" type="text" value="blorf"/);
    const spaced = await postForm(t, admin, `${PATH}/terms`, { ...BLORF, term: 'two words', severity: '9' });
    expect(spaced.statusCode).toBe(400);
    expect(spaced.body).toContain('id="field-term-error"');
    expect(spaced.body).toContain('id="field-severity-error"');
    expect(spaced.body).toMatch(/value="two words"/);
    expect((await terms()).length).toBe(count);
    expect(await logRows('term_add')).toHaveLength(1);
  });

  it('lets an allow word stop a shipped match, and removing it brings the match back', async () => {
    expect((await screen('what a bastard')).verdicts.map((v) => v.reason)).toEqual(['profanity']);
    expect((await postForm(t, admin, `${PATH}/terms`, { kind: 'allow', language: 'en', term: 'bastard' })).statusCode).toBe(303);
    expect((await screen('what a bastard')).verdicts).toEqual([]);
    const allow = (await terms()).find((row) => row.kind === 'allow')!;
    const res = await postForm(t, admin, `${PATH}/terms/${allow.id}/remove`);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${PATH}?done=removed#screening-terms`);
    expect((await screen('what a bastard')).verdicts.map((v) => v.reason)).toEqual(['profanity']);
    expect((await logRows('term_remove')).map((row) => row.detail)).toEqual(['allow en “bastard”']);
    const gone = await postForm(t, admin, `${PATH}/terms/${allow.id}/remove`);
    expect(gone.headers.location).toBe(`${PATH}?done=gone#screening-terms`);
    expect(await logRows('term_remove')).toHaveLength(1);
  });

  it('tries a comment: verdict, score, language and the matched words marked, text kept', async () => {
    const text = 'Ты с у к а, <b>blorf</b>';
    const res = await postForm(t, admin, `${PATH}/try`, { text, language: '' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/id="screening-try-result" class="[^"]*" data-verdict="reject"/);
    expect(res.body).toContain('data-lang="und"'); // Cyrillic and Latin mixed: every lexicon applies
    expect(res.body).toMatch(/data-score="0\.\d+"/);
    expect(res.body).toContain('<li data-code="profanity">');
    expect(res.body).toContain('<mark class="screening-match">с у к а</mark>');
    expect(res.body).toContain('<mark class="screening-match">blorf</mark>');
    expect(res.body).not.toContain('<b>blorf');
    expect(res.body).toContain('>Ты с у к а, &lt;b>blorf&lt;/b></textarea>');
    const russian = await postForm(t, admin, `${PATH}/try`, { text: 'Ну ты и сука' });
    expect(russian.body).toContain('data-verdict="hold"');
    expect(russian.body).toContain('data-lang="ru"');
    const clean = await postForm(t, admin, `${PATH}/try`, { text: 'Спасибо за статью!', language: 'kk' });
    expect(clean.body).toContain('data-verdict="approve"');
    expect(clean.body).toContain('data-lang="kk"');
    expect(clean.body).toMatch(/<option value="kk" selected/);
    const empty = await postForm(t, admin, `${PATH}/try`, { text: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('id="field-try-text-error"');
  });

  it('picks up a change made by another node within 30 seconds', async () => {
    const before = await loadSiteScreening(t.deps.db, siteId, t.deps.clock);
    await upsertScreeningSettings(t.deps.db, siteId, { ...before, reportThreshold: 9 }, { userId: null, at: t.deps.clock.now().toISOString() });
    expect((await loadSiteScreening(t.deps.db, siteId, t.deps.clock)).reportThreshold).toBe(before.reportThreshold);
    t.deps.clock.advance(SITE_SCREENING_TTL_MS);
    const after = await loadSiteScreening(t.deps.db, siteId, t.deps.clock);
    expect(after.reportThreshold).toBe(9);
    expect(after.lexicons).toBe(before.lexicons); // same words: the compiled lexicons are kept
  });

  it('speaks Russian to a Russian admin: the page, its errors and the try box’s verdict', async () => {
    const ru = { cookie: admin.cookie, 'accept-language': 'ru' };
    const post = (url: string, fields: Record<string, string>) => t.app.inject({
      method: 'POST', url, headers: { ...ru, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: admin.csrf, ...fields }).toString(),
    });
    // Data, not interface: the site's name and words, language tags, example domains and disguised spellings in the hints, the admin's name.
    const siteName = (await t.deps.sites.byId(siteId))!.name;
    const data = async () => [...(await terms()).map((row) => row.term), ...siteName.split(' '), 'uz-Latn', 'uz-Cyrl', 'casino', 'example', 'tch', 'admin'];
    const shown = await t.app.inject({ url: PATH, headers: ru });
    expect(shown.body).toContain('<html lang="ru"');
    expect(shown.body).toContain('<title>Автопроверка · Serai: управление</title>');
    expect(shown.body).toContain('<h2 id="screening-thresholds-heading">Пороги и ограничения</h2>');
    expect(shown.body).toContain('<option value="uz-Latn">Узбекский (латиница) (uz-Latn)</option>');
    expect(englishWordsIn(shown.body, await data())).toEqual([]);
    const bad = await post(PATH, { ...SETTINGS, hold: '0,95', reportThreshold: '0', blockedDomains: 'not a domain' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Порог задержки не может быть выше порога отклонения.');
    expect(bad.body).toContain('Введите целое число жалоб от 1 до 100.');
    expect(bad.body).toContain('«not a domain» — не доменное имя.');
    expect(englishWordsIn(bad.body, [...await data(), 'not', 'domain'])).toEqual([]);
    const word = await post(`${PATH}/terms`, { ...BLORF, term: 'a', category: 'rude' });
    expect(word.statusCode).toBe(400);
    expect(word.body).toContain('В нежелательном слове должно быть не меньше 2 букв');
    expect(word.body).toContain('Выберите категорию из списка.');
    expect(englishWordsIn(word.body, await data())).toEqual([]);
    const tried = await post(`${PATH}/try`, { text: 'Ну ты и сука, звони +7 701 123 45 67', language: '' });
    expect(tried.statusCode).toBe(200);
    expect(tried.body).toMatch(/data-verdict="(hold|reject)"/);
    expect(tried.body).toMatch(/<dd class="screening-try-verdict">(Задержать|Отклонить): комментарий /);
    expect(tried.body).toMatch(/<dd class="screening-try-score" data-score="0\.\d+">0,\d+<\/dd>/);
    expect(tried.body).toContain('<dd class="screening-try-lang" data-lang="ru">Русский (ru)</dd>');
    expect(tried.body).toContain('<li data-code="profanity"><span class="screening-reason-label">Брань или оскорбление</span>');
    expect(tried.body).toContain('<li data-code="phone_number"><span class="screening-reason-label">Номер телефона</span>');
    expect(englishWordsIn(tried.body, await data())).toEqual([]);
    const clean = await post(`${PATH}/try`, { text: 'Спасибо за статью!' });
    expect(clean.body).toContain('<dd class="screening-try-verdict">Одобрить: комментарий будет опубликован');
    expect(clean.body).toContain('Причин нет: в тексте ничего не отмечено.');
    const empty = await post(`${PATH}/try`, { text: '' });
    expect(empty.body).toContain('Введите комментарий для проверки.');
  });

  it('refuses a post without the CSRF token', async () => {
    const res = await t.app.inject({ method: 'POST', url: `${PATH}/terms`, headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'kind=allow&language=en&term=zzz' });
    expect(res.statusCode).toBe(403);
    expect((await terms()).some((row) => row.term === 'zzz')).toBe(false);
  });
});
