// Which published articles a tag or section rename/delete touches: their index entries hold the
// tag and section names (`extra`), so those entries must be rebuilt in the same transaction.
// Keyset pages by article id so a huge section is walked in bounded batches.
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.ts';

type Db = Kysely<DB>;

/** Up to `limit` published articles carrying the tag, ids after `after`, in id order. */
export async function listPublishedIdsWithTag(db: Db, tagId: string, after: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('article_tags').innerJoin('articles', 'articles.id', 'article_tags.article_id')
    .select('articles.id').where('article_tags.tag_id', '=', tagId).where('articles.status', '=', 'published')
    .where('articles.id', '>', after).orderBy('articles.id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Up to `limit` published articles of the section, ids after `after`, in id order. */
export async function listPublishedIdsInSection(db: Db, sectionId: string, after: string, limit: number): Promise<string[]> {
  const rows = await db.selectFrom('articles').select('id').where('section_id', '=', sectionId)
    .where('status', '=', 'published').where('id', '>', after).orderBy('id').limit(limit).execute();
  return rows.map((r) => r.id);
}
