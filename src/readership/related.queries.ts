// Related articles under an article: published articles of the same site and locale that share
// tags with it (most shared tags first, then the same section, then the newest), topped up with
// the newest of its section. Never the article itself or any of its translations (same group).
// Two indexed queries, the second only when tags gave fewer than wanted: every tag-sharing
// article outranks every section-only one (≥ 1 shared tag against 0), so the split is exact.
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import { reusableQuery } from '../public/reusable-query.ts';
import type { ArticleLink } from './article-link.ts';

/** The article the list is for. */
export interface RelatedTo { id: string; siteId: string; locale: string; sectionId: string; translationGroupId: string }

function publishedOthers(db: Db, siteId: string, locale: string, groupId: string) {
  return db.selectFrom('articles')
    .select(['articles.id', 'articles.locale', 'articles.slug', 'articles.headline', 'articles.published_at'])
    .where('articles.site_id', '=', siteId).where('articles.locale', '=', locale).where('articles.status', '=', 'published')
    .where('articles.translation_group_id', '<>', groupId);
}

const byTags = reusableQuery((db: Db, articleId: string, siteId: string, locale: string, groupId: string, sectionId: string, limit: number) => {
  // Shared tags per other article: article_tags_pk finds this article's tags, article_tags_tag_idx the others.
  const shared = db.selectFrom('article_tags as mine')
    .innerJoin('article_tags as other', 'other.tag_id', 'mine.tag_id')
    .select(['other.article_id'])
    .select((eb) => eb.fn.countAll<number | string>().as('shared'))
    .where('mine.article_id', '=', articleId)
    .groupBy('other.article_id');
  return publishedOthers(db, siteId, locale, groupId)
    .innerJoin(shared.as('s'), 's.article_id', 'articles.id')
    .orderBy('s.shared', 'desc')
    .orderBy(sql`case when ${sql.ref('articles.section_id')} = ${sectionId} then 0 else 1 end`)
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')
    .limit(limit);
});

const bySection = reusableQuery((db: Db, siteId: string, locale: string, groupId: string, sectionId: string, limit: number) =>
  publishedOthers(db, siteId, locale, groupId)
    .where('articles.section_id', '=', sectionId)
    .orderBy('articles.published_at', 'desc').orderBy('articles.id', 'desc')
    .limit(limit));

type Row = { id: string; locale: string; slug: string; headline: string; published_at: string | null };
const toLink = (r: Row): ArticleLink => ({ id: r.id, locale: r.locale, slug: r.slug, headline: r.headline, publishedAt: r.published_at ?? '' });

/** Up to `limit` related articles, best first. */
export async function listRelatedArticles(db: Db, article: RelatedTo, limit: number): Promise<ArticleLink[]> {
  const { id, siteId, locale, translationGroupId: groupId, sectionId } = article;
  const tagged = (await byTags(db, id, siteId, locale, groupId, sectionId, limit)).map(toLink);
  if (tagged.length >= limit) return tagged;
  // Asks for `limit` more than needed: up to `limit` of the section's newest may already be in the list.
  const seen = new Set(tagged.map((a) => a.id));
  const newest = (await bySection(db, siteId, locale, groupId, sectionId, limit * 2)).map(toLink).filter((a) => !seen.has(a.id));
  return [...tagged, ...newest].slice(0, limit);
}
