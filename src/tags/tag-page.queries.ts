import type { Db } from '../db/database.ts';
import type { TagLink } from '../public/public-content.ts';
import { reusableQuery } from '../public/reusable-query.ts';

const tagBySlug = reusableQuery((db: Db, siteId: string, slug: string) =>
  db.selectFrom('tags').select(['id', 'slug', 'name']).where('site_id', '=', siteId).where('slug', '=', slug));

export async function findTagBySlug(db: Db, siteId: string, slug: string): Promise<TagLink | undefined> {
  const [tag] = await tagBySlug(db, siteId, slug);
  return tag;
}
