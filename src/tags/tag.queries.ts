// Admin reads and writes of tags. Public reads live in tag-page.queries.ts.
import type { Db } from '../db/database.ts';

export interface TagRow { id: string; siteId: string; slug: string; name: string }
export interface TagWithCount extends TagRow { articleCount: number }

const toTag = (r: { id: string; site_id: string; slug: string; name: string }): TagRow => ({ id: r.id, siteId: r.site_id, slug: r.slug, name: r.name });

export async function listTagsWithCounts(db: Db, siteId: string): Promise<TagWithCount[]> {
  const rows = await db.selectFrom('tags').select(['id', 'site_id', 'slug', 'name']).where('site_id', '=', siteId).orderBy('name').execute();
  const counts = await db.selectFrom('article_tags').innerJoin('tags', 'tags.id', 'article_tags.tag_id')
    .select(['article_tags.tag_id', (eb) => eb.fn.countAll().as('n')])
    .where('tags.site_id', '=', siteId).groupBy('article_tags.tag_id').execute();
  const byTag = new Map(counts.map((c) => [c.tag_id, Number(c.n)]));
  return rows.map((r) => ({ ...toTag(r), articleCount: byTag.get(r.id) ?? 0 }));
}

export async function findTag(db: Db, siteId: string, id: string): Promise<TagRow | undefined> {
  const row = await db.selectFrom('tags').select(['id', 'site_id', 'slug', 'name']).where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  return row && toTag(row);
}

export async function findTagIdBySlug(db: Db, siteId: string, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('tags').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

export async function countArticlesWithTag(db: Db, tagId: string): Promise<number> {
  const row = await db.selectFrom('article_tags').select((eb) => eb.fn.countAll().as('n')).where('tag_id', '=', tagId).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertTag(db: Db, row: TagRow & { createdAt: string }): Promise<void> {
  await db.insertInto('tags').values({ id: row.id, site_id: row.siteId, slug: row.slug, name: row.name, created_at: row.createdAt }).execute();
}

export async function updateTag(db: Db, id: string, fields: { slug: string; name: string }): Promise<void> {
  await db.updateTable('tags').set({ slug: fields.slug, name: fields.name }).where('id', '=', id).execute();
}

/** Deletes the tag and takes it off every article that had it. */
export async function deleteTag(db: Db, id: string): Promise<void> {
  await db.deleteFrom('article_tags').where('tag_id', '=', id).execute();
  await db.deleteFrom('tags').where('id', '=', id).execute();
}
