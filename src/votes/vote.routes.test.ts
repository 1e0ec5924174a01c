import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { cookiesFrom } from '../../test/login.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { signInAs } from '../accounts/sign-in.testkit.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { READER_COOKIE } from '../readers/reader-cookie.ts';

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JSON_ACCEPT = { ...FORM, accept: 'application/json' };

describe.each(engines)('article votes on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let serial = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
  });
  afterAll(async () => { await t.close(); });

  async function article(fields: { locale?: string; status?: 'published' | 'draft' | 'unpublished' } = {}) {
    serial++;
    return createArticle(t.deps, { sectionId, headline: `Vote test article ${serial}`, locale: fields.locale, status: fields.status });
  }

  function vote(slug: string, value: string, options: { cookie?: string; json?: boolean; origin?: string; ip?: string; locale?: string; fetchSite?: string } = {}) {
    return t.app.inject({
      method: 'POST', url: `/${options.locale ?? 'en'}/articles/${slug}/vote`, payload: `value=${encodeURIComponent(value)}`,
      remoteAddress: options.ip ?? '192.0.2.1',
      headers: { ...(options.json ? JSON_ACCEPT : FORM), ...(options.cookie ? { cookie: options.cookie } : {}), ...(options.origin ? { origin: options.origin } : {}),
        ...(options.fetchSite ? { 'sec-fetch-site': options.fetchSite } : {}) },
    });
  }

  const page = (url: string, cookie?: string) => t.app.inject({ url, headers: cookie ? { cookie } : {} });
  const tally = async (articleId: string) => {
    const counts = await findCounts(t.deps.db, articleId);
    return { yes: counts.votesYes, no: counts.votesNo };
  };

  it('stores who voted as a keyed hash, never the reader id that comments carry', async () => {
    const a = await article();
    const res = await vote(a.slug, 'yes');
    const cookie = cookiesFrom(res.headers['set-cookie']);
    const readerId = decodeURIComponent(cookie.split(`${READER_COOKIE}=`)[1]!.split(';')[0]!).split('.')[0]!;
    expect(readerId).toMatch(/^[\w-]{16,40}$/);
    const rows = await t.deps.db.selectFrom('article_votes').select('reader_id').where('article_id', '=', a.id).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.reader_id).not.toBe(readerId);
    expect(rows[0]!.reader_id).not.toContain(readerId);
    // And the same reader still sees their own vote.
    expect((await page(`/en/articles/${a.slug}`, cookie)).body).toContain('aria-pressed="true"');
  });

  it('counts a vote sent without JavaScript and returns to the vote with the reader cookie', async () => {
    const a = await article();
    const res = await vote(a.slug, 'yes');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`/en/articles/${a.slug}#reactions`);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(String(res.headers['set-cookie'])).toContain(`${READER_COOKIE}=`);
    expect(String(res.headers['set-cookie'])).toMatch(/HttpOnly/i);
    expect(await tally(a.id)).toEqual({ yes: 1, no: 0 });
  });

  it('shows the voter their answer and the counts in a private render; everyone else gets the cached buttons only', async () => {
    const a = await article();
    const url = `/en/articles/${a.slug}`;
    const shared = await page(url);
    expect(shared.statusCode).toBe(200);
    expect(shared.headers['cache-control']).toMatch(/^public/);
    expect(shared.body).toContain('<h2 id="vote-heading">Do you like this article?</h2>');
    // data-words: the island's words, plural forms already chosen (vote.messages.ts voteWordsFor).
    expect(shared.body).toContain(`<form class="vote-form" method="post" action="/en/articles/${a.slug}/vote" aria-labelledby="vote-heading" data-words="{&quot;mine&quot;:`);
    expect(shared.body).toContain('<button type="submit" name="value" value="yes" class="vote-button" aria-pressed="false">Yes</button>');
    expect(shared.body).toContain('<button type="submit" name="value" value="no" class="vote-button" aria-pressed="false">No</button>');
    expect(shared.body).toContain('<div class="vote-result" data-vote-result aria-live="polite"></div>');

    const cookie = cookiesFrom((await vote(a.slug, 'yes')).headers['set-cookie']);
    await vote(a.slug, 'no', { cookie: 'x=1' }); // another reader (no reader cookie)
    const mine = await page(url, cookie);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['cache-control']).toBe('private, no-store');
    expect(mine.body).toContain('value="yes" class="vote-button" aria-pressed="true">Yes</button>');
    expect(mine.body).toContain('value="no" class="vote-button" aria-pressed="false">No</button>');
    expect(mine.body).toContain('<p class="vote-mine">You voted Yes. You can change your vote.</p>');
    expect(mine.body).toContain('<li data-vote-count="yes">1 reader said yes <span class="vote-share">50%</span>');
    expect(mine.body).toContain('<li data-vote-count="no">1 reader said no <span class="vote-share">50%</span>');

    // Voting did not drop the shared page, and it still shows no counts.
    const siteId = await defaultSiteId(t.deps);
    expect(t.deps.pageCache.get(siteId, url)).toBeDefined();
    const again = await page(url);
    expect(again.headers['cache-control']).toMatch(/^public/);
    expect(again.headers.etag).toBe(shared.headers.etag);
    // (The island's words on the form hold the forms "# readers said yes", never a count.)
    expect(again.body).not.toMatch(/\d readers? said yes/);
    expect(again.body).not.toContain('<li data-vote-count');
  });

  it('moves the count when a reader changes their vote, and never stacks a repeated one', async () => {
    const a = await article();
    const cookie = cookiesFrom((await vote(a.slug, 'yes')).headers['set-cookie']);
    expect(await tally(a.id)).toEqual({ yes: 1, no: 0 });
    await vote(a.slug, 'no', { cookie });
    expect(await tally(a.id)).toEqual({ yes: 0, no: 1 });
    await vote(a.slug, 'no', { cookie });
    await vote(a.slug, 'no', { cookie });
    expect(await tally(a.id)).toEqual({ yes: 0, no: 1 });
    const html = (await page(`/en/articles/${a.slug}`, cookie)).body;
    expect(html).toContain('value="no" class="vote-button" aria-pressed="true">No</button>');
    expect(html).toContain('0 readers said yes <span class="vote-share">0%</span>');
    expect(html).toContain('1 reader said no <span class="vote-share">100%</span>');
    const second = await vote(a.slug, 'yes');
    expect(second.statusCode).toBe(303);
    expect(await tally(a.id)).toEqual({ yes: 1, no: 1 });
    const rows = await t.deps.db.selectFrom('article_votes').select(['value']).where('article_id', '=', a.id).execute();
    expect(rows.map((r) => r.value).sort()).toEqual([-1, 1]);
  });

  it('counts 50 concurrent votes from 50 readers exactly', async () => {
    const a = await article();
    const answers = await Promise.all(Array.from({ length: 50 }, (_, i) => vote(a.slug, i % 5 === 0 ? 'no' : 'yes', { ip: '198.51.100.7' })));
    expect(answers.map((r) => r.statusCode)).toEqual(Array(50).fill(303));
    expect(await tally(a.id)).toEqual({ yes: 40, no: 10 });
    const rows = await t.deps.db.selectFrom('article_votes').select('reader_id').where('article_id', '=', a.id).execute();
    expect(new Set(rows.map((r) => r.reader_id)).size).toBe(50);
  });

  it('keeps one vote and matching counts when one reader sends many changes at once', async () => {
    const a = await article();
    const cookie = cookiesFrom((await vote(a.slug, 'yes')).headers['set-cookie']);
    await Promise.all(Array.from({ length: 40 }, (_, i) => vote(a.slug, i % 2 ? 'yes' : 'no', { cookie, ip: '198.51.100.8' })));
    const rows = await t.deps.db.selectFrom('article_votes').select('value').where('article_id', '=', a.id).execute();
    expect(rows).toHaveLength(1);
    expect(await tally(a.id)).toEqual(rows[0]!.value === 1 ? { yes: 1, no: 0 } : { yes: 0, no: 1 });
  });

  it('answers a vote sent by the island with JSON, and sets the cookie', async () => {
    const a = await article();
    const res = await vote(a.slug, 'yes', { json: true });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({ vote: 'yes', counts: { yes: 1, no: 0 } });
    const cookie = cookiesFrom(res.headers['set-cookie']);
    expect(cookie).toContain(`${READER_COOKIE}=`);
    expect((await vote(a.slug, 'no', { json: true, cookie })).json()).toEqual({ vote: 'no', counts: { yes: 0, no: 1 } });
    expect((await vote(a.slug, 'no', { json: true, cookie })).json()).toEqual({ vote: 'no', counts: { yes: 0, no: 1 } });
  });

  it('refuses a vote from another site (403) and counts nothing', async () => {
    const a = await article();
    const res = await vote(a.slug, 'yes', { origin: 'https://evil.example' });
    expect(res.statusCode).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(await tally(a.id)).toEqual({ yes: 0, no: 0 });
    expect((await vote(a.slug, 'yes', { fetchSite: 'cross-site' })).statusCode).toBe(403);
    expect(await tally(a.id)).toEqual({ yes: 0, no: 0 });
    const sameSite = await vote(a.slug, 'yes', { fetchSite: 'same-origin' });
    expect(sameSite.statusCode).toBe(303);
  });

  it.each([['maybe'], [''], ['YES'], ['<script>alert(1)</script>']])('answers 400 with a clear page for the value %j', async (value) => {
    const a = await article();
    const res = await vote(a.slug, value);
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('<h1>Your vote was not counted</h1>');
    expect(res.body).toContain('Choose Yes or No to vote.');
    expect(res.body).toContain(`<a href="/en/articles/${a.slug}#reactions">Back to the article</a>`);
    expect(res.body).not.toContain('<script>alert');
    expect(await tally(a.id)).toEqual({ yes: 0, no: 0 });
  });

  it('answers 400 for a missing or repeated value, in JSON for the island', async () => {
    const a = await article();
    const json = await vote(a.slug, 'perhaps', { json: true });
    expect(json.statusCode).toBe(400);
    expect(json.json()).toEqual({ error: { code: 'invalid_vote', message: 'Choose Yes or No to vote.' } });
    const repeated = await t.app.inject({ method: 'POST', url: `/en/articles/${a.slug}/vote`, headers: FORM, payload: 'value=yes&value=no' });
    expect(repeated.statusCode).toBe(400);
    const empty = await t.app.inject({ method: 'POST', url: `/en/articles/${a.slug}/vote` });
    expect(empty.statusCode).toBe(400);
    const jsonBody = await t.app.inject({ method: 'POST', url: `/en/articles/${a.slug}/vote`, headers: { 'content-type': 'application/json' }, payload: '{"value":["yes"]}' });
    expect(jsonBody.statusCode).toBe(400);
    expect(await tally(a.id)).toEqual({ yes: 0, no: 0 });
  });

  it('answers 404 for unknown, unpublished and draft articles and unknown locales', async () => {
    const draft = await article({ status: 'draft' });
    const gone = await article({ status: 'unpublished' });
    for (const slug of ['no-such-article', draft.slug, gone.slug]) {
      expect((await vote(slug, 'yes')).statusCode).toBe(404);
      const json = await vote(slug, 'yes', { json: true });
      expect(json.statusCode).toBe(404);
      expect(json.json().error.code).toBe('not_found');
    }
    const published = await article();
    expect((await vote(published.slug, 'yes', { locale: 'de' })).statusCode).toBe(404);
    expect((await vote(published.slug, 'yes', { locale: 'ru' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: `/en/articles/${published.slug}/vote` })).statusCode).toBe(404);
  });

  it('speaks Russian on a Russian article, with Russian plurals', async () => {
    const a = await article({ locale: 'ru' });
    const url = `/ru/articles/${a.slug}`;
    const shared = (await page(url)).body;
    expect(shared).toContain('Вам понравилась эта статья?');
    expect(shared).toContain('aria-pressed="false">Да</button>');
    expect(shared).toContain('aria-pressed="false">Нет</button>');
    await Promise.all(Array.from({ length: 4 }, () => vote(a.slug, 'no', { locale: 'ru' })));
    const cookie = cookiesFrom((await vote(a.slug, 'yes', { locale: 'ru' })).headers['set-cookie']);
    const html = (await page(url, cookie)).body;
    expect(html).toContain('Ваш ответ: «Да». Вы можете изменить свой ответ.');
    expect(html).toContain('1 читатель ответил «да» <span class="vote-share">20\u00a0%</span>');
    expect(html).toContain('4 читателя ответили «нет» <span class="vote-share">80\u00a0%</span>');
    const bad = await vote(a.slug, 'да', { locale: 'ru' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Чтобы проголосовать, выберите «Да» или «Нет».');
  });

  it('shows each article\'s votes in the admin article list', async () => {
    const a = await article();
    await vote(a.slug, 'yes');
    await vote(a.slug, 'yes');
    await vote(a.slug, 'no');
    const editor = await signInAs(t, 'editor');
    const list = await t.app.inject({ url: '/admin/articles?q=' + encodeURIComponent(a.headline), headers: { cookie: editor.cookie } });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain('<th scope="col">Reader votes</th>');
    expect(list.body).toContain('<td>2 yes · 1 no</td>');
  });
});

