import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection, createTag } from '../../test/factories.ts';
import { addSiteLocale, createOtherSite } from '../../test/public-fixtures.ts';
import { publishArticle } from '../articles/article-workflow.ts';
import { listRelatedArticles } from './related.queries.ts';

describe.each(engines)('related articles on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  let serial = 0;
  const day = (n: number) => `2026-06-0${n}T09:00:00.000Z`;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    siteId = (await t.deps.db.selectFrom('sites').select('id').where('is_default', '=', 1).executeTakeFirstOrThrow()).id;
  });
  afterAll(async () => { await t.close(); });

  async function article(fields: { sectionId: string; tagIds?: string[]; publishedAt?: string; locale?: string; status?: 'published' | 'draft'; translationGroupId?: string; siteId?: string }) {
    serial++;
    return createArticle(t.deps, { headline: `Related test article ${serial}`, ...fields });
  }
  const relatedTo = (a: { id: string; locale: string; section_id: string; translation_group_id: string }) =>
    listRelatedArticles(t.deps.db, { id: a.id, siteId, locale: a.locale, sectionId: a.section_id, translationGroupId: a.translation_group_id }, 4);

  it('ranks by shared tags, then the same section, then the newest, and tops up with the section', async () => {
    const [economy, politics] = [(await createSection(t.deps, { name: 'Rank economy' })).id, (await createSection(t.deps, { name: 'Rank politics' })).id];
    const [trade, border, rail] = [await createTag(t.deps, { name: 'Rank trade' }), await createTag(t.deps, { name: 'Rank border' }), await createTag(t.deps, { name: 'Rank rail' })];
    const subject = await article({ sectionId: economy, tagIds: [trade.id, border.id, rail.id], publishedAt: day(5) });
    const table = {
      twoTagsOtherSection: await article({ sectionId: politics, tagIds: [trade.id, border.id], publishedAt: day(1) }),
      oneTagSameSectionOld: await article({ sectionId: economy, tagIds: [rail.id], publishedAt: day(1) }),
      oneTagOtherSectionNew: await article({ sectionId: politics, tagIds: [trade.id], publishedAt: day(4) }),
      oneTagSameSectionNew: await article({ sectionId: economy, tagIds: [border.id], publishedAt: day(3) }),
      threeTags: await article({ sectionId: politics, tagIds: [trade.id, border.id, rail.id], publishedAt: day(2) }),
    };
    const ids = (await relatedTo(subject)).map((a) => a.id);
    expect(ids).toEqual([table.threeTags.id, table.twoTagsOtherSection.id, table.oneTagSameSectionNew.id, table.oneTagSameSectionOld.id]);

    // An article without tags gets the newest of its section.
    const lonely = await article({ sectionId: politics, publishedAt: day(6) });
    expect((await relatedTo(lonely)).map((a) => a.id)).toEqual([table.oneTagOtherSectionNew.id, table.threeTags.id, table.twoTagsOtherSection.id]);
  });

  it('puts tag matches first and fills the rest from the section without repeating any', async () => {
    const section = (await createSection(t.deps, { name: 'Fill section' })).id;
    const tag = await createTag(t.deps, { name: 'Fill tag' });
    const subject = await article({ sectionId: section, tagIds: [tag.id], publishedAt: day(1) });
    const tagged = await article({ sectionId: section, tagIds: [tag.id], publishedAt: day(2) });
    const newest = await article({ sectionId: section, publishedAt: day(4) });
    const older = await article({ sectionId: section, publishedAt: day(3) });
    expect((await relatedTo(subject)).map((a) => a.id)).toEqual([tagged.id, newest.id, older.id]);
  });

  it('never lists the article itself, its translations, drafts, other locales or other sites', async () => {
    const section = (await createSection(t.deps, { name: 'Fence section' })).id;
    const tag = await createTag(t.deps, { name: 'Fence tag' });
    const other = await createOtherSite(t.deps, { host: 'related-other.example.test' });
    const otherSection = (await createSection(t.deps, { name: 'Fence other', siteId: other.id })).id;
    const subject = await article({ sectionId: section, tagIds: [tag.id] });
    await article({ sectionId: section, tagIds: [tag.id], locale: 'ru', translationGroupId: subject.id }); // its translation
    await article({ sectionId: section, tagIds: [tag.id], locale: 'ru' }); // another locale
    await article({ sectionId: section, tagIds: [tag.id], status: 'draft' });
    await article({ sectionId: otherSection, tagIds: [tag.id], siteId: other.id });
    expect(await relatedTo(subject)).toEqual([]);
    // A translation in the same locale cannot exist (one per locale per group); the group alone excludes them all.
    const russian = (await t.deps.db.selectFrom('articles').select(['id', 'locale', 'section_id', 'translation_group_id']).where('translation_group_id', '=', subject.id).where('locale', '=', 'ru').executeTakeFirstOrThrow());
    expect((await relatedTo(russian)).map((a) => a.headline)).toHaveLength(1);
  });

  it('stays right when its tag is shared by thousands of articles, most of them newer and not eligible', async () => {
    const section = (await createSection(t.deps, { name: 'Crowd section' })).id;
    const elsewhere = (await createSection(t.deps, { name: 'Crowd elsewhere' })).id;
    const [crowd, niche] = [await createTag(t.deps, { name: 'Crowd tag' }), await createTag(t.deps, { name: 'Crowd niche' })];
    const other = await createOtherSite(t.deps, { host: 'crowd-other.example.test' });
    const otherSection = (await createSection(t.deps, { name: 'Crowd other', siteId: other.id })).id;
    const subject = await article({ sectionId: section, tagIds: [crowd.id, niche.id], publishedAt: '2026-01-01T00:00:00.000Z' });
    const both = await article({ sectionId: elsewhere, tagIds: [crowd.id, niche.id], publishedAt: '2025-01-01T00:00:00.000Z' });
    // 2,000 sharers of `crowd`: the newest are another locale, drafts and another site's, then
    // this site's: in another section except three, a little older, in the subject's section.
    const kinds = (i: number): { locale?: string; status?: 'draft'; site_id?: string; section_id?: string } =>
      (i < 1500 ? [{ locale: 'ru' }, { status: 'draft' as const }, { site_id: other.id, section_id: otherSection }][i % 3]! : {});
    const rows = Array.from({ length: 2000 }, (_, i) => {
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      const at = new Date(Date.UTC(2025, 11, 31) - i * 60_000).toISOString();
      const sectionId = i >= 1520 && i < 1523 ? section : elsewhere;
      return { ...subject, id, translation_group_id: id, slug: `crowd-${i}`, section_id: sectionId, published_at: at, ...kinds(i) };
    });
    for (let i = 0; i < rows.length; i += 250) {
      await t.deps.db.insertInto('articles').values(rows.slice(i, i + 250)).execute();
      await t.deps.db.insertInto('article_tags').values(rows.slice(i, i + 250).map((r) => ({ article_id: r.id, tag_id: crowd.id }))).execute();
    }
    // Two shared tags first however old; then one shared tag, the same section before the newest.
    const newestOfSection = rows.slice(1520, 1523).map((r) => r.id);
    expect((await relatedTo(subject)).map((a) => a.id)).toEqual([both.id, ...newestOfSection]);
  });

  it('shows the list under the article, and a newly published related article appears on the cached page', async () => {
    const section = (await createSection(t.deps, { name: 'Page section' })).id;
    const tag = await createTag(t.deps, { name: 'Page tag' });
    const subject = await article({ sectionId: section, tagIds: [tag.id] });
    const first = await article({ sectionId: section, tagIds: [tag.id] });
    const url = `/en/articles/${subject.slug}`;
    const page = await t.app.inject({ url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="related-heading"');
    expect(page.body).toContain(`href="/en/articles/${first.slug}"`);
    expect(page.body).not.toContain(`<li><a href="${url}"`);
    expect(page.body).toContain(`data-view-beacon="/api/views/${subject.id}"`);

    const later = await article({ sectionId: section, tagIds: [tag.id], status: 'draft' });
    expect((await t.app.inject({ url })).body).not.toContain(later.slug);
    expect((await publishArticle(t.deps, later.id, null)).kind).toBe('published');
    expect((await t.app.inject({ url })).body).toContain(`href="/en/articles/${later.slug}"`);
  });

  it('words the heading in the page language', async () => {
    const section = (await createSection(t.deps, { name: 'Ru section' })).id;
    const subject = await article({ sectionId: section, locale: 'ru' });
    await article({ sectionId: section, locale: 'ru' });
    expect((await t.app.inject({ url: `/ru/articles/${subject.slug}` })).body).toContain('Читайте также');
  });
});
