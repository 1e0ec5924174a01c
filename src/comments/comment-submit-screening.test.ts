// Screening on submission, through POST /{locale}/articles/{slug}/comments on each engine:
// what the shipped lexicons score severe is rejected (422, the form again with the text and
// the reason in plain words), strong language is held for a moderator (queue 'held'), an
// innocent comment goes by the article's mode; every stored comment keeps its risk and
// screening, and holds and rejections are in the moderation log without the text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { buildApp } from '../app.ts';
import type { CommentMode } from '../db/database.ts';
import { findCounts } from '../engagement/counters.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import { parseStoredScreening } from '../screening/stored-screening.ts';
import { postComment, tokenFor, tokenIn } from './comment-submit.testkit.ts';

describe.each(engines)('screening on comment submission on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine, { commentRateLimit: 1000, commentEmailRateLimit: 1000 });
    siteId = await defaultSiteId(t.deps);
    sectionId = (await createSection(t.deps)).id;
    await t.deps.db.insertInto('site_locales').values({ site_id: siteId, locale: 'ru', position: 1 }).execute();
    t.deps.sites.reload();
  });
  afterAll(async () => { await t.close(); });

  async function newArticle(mode: CommentMode, locale = 'en') {
    const article = await createArticle(t.deps, { sectionId, slug: `screened-${++n}`, locale });
    await t.deps.db.updateTable('articles').set({ comment_mode: mode }).where('id', '=', article.id).execute();
    return { ...article, path: articleUrl(locale, article.slug) };
  }
  const email = () => `screened-${++n}@example.org`;
  const post = (article: { id: string; path: string }, body: string, options: { json?: boolean; address?: string } = {}) =>
    postComment(t, article.path, { name: 'Dana', email: options.address ?? email(), body, token: tokenFor(t, article.id) },
      options.json ? { headers: { accept: 'application/json' } } : {});
  const rowsOf = (articleId: string) => t.deps.db.selectFrom('comments')
    .select(['id', 'status', 'queue', 'risk', 'screening', 'reject_reason', 'body'])
    .where('article_id', '=', articleId).orderBy('created_at').orderBy('id').execute();
  const logOf = (commentId: string) => t.deps.db.selectFrom('moderation_log')
    .select(['actor_kind', 'action', 'target_kind', 'target_id', 'reason', 'from_status', 'to_status', 'detail', 'site_id'])
    .where('target_id', '=', commentId).execute();

  it('approves an innocent comment under post-moderation with risk 0 and keeps its screening', async () => {
    const article = await newArticle('post');
    const res = await post(article, 'Thanks for the report on the border crossing. The new terminal works well.');
    expect(res.statusCode).toBe(303);
    const [row] = await rowsOf(article.id);
    expect(row).toMatchObject({ status: 'approved', queue: null, reject_reason: null });
    expect(Number(row!.risk)).toBe(0);
    expect(parseStoredScreening(row!.screening)).toEqual({ outcome: 'approve', score: 0, lang: 'en', reasons: [] });
    expect(await logOf(row!.id)).toEqual([]);
  });

  it('queues an innocent comment as routine pre-moderation, risk 0', async () => {
    const article = await newArticle('pre');
    expect((await post(article, 'Спасибо за подробный репортаж!')).statusCode).toBe(303);
    const [row] = await rowsOf(article.id);
    expect(row).toMatchObject({ status: 'pending', queue: 'pending' });
    expect(Number(row!.risk)).toBe(0);
    expect(parseStoredScreening(row!.screening)?.outcome).toBe('approve');
  });

  it('rejects severe profanity in English: 422, the form again with the text, the reason and the Comment Policy', async () => {
    const article = await newArticle('post');
    const body = 'You motherfucker, stop writing this nonsense.';
    const res = await post(article, body);
    expect(res.statusCode).toBe(422);
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body).toMatch(/<div id="comment-form-errors"[^>]*role="alert"/);
    expect(res.body).toContain('Your comment was not published: it appears to contain profanity.');
    expect(res.body).toContain('Comment Policy');
    expect(res.body).toMatch(/<a class="comment-policy-link" href="[^"]+"/);
    expect(res.body).toContain(`>${body}</textarea>`);
    expect(tokenIn(res.body)).toBeDefined();
    const [row] = await rowsOf(article.id);
    expect(row).toMatchObject({ status: 'rejected', queue: null, reject_reason: 'profanity', body });
    const screening = parseStoredScreening(row!.screening)!;
    expect(screening.outcome).toBe('reject');
    expect(Number(row!.risk)).toBe(Math.round(screening.score * 10_000));
    expect(Number(row!.risk)).toBeGreaterThanOrEqual(9000);
    // Stored for the moderators, counted nowhere readers look.
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsVisible: 0, commentsPending: 0 });
    expect(await logOf(row!.id)).toEqual([{
      actor_kind: 'screening', action: 'screening_reject', target_kind: 'comment', target_id: row!.id, reason: 'profanity',
      from_status: null, to_status: 'rejected', detail: expect.stringMatching(/^score 0\.\d\d: profanity$/), site_id: siteId,
    }]);
  });

  it('rejects severe profanity in Russian with the reason in Russian, and says so again when the same text comes back', async () => {
    const article = await newArticle('pre', 'ru');
    const address = email();
    const body = 'Ты блядь, опять врёшь';
    const res = await post(article, body, { address });
    expect(res.statusCode).toBe(422);
    expect(res.body).toContain('<html lang="ru"');
    expect(res.body).toContain('Комментарий не опубликован: похоже, в нём есть нецензурная брань.');
    expect(res.body).toContain('правила комментирования');
    expect(res.body).toContain(`>${body}</textarea>`);
    // The same text again, with the form it came back on or a fresh one: told why again, not "already posted".
    const again = await postComment(t, article.path, { name: 'Dana', email: address, body, token: tokenIn(res.body)! });
    expect(again.statusCode).toBe(422);
    const fresh = await post(article, body, { address, json: true });
    expect(fresh.statusCode).toBe(422);
    expect(fresh.json().error).toMatchObject({ code: 'comment_rejected', reason: 'profanity' });
    expect(await rowsOf(article.id)).toHaveLength(1);
  });

  it('answers JSON clients 422 with the code, the reason and the Comment Policy address', async () => {
    const article = await newArticle('post');
    const res = await post(article, 'Shut up, you cunt.', { json: true });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toEqual({ error: {
      code: 'comment_rejected', reason: 'profanity', policy: expect.stringMatching(/^\//),
      message: 'Your comment was not published: it appears to contain profanity. Please read the Comment Policy (linked below) and change your text; it is kept below.',
    } });
    const page = await t.app.inject({ url: res.json().error.policy });
    expect(page.statusCode).not.toBe(500);
  });

  it('holds strong language for a moderator, even under post-moderation, with evidence spans on the words', async () => {
    const article = await newArticle('post');
    const body = 'Honestly, go fuck yourself with this article.';
    const res = await post(article, body);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe(`${article.path}?comment_posted=pending#comments-posted`);
    const [row] = await rowsOf(article.id);
    expect(row).toMatchObject({ status: 'pending', queue: 'held', reject_reason: null });
    const screening = parseStoredScreening(row!.screening)!;
    expect(screening.outcome).toBe('hold');
    expect(Number(row!.risk)).toBe(Math.round(screening.score * 10_000));
    const profanity = screening.reasons.find((r) => r.code === 'profanity')!;
    expect(profanity.category).toBe('profanity');
    expect(profanity.evidence.map(({ start, end }) => body.slice(start, end))).toEqual(['fuck']);
    expect(await findCounts(t.deps.db, article.id)).toMatchObject({ commentsVisible: 0, commentsPending: 1 });
    const log = await logOf(row!.id);
    expect(log).toEqual([expect.objectContaining({ actor_kind: 'screening', action: 'screening_hold', to_status: 'pending', reason: 'profanity' })]);
  });

  it('holds Russian swearing and its disguised spelling, highlighting what the reader wrote', async () => {
    const article = await newArticle('post', 'ru');
    for (const [body, word] of [['Автор сука, как всегда', 'сука'], ['Автор с у к а, как всегда', 'с у к а'], ['Автор сyкa, как всегда', 'сyкa']] as const) {
      expect((await post(article, body)).statusCode).toBe(303);
      const row = (await rowsOf(article.id)).find((r) => r.body === body)!;
      expect(row).toMatchObject({ status: 'pending', queue: 'held' });
      const screening = parseStoredScreening(row.screening)!;
      expect(screening.lang).toBe('ru');
      const spans = screening.reasons.flatMap((r) => r.evidence.map(({ start, end }) => body.slice(start, end)));
      expect(spans).toContain(word);
    }
  });

  it('keeps innocent look-alikes visible under post-moderation', async () => {
    const article = await newArticle('post');
    expect((await post(article, 'The Scunthorpe assessment was published on Monday.')).statusCode).toBe(303);
    const ru = await newArticle('post', 'ru');
    expect((await post(ru, 'Сукно на фабрике подорожало, и это не оскорбление, а факт.')).statusCode).toBe(303);
    for (const id of [article.id, ru.id]) expect((await rowsOf(id))[0]).toMatchObject({ status: 'approved', queue: null });
  });

  it('holds the same text posted on another article (copy-paste spam)', async () => {
    const first = await newArticle('post');
    const second = await newArticle('post');
    const body = 'Cheap flights to Bishkek, write to the agency today for the best prices.';
    expect((await post(first, body)).statusCode).toBe(303);
    expect((await post(second, body)).statusCode).toBe(303);
    expect((await rowsOf(first.id))[0]).toMatchObject({ status: 'approved' });
    const [copy] = await rowsOf(second.id);
    expect(copy).toMatchObject({ status: 'pending', queue: 'held' });
    expect(parseStoredScreening(copy!.screening)!.reasons.map((r) => r.code)).toContain('duplicate_text');
  });

  it('lets a short common remark appear under two articles (not copy-paste spam)', async () => {
    const first = await newArticle('post');
    const second = await newArticle('post');
    for (const article of [first, second]) expect((await post(article, 'Спасибо за статью!')).statusCode).toBe(303);
    for (const article of [first, second]) expect((await rowsOf(article.id))[0]).toMatchObject({ status: 'approved', queue: null });
  });

  it('holds a commenter flooding the site within ten minutes, and lets them in again after', async () => {
    const article = await newArticle('post');
    const address = email();
    const say = (i: number) => postComment(t, article.path, { name: 'Dana', email: address, body: `Remark number ${i} on the terminal.`, token: tokenFor(t, article.id) });
    for (let i = 0; i < 6; i++) expect((await say(i)).statusCode).toBe(303);
    t.deps.clock.advance(10 * 60 * 1000 + 1000);
    expect((await say(6)).statusCode).toBe(303);
    // Same instant, so ids do not order them: the texts do.
    const rows = (await rowsOf(article.id)).sort((a, b) => a.body.localeCompare(b.body));
    expect(rows.map((r) => r.status)).toEqual(['approved', 'approved', 'approved', 'approved', 'approved', 'pending', 'approved']);
    expect(rows[5]!.queue).toBe('held');
    expect(parseStoredScreening(rows[5]!.screening)!.reasons.map((r) => r.code)).toEqual(['flooding']);
  });

  it('logs neither the email nor the text of screened comments, and the moderation log keeps no text either', async () => {
    const lines: string[] = [];
    const logged = await buildApp(t.deps, { logger: { level: 'trace', stream: { write: (line: string) => { lines.push(line); } } } });
    const article = await newArticle('post');
    const sent = { ...t, app: logged };
    const bodies = ['Hidden words, you motherfucker', 'Hidden words, go fuck yourself'];
    try {
      for (const body of bodies) await postComment(sent, article.path, { name: 'Dana', email: 'secret-address@example.org', body, token: tokenFor(t, article.id) });
    } finally {
      await logged.close();
    }
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toMatch(/secret-address|Hidden words|motherfucker/);
    const rows = await rowsOf(article.id);
    expect(rows.map((r) => r.status).sort()).toEqual(['pending', 'rejected']);
    const entries = (await Promise.all(rows.map((r) => logOf(r.id)))).flat();
    expect(entries).toHaveLength(2);
    expect(JSON.stringify(entries)).not.toMatch(/secret-address|Hidden|motherfucker|yourself/);
  });
});