describe.each(engines)('vote rate limit on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine, { voteRateLimit: 2 }); });
  afterAll(async () => { await t.close(); });

  it('answers 429 saying when to try again, as a page or as JSON, and lets votes in after the hour', async () => {
    const sectionId = (await createSection(t.deps)).id;
    const a = await createArticle(t.deps, { sectionId, headline: 'Limited' });
    const post = (json = false, ip = '203.0.113.9') => t.app.inject({
      method: 'POST', url: `/en/articles/${a.slug}/vote`, payload: 'value=yes', remoteAddress: ip,
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(json ? { accept: 'application/json' } : {}) },
    });
    expect((await post()).statusCode).toBe(303);
    expect((await post()).statusCode).toBe(303);
    t.deps.clock.advance(15 * 60_000);
    const page = await post();
    expect(page.statusCode).toBe(429);
    expect(page.headers['retry-after']).toBe('2700');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('<h1>Too many votes</h1>');
    expect(page.body).toContain('Please try again in 45 minutes.');
    const json = await post(true);
    expect(json.statusCode).toBe(429);
    expect(json.json()).toEqual({ error: { code: 'rate_limited', message: expect.stringContaining('in 45 minutes'), retryAfterSeconds: 2700 } });
    expect((await post(false, '203.0.113.10')).statusCode).toBe(303); // another network is not limited
    expect((await findCounts(t.deps.db, a.id)).votesYes).toBe(3);
    t.deps.clock.advance(45 * 60_000);
    expect((await post()).statusCode).toBe(303);
  });
});
