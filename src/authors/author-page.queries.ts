import type { Db } from '../db/database.ts';
import type { AuthorProfile } from '../public/public-content.ts';

export async function findAuthorBySlug(db: Db, siteId: string, slug: string): Promise<AuthorProfile | undefined> {
  return db.selectFrom('authors').select(['id', 'slug', 'name', 'bio'])
    .where('site_id', '=', siteId).where('slug', '=', slug)
    .executeTakeFirst();
}
