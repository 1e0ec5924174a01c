// What the editor form offers to choose from: the site's sections and byline authors,
// and the author record linked to the signed-in user (ticked on new articles).
import type { Db } from '../db/database.ts';

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

/** The article a new translation starts from: its group, section, bylines and lead image carry over. */
export async function findTranslationSource(db: Db, siteId: string, articleId: string) {
  const row = await db.selectFrom('articles')
    .select(['id', 'translation_group_id', 'section_id', 'dateline', 'lead_media_id', 'lead_credit', 'locale'])
    .where('id', '=', articleId).where('site_id', '=', siteId).executeTakeFirst();
  if (!row) return undefined;
  const authors = await db.selectFrom('article_authors').select('author_id').where('article_id', '=', articleId).orderBy('position').execute();
  return {
    id: row.id, translationGroupId: row.translation_group_id, sectionId: row.section_id, dateline: row.dateline,
    leadMediaId: row.lead_media_id, leadCredit: row.lead_credit, locale: row.locale, authorIds: authors.map((a) => a.author_id),
  };
}

/** The other-language versions of an article, for links between them in the editor. */
export async function listTranslations(db: Db, siteId: string, groupId: string, exceptId: string): Promise<Array<{ id: string; locale: string; headline: string }>> {
  return db.selectFrom('articles').select(['id', 'locale', 'headline'])
    .where('site_id', '=', siteId).where('translation_group_id', '=', groupId).where('id', '<>', exceptId)
    .orderBy('locale').execute();
}
