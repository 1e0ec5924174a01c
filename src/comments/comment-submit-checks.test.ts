// What a comment submission is refused for, on each engine: the 1500-character limit as
// readers count it, the byte cap, field errors, the honeypot, the minimum time, forged or
// stale tokens, rate limits with Retry-After, and the same text twice in a day. Every
// refusal re-shows the form with the reader's text kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { articleUrl } from '../lib/urls.ts';
import { postComment, tokenFor, tokenIn, type CommentFields } from './comment-submit.testkit.ts';
import { mintExactFormToken, mintFormToken, readFormToken } from './form-token.ts';

const FAMILY = '👨‍👩‍👧‍👦';
const MINUTE = 60_000;

describe.each(engines)('comment submission checks on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { commentRateLimit: 3, commentEmailRateLimit: 2, commentMinSeconds: 5 });
    sectionId = (await createSection(t.deps)).id;
  });
  afterAll(async () => { await t.close(); });

  async function newArticle() {
    const article = await createArticle(t.deps, { sectionId, slug: `story-${++n}` });
    return { ...article, path: articleUrl('en', article.slug) };
  }
  /** Each test posts from its own address, so the per-IP limit is only met where it is tested. */
  const ip = () => `203.0.113.${++n % 250}`;
  const email = () => `reader-${++n}@example.org`;
  const count = async (articleId: string) => (await t.deps.db.selectFrom('comments').select('id').where('article_id', '=', articleId).execute()).length;
  const send = (article: { id: string; path: string }, fields: CommentFields, from = ip()) =>
    postComment(t, article.path, { name: 'Dana', email: email(), token: tokenFor(t, article.id), ...fields }, { ip: from });

  it('accepts 1500 family emoji (37.5 KB), a Cyrillic text of exactly 1500 letters and accented letters as one each', async () => {
    const article = await newArticle();
    const emoji = FAMILY.repeat(1500);
    expect(Buffer.byteLength(emoji)).toBe(37_500);
    expect((await send(article, { body: emoji })).statusCode).toBe(303);
    expect((await send(article, { body: 'щ'.repeat(1500) })).statusCode).toBe(303);
    expect((await send(article, { body: 'e\u0301'.repeat(1500) })).statusCode).toBe(303);
    const bodies = await t.deps.db.selectFrom('comments').select('body').where('article_id', '=', article.id).execute();
    expect(bodies.map((b) => b.body)).toContain(emoji);
    expect(bodies.map((b) => b.body)).toContain('é'.repeat(1500));
  });

  it('refuses 1501 characters, saying by how much, with the text kept and a counter past the limit', async () => {
    const article = await newArticle();
    const body = `${FAMILY.repeat(1500)}!`;
    const res = await send(article, { body });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Your comment is 1 character too long. Please shorten it to 1,500 characters or fewer.');
    expect(res.body).toContain(`>${body}</textarea>`);
    expect(res.body).toContain('class="comment-counter comment-counter-over" for="comment-body" aria-hidden="true">-1 / 1500</output>');
    expect(res.body).toMatch(/<div id="comment-form-errors"[^>]*role="alert"/);
    const json = await postComment(t, article.path, { name: 'Dana', email: email(), body, token: tokenFor(t, article.id) }, { headers: { accept: 'application/json' } });
    expect(json.json().error.code).toBe('comment_too_long');
    expect(await count(article.id)).toBe(0);
  });

  it('refuses a pile of combining marks by its size, clearly', async () => {
    const article = await newArticle();
    const res = await send(article, { body: `Z${'\u0336\u0301\u0300'.repeat(20_000)}` });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('more stacked accents and symbols than we can store');
    expect(await count(article.id)).toBe(0);
  });

  it('says what is wrong with the name and the email, keeping everything typed', async () => {
    const article = await newArticle();
    const long = await send(article, { name: 'Ж'.repeat(61), body: 'My text.' });
    expect(long.statusCode).toBe(400);
    expect(long.body).toContain('Your name is too long: use at most 60 characters.');
    expect(long.body).toContain(`value="${'Ж'.repeat(61)}"`);
    expect(long.body).toMatch(/<input id="comment-name"[^>]*aria-invalid="true" aria-describedby="comment-name-error"/);
    expect(long.body).toContain('<a href="#comment-name">Your name is too long');
    const missing = await send(article, { email: '', body: 'My text.' });
    expect(missing.body).toContain('Enter your email address.');
    const invalid = await send(article, { email: 'dana at example', body: 'My text.' });
    expect(invalid.body).toContain('Enter an email address in the form name@example.com.');
    expect(invalid.body).toContain('value="dana at example"');
    expect(invalid.body).toContain('>My text.</textarea>');
    expect(await count(article.id)).toBe(0);
  });

  it('refuses a filled honeypot with the form shown again, honeypot emptied', async () => {
    const article = await newArticle();
    const res = await send(article, { body: 'Buy now', website: 'http://spam.example' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('was filled in');
    expect(res.body).not.toContain('spam.example');
    expect(res.body).toContain('>Buy now</textarea>');
    expect(await count(article.id)).toBe(0);
  });

  it('refuses a form sent too soon after it was rendered, and accepts it once enough time has passed', async () => {
    const article = await newArticle();
    // Tokens carry the minute they were rendered in: start this one at a minute's beginning.
    t.deps.clock.set(new Date(Math.ceil(t.deps.clock.now().getTime() / MINUTE) * MINUTE));
    const token = mintFormToken(t.deps.secret, article.id, t.deps.clock.now());
    const from = ip();
    const fields = { email: email(), body: 'Quick thought.', token };
    t.deps.clock.advance(4_000);
    const early = await send(article, fields, from);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('That was very quick.');
    expect(early.body).toContain('>Quick thought.</textarea>');
    expect(tokenIn(early.body)).toBe(token);
    t.deps.clock.advance(1_000);
    expect((await send(article, fields, from)).statusCode).toBe(303);
  });

  it('times an exact token (the island fetches it when the reader starts) from its very millisecond', async () => {
    const article = await newArticle();
    const from = ip();
    const got = await t.app.inject({ url: `${article.path}/comments/token`, headers: { accept: 'application/json' } });
    const { token } = got.json() as { token: string };
    expect(readFormToken(t.deps.secret, article.id, token)).toMatchObject({ issuedAt: t.deps.clock.now().getTime(), exact: true });
    const fields = { email: email(), body: 'Typed at once.', token };
    const atOnce = await postComment(t, article.path, { name: 'Bot', ...fields }, { headers: { accept: 'application/json' }, ip: from });
    expect(atOnce.statusCode).toBe(400);
    expect(atOnce.json().error.code).toBe('too_fast');
    t.deps.clock.advance(4_999);
    const early = await send(article, fields, from);
    expect(early.body).toContain('That was very quick.');
    expect(tokenIn(early.body)).toBe(token);
    t.deps.clock.advance(1);
    expect((await send(article, fields, from)).statusCode).toBe(303);
  });

  it('times a page token only from its render minute: a post at once late in that minute passes (what 0005 says)', async () => {
    const article = await newArticle();
    t.deps.clock.set(new Date(Math.ceil(t.deps.clock.now().getTime() / MINUTE) * MINUTE + 30_000));
    const token = mintFormToken(t.deps.secret, article.id, t.deps.clock.now());
    expect((await send(article, { body: 'Rendered and posted at once.', token })).statusCode).toBe(303);
    const exact = mintExactFormToken(t.deps.secret, article.id, t.deps.clock.now());
    expect((await send(article, { body: 'Fetched and posted at once.', token: exact })).statusCode).toBe(400);
  });

  it('refuses a missing, forged or other article\'s token with a fresh one in the form and the text kept', async () => {
    const article = await newArticle();
    const other = await newArticle();
    for (const token of ['', 'forged.token.here', tokenFor(t, other.id), mintFormToken('another-secret-another-secret-0123456', article.id, new Date(0))]) {
      const res = await send(article, { body: 'Kept text.', token });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('This form could not be checked (it may come from an old or changed page). Your text is kept below; please send it again.');
      expect(res.body).not.toContain('expired');
      expect(res.body).toContain('>Kept text.</textarea>');
      const fresh = tokenIn(res.body)!;
      expect(fresh).not.toBe(token);
      expect(readFormToken(t.deps.secret, article.id, fresh)?.issuedAt).toBe(Math.floor(t.deps.clock.now().getTime() / MINUTE) * MINUTE);
    }
    expect(await count(article.id)).toBe(0);
  });

  it('limits comments per address with 429, Retry-After and when to try again', async () => {
    const article = await newArticle();
    const from = ip();
    for (let i = 0; i < 3; i++) expect((await send(article, { body: `Comment ${i}` }, from)).statusCode).toBe(303);
    const limited = await send(article, { body: 'One too many.' }, from);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('600');
    expect(limited.body).toContain('You can post again in 10 minutes');
    expect(limited.body).toContain('>One too many.</textarea>');
    t.deps.clock.advance(9.5 * MINUTE);
    const soon = await send(article, { body: 'One too many.' }, from);
    expect(soon.headers['retry-after']).toBe('30');
    expect(soon.body).toContain('You can post again in 30 seconds');
    expect((await send(article, { body: 'Somebody else.' })).statusCode).toBe(303);
    t.deps.clock.advance(MINUTE);
    expect((await send(article, { body: 'One too many.' }, from)).statusCode).toBe(303);
    expect(await count(article.id)).toBe(5);
  });

  it('counts every attempt from an address, refused ones too: a flood of junk gets 429 with when to try again', async () => {
    const article = await newArticle();
    const from = ip();
    // commentRateLimit 3: 15 attempts per address per 10 minutes.
    for (let i = 0; i < 15; i++) expect((await send(article, { body: `Junk ${i}`, token: 'junk' }, from)).statusCode).toBe(400);
    const limited = await send(article, { body: 'A real comment, at last.' }, from);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBe('600');
    expect(limited.body).toContain('You can post again in 10 minutes');
    expect(limited.body).toContain('>A real comment, at last.</textarea>');
    expect(tokenIn(limited.body)).toBeTruthy();
    const json = await postComment(t, article.path, { name: 'Dana', email: email(), body: 'Again.', token: tokenFor(t, article.id) }, { headers: { accept: 'application/json' }, ip: from });
    expect(json.statusCode).toBe(429);
    expect(json.json().error.code).toBe('rate_limited');
    expect((await send(article, { body: 'From elsewhere.' })).statusCode).toBe(303);
    t.deps.clock.advance(10 * MINUTE);
    expect((await send(article, { body: 'A real comment, at last.' }, from)).statusCode).toBe(303);
    expect(await count(article.id)).toBe(2);
  });

  it('limits comments per email across addresses, in JSON too', async () => {
    const article = await newArticle();
    const address = email();
    for (let i = 0; i < 2; i++) expect((await send(article, { email: address, body: `Mine ${i}` })).statusCode).toBe(303);
    const limited = await postComment(t, article.path, { name: 'Dana', email: address.toUpperCase(), body: 'Third.', token: tokenFor(t, article.id) }, { headers: { accept: 'application/json' }, ip: ip() });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.json().error.code).toBe('rate_limited');
    expect(await count(article.id)).toBe(2);
  });

  it('refuses the same text from the same email within a day, and allows it after', async () => {
    const first = await newArticle();
    const second = await newArticle();
    const address = email();
    expect((await send(first, { email: address, body: 'Same words.' })).statusCode).toBe(303);
    const again = await send(second, { email: address, body: 'Same words.' });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('You have already posted this comment.');
    expect(again.body).toContain('>Same words.</textarea>');
    t.deps.clock.advance(24 * 60 * MINUTE + 1_000);
    expect((await send(second, { email: address, body: 'Same words.' })).statusCode).toBe(303);
  });
});
