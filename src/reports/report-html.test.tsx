// Valid HTML (Nu HTML Checker, 0 errors) for what this feature renders: the report form, the
// form shown again with a problem, and the article page with Report links, a featured badge,
// the featured block and the notice after a report.
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlErrors } from '../../e2e/support/checks.ts';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, defaultSiteId } from '../../test/factories.ts';
import { findPublishedArticle } from '../articles/published-article.queries.ts';
import { CommentsSection } from '../comments/CommentsSection.tsx';
import { loadCommentsSection, parseThreadQuery } from '../comments/comments-section.ts';
import { FEATURED_LIMIT, listFeaturedComments } from '../comments/thread.queries.ts';
import { postReport, reportPath } from './report.testkit.ts';

describe.each(engines)('report pages are valid HTML on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('the form, the form with a problem, and the article page with links, badge, block and notice', async () => {
    const sectionId = (await createSection(t.deps, { name: 'Economy' })).id;
    const a = await createArticle(t.deps, { sectionId, headline: 'Valid report pages' });
    const root = await createComment(t.deps, { articleId: a.id, body: 'First <b>line</b>\n\nSecond paragraph, https://example.test/x' });
    const reply = await createComment(t.deps, { articleId: a.id, parentId: root.id });
    await t.deps.db.updateTable('comments').set({ featured_at: t.deps.clock.now().toISOString() }).where('id', 'in', [root.id, reply.id]).execute();
    const form = await t.app.inject({ url: reportPath(a.slug, root.id) });
    const problem = await postReport(t, a.slug, root.id, { reason: '' });
    expect(problem.res.statusCode).toBe(400);
    const page = await t.app.inject({ url: `/en/articles/${a.slug}` });

    const site = (await t.deps.sites.byId(await defaultSiteId(t.deps)))!;
    const published = (await findPublishedArticle(t.deps.db, site.id, 'en', a.slug))!;
    const query = parseThreadQuery({ comment_reported: 'thanks' });
    const data = (await loadCommentsSection(t.deps, { site, locale: 'en', article: published, query }))!;
    const featured = await listFeaturedComments(t.deps.db, a.id, FEATURED_LIMIT);
    const section = renderToString(<CommentsSection data={{ ...data, featured, reported: 'thanks' }} locale="en" />);
    // The section alone in the same kind of page (the article page wires the block in via the loader).
    const sectionPage = page.body.replace(/<div class="comments">[\s\S]*<\/div><\/section><\/main>/, `${section}</section></main>`);
    expect(sectionPage).toContain('comments-featured');

    const errors = await htmlErrors({ form: form.body, problem: problem.res.body, page: page.body, sectionPage });
    expect(errors).toEqual({ form: [], problem: [], page: [], sectionPage: [] });
  }, 60_000);
});
