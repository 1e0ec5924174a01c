// Related articles under an article: published articles of the same site and locale that share
// tags with it (most shared tags first, then the same section, then the newest), topped up with
// the newest of its section. Never the article itself or any of its translations (same group).
// Candidates are bounded first, so a popular tag costs no more than a rare one: for each of the
// article's tags only its newest CANDIDATES_PER_TAG published articles of the site and locale are
// considered, then ranked by how many of the article's tags they carry. Every tag-sharing
// candidate outranks every section-only article (≥ 1 shared tag against 0), so the split is exact.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { reusableQuery } from '../public/reusable-query.ts';
import type { ArticleLink } from './article-link.ts';

/** The article the list is for. */
export interface RelatedTo { id: string; siteId: string; locale: string; sectionId: string; translationGroupId: string }

/** Newest articles per tag considered; older ones sharing more tags may be passed over (CONTEXT.md). */
export const CANDIDATES_PER_TAG = 50;
/** Up to this many articles a tag is walked from article_tags; above it, from the site's newest articles. */
const SMALL_TAG = 1000;

function publishedOthers(db: Db, siteId: string, locale: string, groupId: string) {
  return db.selectFrom('articles')
    .select(['articles.id', 'articles.locale', 'articles.slug', 'articles.headline', 'articles.published_at', 'articles.section_id'])
    .where('articles.site_id', '=', siteId).where('articles.locale', '=', locale).where('articles.status', '=', 'published')
    .where('articles.translation_group_id', '<>', groupId);
}

const tagsOf = reusableQuery((db: Db, articleId: string) =>
  db.selectFrom('article_tags').select('tag_id').where('article_id', '=', articleId));

// Bounded count on article_tags_tag_article_idx (reads at most `cap` entries): is the tag small?
const tagSize = reusableQuery((db: Db, tagId: string, cap: number) =>
  db.selectFrom((inner) => inner.selectFrom('article_tags').select('article_id').where('tag_id', '=', tagId).limit(cap).as('t'))
    .select((eb) => eb.fn.countAll<number | string>().as('n')));

// A small tag: its articles from the index, the newest published ones of the site and locale.
const newestOfSmallTag = reusableQuery((db: Db, tagId: string, siteId: string, locale: string, groupId: string, limit: number) =>
  publishedOthers(db, siteId, locale, groupId)
    .innerJoin('article_tags', 'article_tags.article_id', 'articles.id').where('article_tags.tag_id', '=', tagId)
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit));

// A big tag: walk the site's newest articles (articles_listing_idx) and keep those carrying it
// (article_tags_pk); stops after `limit`, soon when the tag is common among recent articles.
const newestOfBigTag = reusableQuery((db: Db, tagId: string, siteId: string, locale: string, groupId: string, limit: number) =>
  publishedOthers(db, siteId, locale, groupId)
    .where((eb) => eb.exists(eb.selectFrom('article_tags').select('article_tags.tag_id')
      .whereRef('article_tags.article_id', '=', 'articles.id').where('article_tags.tag_id', '=', tagId)))
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc').limit(limit));

const bySection = reusableQuery((db: Db, siteId: string, locale: string, groupId: string, sectionId: string, limit: number) =>
  publishedOthers(db, siteId, locale, groupId)
    .where('articles.section_id', '=', sectionId)
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')
    .limit(limit));

type Row = { id: string; locale: string; slug: string; headline: string; published_at: string | null; section_id: string };
const toLink = (r: Row): ArticleLink => ({ id: r.id, locale: r.locale, slug: r.slug, headline: r.headline, publishedAt: r.published_at ?? '' });

async function newestWithTag(db: Db, tagId: string, article: RelatedTo): Promise<Row[]> {
  const { siteId, locale, translationGroupId: groupId } = article;
  const small = Number((await tagSize(db, tagId, SMALL_TAG + 1))[0]?.n ?? 0) <= SMALL_TAG;
  return (small ? newestOfSmallTag : newestOfBigTag)(db, tagId, siteId, locale, groupId, CANDIDATES_PER_TAG);
}

/** How many of `tagIds` each candidate carries (article_tags_pk), by article id. */
async function sharedCounts(db: Db, candidateIds: string[], tagIds: string[]): Promise<Map<string, number>> {
  const rows = await db.selectFrom('article_tags').select('article_id').select((eb) => eb.fn.countAll<number | string>().as('shared'))
    .where('article_id', 'in', candidateIds).where('tag_id', 'in', tagIds).groupBy('article_id').execute();
  return new Map(rows.map((r) => [r.article_id, Number(r.shared)]));
}

const desc = (a: string, b: string) => (a < b ? 1 : a > b ? -1 : 0);

/** The bounded candidates, ranked: shared tags, then same section, then newest (then id, for a stable order). */
async function byTags(db: Db, article: RelatedTo, limit: number): Promise<Row[]> {
  const tagIds = (await tagsOf(db, article.id)).map((r) => r.tag_id);
  const candidates = new Map<string, Row>();
  for (const tagId of tagIds) {
    for (const row of await newestWithTag(db, tagId, article)) candidates.set(row.id, row);
  }
  if (candidates.size === 0) return [];
  const shared = await sharedCounts(db, [...candidates.keys()], tagIds);
  const rank = (r: Row) => [shared.get(r.id) ?? 0, r.section_id === article.sectionId ? 1 : 0] as const;
  return [...candidates.values()].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return rb[0] - ra[0] || rb[1] - ra[1] || desc(a.published_at ?? '', b.published_at ?? '') || desc(a.id, b.id);
  }).slice(0, limit);
}

/** Up to `limit` related articles, best first. */
export async function listRelatedArticles(db: Db, article: RelatedTo, limit: number): Promise<ArticleLink[]> {
  const { siteId, locale, translationGroupId: groupId, sectionId } = article;
  const tagged = (await byTags(db, article, limit)).map(toLink);
  if (tagged.length >= limit) return tagged;
  // Asks for `limit` more than needed: up to `limit` of the section's newest may already be in the list.
  const seen = new Set(tagged.map((a) => a.id));
  const newest = (await bySection(db, siteId, locale, groupId, sectionId, limit * 2)).map(toLink).filter((a) => !seen.has(a.id));
  return [...tagged, ...newest].slice(0, limit);
}
