// Concurrent comment submissions on each engine: the per-email limit holds exactly under
// parallel posts (counted before storing, not peeked), and the same text from the same
// address sent at once with different form tokens is stored once (the duplicate guard).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { articleUrl } from '../lib/urls.ts';
import { postComment } from './comment-submit.testkit.ts';
import { mintExactFormToken } from './form-token.ts';

describe.each(engines)('concurrent comment submissions on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { commentRateLimit: 1000, commentEmailRateLimit: 6, commentMinSeconds: 3 });
    sectionId = (await createSection(t.deps)).id;
  });
  afterAll(async () => { await t.close(); });

  async function newArticle() {
    const article = await createArticle(t.deps, { sectionId, slug: `race-${++n}` });
    return { ...article, path: articleUrl('en', article.slug) };
  }
  /** Exact tokens fetched `i` milliseconds apart, all old enough: each one a different form. */
  const tokenNo = (articleId: string, i: number) => mintExactFormToken(t.deps.secret, articleId, new Date(t.deps.clock.now().getTime() - 10_000 - i));
  const bodiesOf = async (articleId: string) =>
    (await t.deps.db.selectFrom('comments').select('body').where('article_id', '=', articleId).execute()).map((r) => r.body);

  it('stores exactly the per-email limit of 30 parallel posts from one address, and answers the rest 429', async () => {
    const article = await newArticle();
    const email = `flood-${++n}@example.org`;
    const answers = await Promise.all(Array.from({ length: 30 }, (_, i) =>
      postComment(t, article.path, { name: 'Flood', email, body: `Comment number ${i}`, token: tokenNo(article.id, i) }, { ip: `192.0.2.${i + 1}` })));
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 303)).toHaveLength(6);
    expect(codes.filter((c) => c === 429)).toHaveLength(24);
    expect(await bodiesOf(article.id)).toHaveLength(6);
    for (const limited of answers.filter((a) => a.statusCode === 429)) expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('stores the same text from the same email once when sent at once from different forms; the others are duplicates', async () => {
    const article = await newArticle();
    const email = `twice-${++n}@example.org`;
    const answers = await Promise.all(Array.from({ length: 5 }, (_, i) =>
      postComment(t, article.path, { name: 'Twice', email, body: 'Said it once, sent it five times.', token: tokenNo(article.id, i) }, { headers: { accept: 'application/json' } })));
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([201, 409, 409, 409, 409]);
    for (const refused of answers.filter((a) => a.statusCode === 409)) expect(refused.json().error.code).toBe('duplicate_comment');
    expect(await bodiesOf(article.id)).toEqual(['Said it once, sent it five times.']);
  });

  it('still makes one comment of the same form sent at once, both answers leading to it', async () => {
    const article = await newArticle();
    const fields = { name: 'Retry', email: `retry-${++n}@example.org`, body: 'One form, sent three times.', token: tokenNo(article.id, 0) };
    const answers = await Promise.all([1, 2, 3].map(() => postComment(t, article.path, fields)));
    expect(answers.map((a) => a.statusCode)).toEqual([303, 303, 303]);
    expect(new Set(answers.map((a) => a.headers.location)).size).toBe(1);
    expect(await bodiesOf(article.id)).toHaveLength(1);
  });
});
