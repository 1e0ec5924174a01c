import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createAuthor, createSection, createUser, defaultSiteId } from '../../test/factories.ts';
import { findEditableArticle, listSlugHistory } from './article.queries.ts';
import { listRevisions } from './article-revision.queries.ts';
import { publishArticle } from './article-workflow.ts';
import { createArticle, updateArticle, type ArticleInput } from './save-article.ts';

describe.each(engines)('saving articles on %s', (engine) => {
  let t: TestContext;
  let base: ArticleInput;
  let editorId: string;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    const siteId = await defaultSiteId(t.deps);
    const section = await createSection(t.deps, { name: 'Economy' });
    const author = await createAuthor(t.deps, { name: 'Aru Bekova' });
    editorId = (await createUser(t.deps, { role: 'editor' })).id;
    base = {
      siteId, locale: 'en', headline: 'Border crossing reopens after repairs', summary: 'Lorries move again.',
      sectionId: section.id, authorIds: [author.id], dateline: 'BISHKEK', bodyMd: 'Traffic resumed.\n\n## Queues\n\nLong ones.',
      tags: ['Trade', 'Transport', 'trade'], leadMediaId: null, leadCaption: '', leadCredit: '', leadAlt: '',
    };
  });
  afterAll(async () => { await t.close(); });

  it('creates a draft with rendered body, bylines, tags by slug and a first revision', async () => {
    const result = await createArticle(t.deps, base, editorId);
    expect(result).toMatchObject({ kind: 'saved', slug: 'border-crossing-reopens-after-repairs', version: 1 });
    if (result.kind !== 'saved') return;
    const article = (await findEditableArticle(t.deps.db, result.id))!;
    expect(article).toMatchObject({ status: 'draft', version: 1, createdBy: editorId, translationGroupId: result.id, authorIds: base.authorIds });
    expect(article.tagNames).toEqual(['Trade', 'Transport']);
    const html = await t.deps.db.selectFrom('articles').select('body_html').where('id', '=', result.id).executeTakeFirstOrThrow();
    expect(html.body_html).toContain('<h2>Queues</h2>');
    const revisions = await listRevisions(t.deps.db, result.id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({ version: 1, status: 'draft', headline: base.headline });
  });

  it('makes the slug unique per site and locale', async () => {
    const again = await createArticle(t.deps, base, editorId);
    const third = await createArticle(t.deps, base, editorId);
    expect(again).toMatchObject({ kind: 'saved', slug: 'border-crossing-reopens-after-repairs-2' });
    expect(third).toMatchObject({ kind: 'saved', slug: 'border-crossing-reopens-after-repairs-3' });
  });

  it('returns every problem at once, naming the fields', async () => {
    const result = await createArticle(t.deps, {
      ...base, headline: ' ', summary: 'x'.repeat(401), sectionId: 'nope', authorIds: [], locale: 'fr', slug: 'Not A Slug',
    }, editorId);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(Object.keys(result.errors).sort()).toEqual(['authorIds', 'headline', 'locale', 'sectionId', 'slug', 'summary']);
    expect(result.errors.summary).toEqual({ key: 'summaryTooLong', values: { max: 400, count: 401 } });
    expect(result.errors.headline).toEqual({ key: 'headlineMissing' });
  });

  it('refuses a byline of thousands of authors with a field error, not a database error', async () => {
    const authorIds = Array.from({ length: 40_000 }, (_, i) => `a${i}`);
    const result = await createArticle(t.deps, { ...base, authorIds }, editorId);
    expect(result).toMatchObject({ kind: 'invalid', errors: { authorIds: { key: 'tooManyAuthors', values: { max: 20 } } } });
  });

  it('refuses an explicit slug another article in the language holds', async () => {
    const result = await createArticle(t.deps, { ...base, slug: 'border-crossing-reopens-after-repairs' }, editorId);
    expect(result).toMatchObject({ kind: 'invalid', errors: { slug: { key: 'slugTaken' } } });
  });

  it('requires alt text for a lead image that has none in the library', async () => {
    const result = await createArticle(t.deps, { ...base, leadMediaId: 'no-such-image' }, editorId);
    expect(result).toMatchObject({ kind: 'invalid', errors: { leadMediaId: { key: 'leadImageGone' } } });
  });

  it('updates with the current version, increments it and writes a revision per save', async () => {
    const created = await createArticle(t.deps, { ...base, headline: 'Water tariffs rise' }, editorId);
    if (created.kind !== 'saved') throw new Error('not saved');
    const first = await updateArticle(t.deps, created.id, { ...base, headline: 'Water tariffs rise in May' }, 1, editorId);
    expect(first).toMatchObject({ kind: 'saved', version: 2 });
    const second = await updateArticle(t.deps, created.id, { ...base, headline: 'Water tariffs rise in June' }, 2, null);
    expect(second).toMatchObject({ kind: 'saved', version: 3 });
    const revisions = await listRevisions(t.deps.db, created.id);
    expect(revisions.map((r) => [r.version, r.headline])).toEqual([[3, 'Water tariffs rise in June'], [2, 'Water tariffs rise in May'], [1, 'Water tariffs rise']]);
    // Never published, and no slug typed: the slug follows the headline.
    expect((await findEditableArticle(t.deps.db, created.id))!.slug).toBe('water-tariffs-rise-in-june');
  });

  it('answers a save from a stale version with a conflict and changes nothing', async () => {
    const created = await createArticle(t.deps, { ...base, headline: 'Snow closes the pass' }, editorId);
    if (created.kind !== 'saved') throw new Error('not saved');
    await updateArticle(t.deps, created.id, { ...base, headline: 'Snow closes the pass again' }, 1, editorId);
    const stale = await updateArticle(t.deps, created.id, { ...base, headline: 'My older edit' }, 1, editorId);
    expect(stale).toEqual({ kind: 'conflict' });
    const article = (await findEditableArticle(t.deps.db, created.id))!;
    expect(article).toMatchObject({ headline: 'Snow closes the pass again', version: 2 });
    expect(await listRevisions(t.deps.db, created.id)).toHaveLength(2);
  });

  it('lets only one of two simultaneous saves of the same version win', async () => {
    const created = await createArticle(t.deps, { ...base, headline: 'Two editors at once' }, editorId);
    if (created.kind !== 'saved') throw new Error('not saved');
    const results = await Promise.all([
      updateArticle(t.deps, created.id, { ...base, headline: 'Edit A' }, 1, editorId),
      updateArticle(t.deps, created.id, { ...base, headline: 'Edit B' }, 1, editorId),
    ]);
    expect(results.map((r) => r.kind).sort()).toEqual(['conflict', 'saved']);
    expect(await listRevisions(t.deps.db, created.id)).toHaveLength(2);
  });

  it('keeps a published slug unless edited, and records the old one when it changes', async () => {
    const created = await createArticle(t.deps, { ...base, headline: 'Metro line opens' }, editorId);
    if (created.kind !== 'saved') throw new Error('not saved');
    expect(await publishArticle(t.deps, created.id, editorId)).toEqual({ kind: 'published' });
    const renamed = await updateArticle(t.deps, created.id, { ...base, headline: 'Metro line opens to the public' }, 2, editorId);
    expect(renamed).toMatchObject({ kind: 'saved', slug: 'metro-line-opens' });
    expect(await listSlugHistory(t.deps.db, created.id)).toEqual([]);
    const moved = await updateArticle(t.deps, created.id, { ...base, headline: 'Metro line opens to the public', slug: 'metro-opens' }, 3, editorId);
    expect(moved).toMatchObject({ kind: 'saved', slug: 'metro-opens' });
    expect(await listSlugHistory(t.deps.db, created.id)).toEqual([{ locale: 'en', slug: 'metro-line-opens' }]);
    // Going back to the old slug makes it live again rather than a redirect to itself.
    await updateArticle(t.deps, created.id, { ...base, headline: 'Metro line opens to the public', slug: 'metro-line-opens' }, 4, editorId);
    expect(await listSlugHistory(t.deps.db, created.id)).toEqual([{ locale: 'en', slug: 'metro-opens' }]);
  });

  it('sets content_updated_at and drops cached pages when a published article is edited', async () => {
    const created = await createArticle(t.deps, { ...base, headline: 'Budget passes' }, editorId);
    if (created.kind !== 'saved') throw new Error('not saved');
    await publishArticle(t.deps, created.id, editorId);
    t.deps.pageCache.set(base.siteId, '/en/', { body: 'old', contentType: 'text/html', status: 200 });
    t.deps.clock.advance(60_000);
    await updateArticle(t.deps, created.id, { ...base, headline: 'Budget passes after a long debate' }, 2, editorId);
    const article = (await findEditableArticle(t.deps.db, created.id))!;
    expect(article.contentUpdatedAt).toBe(t.deps.clock.now().toISOString());
    expect(article.publishedAt).not.toBe(article.contentUpdatedAt);
    expect(t.deps.pageCache.get(base.siteId, '/en/')).toBeUndefined();
  });

  it('keeps one article per locale in a translation group', async () => {
    const created = await createArticle(t.deps, { ...base, headline: 'Elections called' }, editorId);
    if (created.kind !== 'saved') throw new Error('not saved');
    const sameLocale = await createArticle(t.deps, { ...base, headline: 'Elections called (copy)', translationGroupId: created.id }, editorId);
    expect(sameLocale).toMatchObject({ kind: 'invalid', errors: { locale: { key: 'localeTaken', values: { locale: 'en' } } } });
  });
});
