import type { Db } from '../db/database.ts';
import type { AuthorProfile } from '../public/public-content.ts';
import { reusableQuery } from '../public/reusable-query.ts';

const authorBySlug = reusableQuery((db: Db, siteId: string, slug: string) =>
  db.selectFrom('authors').select(['id', 'slug', 'name', 'bio']).where('site_id', '=', siteId).where('slug', '=', slug));

export async function findAuthorBySlug(db: Db, siteId: string, slug: string): Promise<AuthorProfile | undefined> {
  const [author] = await authorBySlug(db, siteId, slug);
  return author;
}
