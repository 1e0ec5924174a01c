import type { Db } from '../db/database.ts';
import type { TagLink } from '../public/public-content.ts';

export async function findTagBySlug(db: Db, siteId: string, slug: string): Promise<TagLink | undefined> {
  return db.selectFrom('tags').select(['id', 'slug', 'name'])
    .where('site_id', '=', siteId).where('slug', '=', slug)
    .executeTakeFirst();
}
