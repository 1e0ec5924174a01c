// The article page's side of reports and featured comments: the Report link on every visible
// comment (plain links, no JavaScript), the Featured badge, and the featured block (one query).
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, createUser, defaultSiteId } from '../../test/factories.ts';
import { setCommentFeatured } from '../moderation/comment-feature.ts';
import { addSiteLocale } from '../../test/public-fixtures.ts';
import { CommentsSection } from '../comments/CommentsSection.tsx';
import { moderateComment } from '../comments/comment-store.ts';
import { loadCommentsSection, parseThreadQuery } from '../comments/comments-section.ts';
import { FEATURED_LIMIT, listFeaturedComments } from '../comments/thread.queries.ts';
import { findPublishedArticle } from '../articles/published-article.queries.ts';
import { articleUrl } from '../lib/urls.ts';
import { postReport } from './report.testkit.ts';

describe.each(engines)('report links and featured comments on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let n = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
  });
  afterAll(async () => { await t.close(); });

  const article = (locale = 'en') => createArticle(t.deps, { sectionId, headline: `Featured story ${++n}`, locale });
  const comment = (fields: Parameters<typeof createComment>[1]) => {
    t.deps.clock.advance(1000);
    return createComment(t.deps, fields);
  };
  async function feature(id: string) {
    t.deps.clock.advance(1000);
    await t.deps.db.updateTable('comments').set({ featured_at: t.deps.clock.now().toISOString() }).where('id', '=', id).execute();
  }
  /** The comments section as the article page renders it, with the featured block's data added. */
  async function sectionHtml(a: { id: string; locale: string; slug: string }, query: Record<string, string> = {}) {
    const site = (await t.deps.sites.byId(await defaultSiteId(t.deps)))!;
    const published = (await findPublishedArticle(t.deps.db, site.id, a.locale, a.slug))!;
    const parsed = parseThreadQuery(query);
    const data = (await loadCommentsSection(t.deps, { site, locale: a.locale, article: published, query: parsed }))!;
    // What the loader adds once the featured query is wired in (requests-reports.md, 1).
    const featured = await listFeaturedComments(t.deps.db, a.id, FEATURED_LIMIT);
    return renderToString(<CommentsSection data={{ ...data, featured, ...(parsed.reported ? { reported: parsed.reported } : {}) }} locale={a.locale} />);
  }

  it('links every visible comment and reply to its report form with plain links, but not a reader\'s own pending one', async () => {
    const a = await article();
    const root = await comment({ articleId: a.id, authorName: 'Aigerim' });
    const reply = await comment({ articleId: a.id, parentId: root.id });
    const own = await comment({ articleId: a.id, status: 'pending', readerId: 'reader-own-pending-0001' });
    const html = (await t.app.inject({ url: articleUrl('en', a.slug) })).body;
    for (const c of [root, reply]) {
      expect(html).toContain(`<a class="comment-report" rel="nofollow" href="/en/articles/${a.slug}/comments/${c.id}/report"`);
    }
    expect(html).toContain('aria-label="Report the comment by Aigerim">Report</a>');
    expect(html).not.toContain(`/comments/${own.id}/report`);
    // The link leads to the form, which works without any script.
    const form = await t.app.inject({ url: `/en/articles/${a.slug}/comments/${root.id}/report` });
    expect(form.statusCode).toBe(200);
    expect(form.body).not.toContain('<script');
  });

  it('keeps Report links when comments are closed (Reply goes), and speaks Russian', async () => {
    const a = await article('ru');
    await t.deps.db.updateTable('articles').set({ comment_mode: 'closed' }).where('id', '=', a.id).execute();
    const c = await comment({ articleId: a.id });
    const html = (await t.app.inject({ url: articleUrl('ru', a.slug) })).body;
    expect(html).toContain(`<p class="comment-actions"><a class="comment-report" rel="nofollow" href="/ru/articles/${a.slug}/comments/${c.id}/report"`);
    expect(html).toContain('>Пожаловаться</a>');
    expect(html).not.toContain('class="comment-reply"');
  });

  it('marks featured comments with a badge in the shared page', async () => {
    const a = await article();
    const plain = await comment({ articleId: a.id });
    const picked = await comment({ articleId: a.id });
    await feature(picked.id);
    const html = (await t.app.inject({ url: articleUrl('en', a.slug) })).body;
    const item = (id: string) => html.slice(html.indexOf(`<article id="comment-${id}"`)).split('</article>')[0]!;
    expect(item(picked.id)).toContain('<span class="comment-featured-badge">Featured</span>');
    expect(item(plain.id)).not.toContain('comment-featured-badge');
  });

  it('shows the badge in the shared cached page as soon as a moderator features the comment, and drops it when unfeatured', async () => {
    const a = await article();
    const c = await comment({ articleId: a.id });
    const moderator = await createUser(t.deps, { role: 'moderator' });
    const badge = async () => (await t.app.inject({ url: articleUrl('en', a.slug) })).body.includes('comment-featured-badge');
    expect(await badge()).toBe(false);
    const version = async () => Number((await t.deps.db.selectFrom('comments').select('version').where('id', '=', c.id).executeTakeFirstOrThrow()).version);
    {
      const before = await version();
      expect(await setCommentFeatured(t.deps, { id: c.id, featured: true, actorId: moderator.id, expectedVersion: before })).toEqual({ kind: 'changed', version: before + 1 });
      expect(await version()).toBe(before + 1);
    }
    expect(await badge()).toBe(true);
    {
      const before = await version();
      expect(await setCommentFeatured(t.deps, { id: c.id, featured: false, actorId: moderator.id, expectedVersion: before })).toEqual({ kind: 'changed', version: before + 1 });
      expect(await version()).toBe(before + 1);
    }
    expect(await badge()).toBe(false);
  });

  it('lists up to three visible featured comments, most recently featured first, from one query', async () => {
    const a = await article();
    const root = await comment({ articleId: a.id });
    const cs = [root, await comment({ articleId: a.id, parentId: root.id }), await comment({ articleId: a.id }), await comment({ articleId: a.id })];
    const hiddenRoot = await comment({ articleId: a.id });
    const underHidden = await comment({ articleId: a.id, parentId: hiddenRoot.id });
    const elsewhere = await comment({ articleId: (await article()).id });
    for (const c of [...cs, underHidden, elsewhere]) await feature(c.id);
    await moderateComment(t.deps, { id: hiddenRoot.id, to: 'rejected', actorId: null, reason: 'spam' });
    await moderateComment(t.deps, { id: cs[3]!.id, to: 'spam', actorId: null });
    const featured = await listFeaturedComments(t.deps.db, a.id, FEATURED_LIMIT);
    expect(featured.map((c) => c.id)).toEqual([cs[2]!.id, cs[1]!.id, cs[0]!.id]);
    expect(featured.every((c) => c.featured)).toBe(true);

    const html = await sectionHtml(a);
    const block = html.slice(html.indexOf('<section class="comments-featured"'), html.indexOf('</section>') + 10);
    expect(block).toContain('<h3 id="comments-featured-heading">Featured comments</h3>');
    expect([...block.matchAll(/data-comment-id="([^"]+)"/g)].map((m) => m[1])).toEqual(featured.map((c) => c.id));
    // The block sits above the thread and leads to each comment's chain; it repeats no element id of the thread.
    expect(html.indexOf('comments-featured')).toBeLessThan(html.indexOf('id="comment-list"'));
    expect(block).toContain(`href="/en/articles/${a.slug}?comments_thread=${root.id}#comment-${cs[1]!.id}"`);
    expect(block).not.toContain(' id="comment-');
    // The article page itself carries the block (first page of the thread only).
    const page = (await t.app.inject({ url: `/en/articles/${a.slug}` })).body;
    expect(page).toContain('<section class="comments-featured"');
    expect((await t.app.inject({ url: `/en/articles/${a.slug}?comments_thread=${root.id}` })).body).not.toContain('<section class="comments-featured"');
  });

  it('shows no block without featured comments, and a Russian heading on Russian pages', async () => {
    const a = await article();
    await comment({ articleId: a.id });
    expect(await sectionHtml(a)).not.toContain('comments-featured');
    const ru = await article('ru');
    const c = await comment({ articleId: ru.id });
    await feature(c.id);
    const html = await sectionHtml(ru);
    expect(html).toContain('Избранные комментарии');
    expect(html).toContain('<span class="comment-featured-badge">Выбор редакции</span>');
  });

  it('renders the notice after a report from the address alone, naming no comment', async () => {
    const a = await article();
    const c = await comment({ articleId: a.id });
    const { res } = await postReport(t, a.slug, c.id, { ip: '203.0.113.7' });
    expect(res.headers.location).toBe(`/en/articles/${a.slug}?comment_reported=thanks#comments-reported`);
    const html = await sectionHtml(a, { comment_reported: 'thanks' });
    expect(html).toContain('Thank you, a moderator will look at it.');
    const parsed = parseThreadQuery({ comment_reported: 'nonsense' });
    expect(parsed.invalid).toBe(true);
  });
});
