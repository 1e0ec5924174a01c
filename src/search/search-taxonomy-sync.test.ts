// Tag and section names are indexed with their articles (`extra`): renaming or deleting them
// must re-index those articles in the same change, or search keeps finding the old names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, createTag, defaultSiteId } from '../../test/factories.ts';
import { removeTag, saveTag } from '../tags/save-tag.ts';
import { saveSection } from '../sections/save-section.ts';
import { runSearch } from './run-search.ts';
import { resyncSectionArticles, syncArticleSearch } from './search-sync.ts';

describe.each(engines)('search after tag and section changes on %s', (engine) => {
  let t: TestContext;
  let siteId: string;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    siteId = await defaultSiteId(t.deps);
  });
  afterAll(async () => { await t.close(); });

  async function found(q: string): Promise<string[]> {
    const outcome = await runSearch(t.deps, siteId, 'en', { q, section: '', from: '', to: '', page: 1 });
    if (outcome.kind !== 'results') return [];
    return outcome.hits.map((h) => h.url);
  }
  async function story(sectionId: string, slug: string, tagIds: string[] = [], status: 'published' | 'draft' = 'published') {
    const row = await createArticle(t.deps, { sectionId, slug, headline: 'Harbour works resume', tagIds, status });
    await syncArticleSearch(t.deps.db, row.id);
    return row;
  }

  it('a renamed tag is found under its new name only', async () => {
    const section = (await createSection(t.deps, { name: 'Wildlife' })).id;
    const tag = await createTag(t.deps, { name: 'Zebrafish' });
    await story(section, 'tagged-story', [tag.id]);
    await story(section, 'draft-story', [tag.id], 'draft');
    expect(await found('zebrafish')).toEqual(['/en/articles/tagged-story']);
    expect((await saveTag(t.deps, siteId, tag.id, { name: 'Okapi', slug: 'okapi' })).kind).toBe('saved');
    expect(await found('zebrafish')).toEqual([]);
    expect(await found('okapi')).toEqual(['/en/articles/tagged-story']);
  });

  it('a deleted tag no longer finds its articles, which stay searchable otherwise', async () => {
    const section = (await createSection(t.deps, { name: 'Marine' })).id;
    const tag = await createTag(t.deps, { name: 'Narwhal' });
    await story(section, 'narwhal-story', [tag.id]);
    expect(await found('narwhal')).toEqual(['/en/articles/narwhal-story']);
    await removeTag(t.deps, siteId, tag.id);
    expect(await found('narwhal')).toEqual([]);
    expect(await found('marine')).toEqual(['/en/articles/narwhal-story']);
  });

  it('a renamed section is found under its new name only, and every batch is re-indexed', async () => {
    const section = (await createSection(t.deps, { name: 'Capybara', slug: 'capybara' })).id;
    const slugs: string[] = [];
    for (let i = 0; i < 3; i++) slugs.push((await story(section, `capybara-${i}`)).slug);
    expect((await found('capybara')).sort()).toEqual(slugs.map((s) => `/en/articles/${s}`).sort());
    const saved = await saveSection(t.deps, siteId, section, { name: 'Tapir', slug: 'tapir', position: '', labels: {} });
    expect(saved.kind).toBe('saved');
    expect(await found('capybara')).toEqual([]);
    expect((await found('tapir')).sort()).toEqual(slugs.map((s) => `/en/articles/${s}`).sort());
    // Keyset paging: batches of 2 over 3 articles visit each exactly once.
    expect(await resyncSectionArticles(t.deps.db, section, 2)).toBe(3);
  });
});
