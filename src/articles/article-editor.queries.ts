// What the editor form offers to choose from: the site's sections and byline authors,
// and the author record linked to the signed-in user (ticked on new articles).
import type { ArticleStatus, Db } from '../db/database.ts';

export interface Choice { id: string; name: string }

export async function listSectionChoices(db: Db, siteId: string): Promise<Choice[]> {
  return db.selectFrom('sections').select(['id', 'name']).where('site_id', '=', siteId)
    .orderBy('position').orderBy('name').execute();
}

export async function listAuthorChoices(db: Db, siteId: string): Promise<Choice[]> {
  return db.selectFrom('authors').select(['id', 'name']).where('site_id', '=', siteId).orderBy('name').execute();
}

export async function findAuthorIdOfUser(db: Db, siteId: string, userId: string): Promise<string | undefined> {
  const row = await db.selectFrom('authors').select('id').where('site_id', '=', siteId).where('user_id', '=', userId).executeTakeFirst();
  return row?.id;
}

/**
 * The article a new translation starts from: its group, section, byline, dateline, lead image
 * (with caption, credit and alt text, for the translator to translate), tags and comment mode carry over.
 */
export async function findTranslationSource(db: Db, siteId: string, articleId: string) {
  const row = await db.selectFrom('articles')
    .select(['id', 'translation_group_id', 'section_id', 'dateline', 'lead_media_id', 'lead_caption', 'lead_credit', 'lead_alt', 'locale', 'comment_mode'])
    .where('id', '=', articleId).where('site_id', '=', siteId).executeTakeFirst();
  if (!row) return undefined;
  const authors = await db.selectFrom('article_authors').select('author_id').where('article_id', '=', articleId).orderBy('position').execute();
  const tags = await db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select('tags.name').where('article_tags.article_id', '=', articleId).orderBy('tags.name').execute();
  return {
    id: row.id, translationGroupId: row.translation_group_id, sectionId: row.section_id, dateline: row.dateline,
    leadMediaId: row.lead_media_id, leadCaption: row.lead_caption, leadCredit: row.lead_credit, leadAlt: row.lead_alt,
    locale: row.locale, commentMode: row.comment_mode, authorIds: authors.map((a) => a.author_id), tagNames: tags.map((t) => t.name),
  };
}

export interface GroupMember { id: string; locale: string; headline: string; status: ArticleStatus }

/** Every article of a translation group in the site (the one being edited included), for the editor's translations table. */
export async function listTranslations(db: Db, siteId: string, groupId: string): Promise<GroupMember[]> {
  return db.selectFrom('articles').select(['id', 'locale', 'headline', 'status'])
    .where('site_id', '=', siteId).where('translation_group_id', '=', groupId)
    .orderBy('locale').execute();
}
