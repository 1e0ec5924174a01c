// The moderation queue's lists on each engine: the old address, the keyboard island, tabs by
// work queue and status with counts, risk-then-newest order and its cursor, each item in
// context (screening reasons, matched words marked in Cyrillic and emoji text, history,
// reports), a constant number of queries per page, and moderators limited to locales.
import type { KyselyPlugin } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { postForm, signInAs } from '../accounts/sign-in.testkit.ts';
import { clientAssets } from '../http/client-assets.ts';
import { insertSite } from '../sites/site.queries.ts';
import { loadQueuePage } from './moderation-page-data.ts';
import { createQueuedComment, reportComment, screeningOf } from './moderation.testkit.ts';
import { queueSuite, shown } from './queue-suite.testkit.ts';

describe.each(engines)('moderation queue lists on %s', (engine) => {
  const q = queueSuite(engine);
  const { newArticle, get, later, row } = q;
  let n = 0;
  it('redirects the old address permanently, query kept', async () => {
    const res = await get(q.moderator, '/admin/comments?status=approved');
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe('/admin/moderation?status=approved');
    expect((await get(q.moderator, '/admin/comments')).headers.location).toBe('/admin/moderation');
    const post = await postForm(q.t, q.moderator, '/admin/comments?status=spam', { comment: 'x', version: '1', to: 'approved' });
    expect([post.statusCode, post.headers.location]).toEqual([308, '/admin/moderation?status=spam']);
    expect((await get(q.moderator, '/admin/moderation?status=approved')).body).toContain('aria-current="page" data-tab="approved"');
  });

  it('includes the keyboard island, its stylesheet, the keys help and the live region', async () => {
    const island = (await clientAssets()).get('moderation-queue');
    const body = (await get(q.moderator, '/admin/moderation?tab=spam')).body;
    expect(body).toContain('<p id="moderation-status" role="status" class="moderation-status"></p>');
    expect(island).toBeDefined();
    expect(body).toContain(`<script type="module" src="${island!.url}"></script>`);
    expect(body).toContain('<link rel="stylesheet" href="/assets/moderation-keys.css"/>');
    expect(body).toContain('<p id="moderation-keys" class="hint">');
  });

  it('shows each work queue in its tab, highest risk first then newest, with counts per tab', async () => {
    const article = await newArticle();
    const base = `/admin/articles/${article.id}/comments`;
    const low = await createQueuedComment(q.t.deps, { articleId: article.id, status: 'pending', risk: 100 });
    later();
    const lowNewer = await createQueuedComment(q.t.deps, { articleId: article.id, status: 'pending', risk: 100 });
    const high = await createQueuedComment(q.t.deps, { articleId: article.id, status: 'pending', risk: 9000 });
    const held = await createQueuedComment(q.t.deps, { articleId: article.id, status: 'pending', queue: 'held', risk: 5000 });
    const reported = await createComment(q.t.deps, { articleId: article.id, status: 'approved' });
    await reportComment(q.t.deps, reported.id, ['spam']);
    await createComment(q.t.deps, { articleId: article.id, status: 'rejected' });
    const pending = await get(q.moderator, base);
    expect(shown(pending.body)).toEqual([high.id, lowNewer.id, low.id]);
    expect(pending.body).toContain('aria-label="Pending: highest risk first, then newest"');
    for (const [tab, count] of [['pending', 3], ['reported', 1], ['held', 1], ['approved', 1], ['rejected', 1], ['spam', 0]] as const) {
      expect(pending.body).toMatch(new RegExp(`data-tab="${tab}">[^<]+ \\(${count}\\)</a>`));
    }
    expect(shown((await get(q.moderator, `${base}?tab=held`)).body)).toEqual([held.id]);
    const reportedTab = await get(q.moderator, `${base}?tab=reported`);
    expect(shown(reportedTab.body)).toEqual([reported.id]);
    expect(reportedTab.body).toContain(`data-status="approved" data-version="1" data-queue="reported"`);
    expect(shown((await get(q.moderator, `${base}?tab=approved`)).body)).toEqual([reported.id]);
    // Site-wide, the same order among these.
    const site = shown((await get(q.moderator, '/admin/moderation')).body);
    expect(site.filter((id) => [high.id, lowNewer.id, low.id].includes(id!))).toEqual([high.id, lowNewer.id, low.id]);
  });

  it('pages a work queue after a comment: (risk, created_at, id) cursor, no comment twice or missed', async () => {
    const article = await newArticle();
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      if (i % 3 === 0) later();
      ids.push((await createQueuedComment(q.t.deps, { articleId: article.id, status: 'pending', risk: (i % 4) * 1000 })).id);
    }
    const base = `/admin/articles/${article.id}/comments`;
    const first = await get(q.moderator, base);
    const next = /href="([^"]+)" rel="next">Next page</.exec(first.body)![1]!.replaceAll('&amp;', '&');
    const firstIds = shown(first.body);
    expect(firstIds).toHaveLength(20);
    expect(next).toBe(`${base}?after=${firstIds[19]}`);
    const second = await get(q.moderator, next);
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain(`href="${base}">First page</a>`);
    const all = [...firstIds, ...shown(second.body)];
    const rows = await Promise.all(ids.map(row));
    const expected = rows.sort((a, b) => b.risk - a.risk || b.created_at.localeCompare(a.created_at) || (a.id < b.id ? 1 : -1)).map((r) => r.id);
    expect(all).toEqual(expected);
  });

  it('shows screening verdict and reasons, and marks the matched words in Cyrillic and emoji text, escaped', async () => {
    const article = await newArticle({ headline: 'Тарифы <b>растут</b>' });
    const ru = 'Ты сука и дебил, понял?';
    const cyr = await createQueuedComment(q.t.deps, {
      articleId: article.id, status: 'pending', queue: 'held', body: ru,
      screening: screeningOf(0.72, [{ code: 'profanity', category: 'profanity', spans: [[3, 7], [10, 15]] }, { code: 'threat', spans: [[5, 10]] }], 'hold', 'ru'),
    });
    const emojiBody = '😡😡 <script>alert(1)</script> idiot 👍';
    const start = emojiBody.indexOf('<script>');
    const emoji = await createQueuedComment(q.t.deps, {
      articleId: article.id, status: 'pending', queue: 'held', body: emojiBody, authorName: '<img src=x onerror=alert(2)>',
      screening: screeningOf(0.4, [{ code: 'profanity', spans: [[emojiBody.indexOf('idiot'), emojiBody.indexOf('idiot') + 5], [start, start + 8]] }, { code: 'mystery_code', spans: [] }]),
    });
    const page = (await get(q.moderator, `/admin/articles/${article.id}/comments?tab=held`)).body;
    const item = (id: string) => page.slice(page.indexOf(`id="moderation-${id}"`)).split('class="moderation-item')[0]!;
    expect(item(cyr.id)).toContain('<div class="moderation-body" dir="auto">Ты <mark class="screening-match">сука и дебил</mark>, понял?</div>');
    expect(item(cyr.id)).toContain('Screening: <strong>Hold for review</strong>, score 0.72, language <code>ru</code>');
    expect(item(cyr.id)).toContain('<ul class="screening-reasons"><li data-code="profanity">Profanity or insult · 0.72</li><li data-code="threat">Threat · 0.72</li></ul>');
    const e = item(emoji.id);
    expect(e).toContain('<div class="moderation-body" dir="auto">😡😡 <mark class="screening-match">&lt;script></mark>alert(1)&lt;/script> <mark class="screening-match">idiot</mark> 👍</div>');
    expect(e).toContain('<li data-code="mystery_code">Mystery code · 0.40</li>');
    expect(e).toContain('&lt;img src=x onerror=alert(2)>');
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).not.toContain('<b>растут</b>');
  });

  it('shows the commenter’s history, first comment, the parent of a reply and readers’ reports by reason', async () => {
    const article = await newArticle();
    const email = `regular-${++n}@example.test`;
    const parent = await createComment(q.t.deps, { articleId: article.id, status: 'approved', authorEmail: email, authorName: 'Aliya', body: 'Parent text here' });
    later();
    await createComment(q.t.deps, { articleId: article.id, status: 'rejected', authorEmail: email });
    later();
    const reply = await createComment(q.t.deps, { articleId: article.id, parentId: parent.id, status: 'pending', authorEmail: email });
    const newcomer = await createComment(q.t.deps, { articleId: article.id, status: 'pending', authorEmail: `new-${n}@example.test` });
    await reportComment(q.t.deps, parent.id, ['spam', 'abuse', 'spam']);
    const base = `/admin/articles/${article.id}/comments`;
    const pending = (await get(q.moderator, base)).body;
    const part = (id: string) => pending.slice(pending.indexOf(`id="moderation-${id}"`)).split('class="moderation-item')[0]!;
    expect(part(reply.id)).toContain('On this site: <span data-history="approved">1 approved</span>, <span data-history="rejected">1 rejected</span>, <span data-history="spam">0 spam</span>');
    expect(part(reply.id)).not.toContain('First comment');
    expect(part(reply.id)).toMatch(/In reply to <bdi>Aliya<\/bdi> \(approved\): <q dir="auto">Parent text here<\/q>/);
    expect(part(reply.id)).toContain(email);
    expect(part(newcomer.id)).toContain('<span class="badge badge-first-comment">First comment</span>');
    const reported = (await get(q.moderator, `${base}?tab=reported`)).body;
    expect(reported).toContain('Reported by 3 readers:</p><ul class="report-reasons"><li data-reason="spam">Spam (2)</li><li data-reason="abuse">Abuse or insult (1)</li></ul>');
    expect(reported).toContain('<span class="badge badge-first-comment">First comment</span>'); // the parent is Aliya's first
  });

  it('loads a page with the same number of queries for 3 comments as for 20 (no query per comment)', async () => {
    const queriesFor = async (articleId: string) => {
      let count = 0;
      const counting: KyselyPlugin = { transformQuery: (args) => { count++; return args.node; }, transformResult: async (args) => args.result };
      const page = await loadQueuePage({ db: q.t.deps.db.withPlugin(counting) }, { siteId: q.siteId, tab: 'pending', articleId }, { tab: 'pending' });
      return { count, items: page.entries.length };
    };
    const fill = async (articleId: string, comments: number) => {
      const parent = await createComment(q.t.deps, { articleId, status: 'approved' });
      for (let i = 0; i < comments; i++) {
        const c = await createComment(q.t.deps, { articleId, status: 'pending', parentId: i % 2 ? parent.id : null, authorEmail: `c${i % 5}-${articleId}@example.test` });
        if (i % 3 === 0) await reportComment(q.t.deps, c.id, ['spam']);
      }
    };
    const small = await newArticle();
    const big = await newArticle();
    await fill(small.id, 3);
    await fill(big.id, 30);
    const a = await queriesFor(small.id);
    const b = await queriesFor(big.id);
    expect([a.items, b.items]).toEqual([3, 20]);
    expect(b.count).toBe(a.count);
  });

  it('limits moderators to their locales (others are not there) and refuses those with no scope on the site', async () => {
    const ru = await newArticle({ locale: 'ru', headline: 'Русская статья' });
    const en = await newArticle({ headline: 'English article' });
    const ruComment = await createComment(q.t.deps, { articleId: ru.id, status: 'pending', body: 'Русский комментарий' });
    const enComment = await createComment(q.t.deps, { articleId: en.id, status: 'pending', body: 'An English comment' });
    const scoped = await signInAs(q.t, 'moderator');
    await q.t.deps.db.insertInto('moderator_scopes').values({ user_id: scoped.userId, site_id: q.siteId, locale: 'ru' }).execute();
    const page = (await get(scoped, '/admin/moderation')).body;
    expect(shown(page)).toEqual([ruComment.id]);
    expect(page).toContain('data-tab="pending">Pending (1)</a>');
    expect((await get(scoped, `/admin/articles/${en.id}/comments`)).statusCode).toBe(404);
    expect((await get(scoped, `/admin/articles/${ru.id}/comments`)).statusCode).toBe(200);
    expect((await postForm(q.t, scoped, '/admin/moderation', { comment: enComment.id, version: '1', to: 'approved' })).statusCode).toBe(404);
    expect((await row(enComment.id)).status).toBe('pending');
    expect((await postForm(q.t, scoped, '/admin/moderation', { comment: ruComment.id, version: '1', to: 'approved' })).statusCode).toBe(303);
    const otherSiteId = q.t.deps.ids.next();
    await insertSite(q.t.deps.db, { id: otherSiteId, slug: 'scoped-other', name: 'Other', host: 'scoped-other.example.test', defaultLocale: 'en', isDefault: false, locales: ['en'], createdAt: q.t.deps.clock.now().toISOString() });
    q.t.deps.sites.reload();
    const elsewhere = await signInAs(q.t, 'moderator');
    await q.t.deps.db.insertInto('moderator_scopes').values({ user_id: elsewhere.userId, site_id: otherSiteId, locale: '*' }).execute();
    expect((await get(elsewhere, '/admin/moderation')).statusCode).toBe(403);
    expect((await get(elsewhere, `/admin/articles/${ru.id}/comments`)).statusCode).toBe(403);
    expect((await postForm(q.t, elsewhere, '/admin/moderation', { comment: enComment.id, version: '1', to: 'approved' })).statusCode).toBe(403);
    expect((await row(enComment.id)).status).toBe('pending');
  });
});
