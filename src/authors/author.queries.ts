// Admin reads and writes of authors (bylines). Public reads live in author-page.queries.ts.
import type { Db } from '../db/database.ts';

export interface AuthorRow { id: string; siteId: string; slug: string; name: string; bio: string; userId: string | null }
export interface AuthorListItem extends AuthorRow { userName: string | null; articleCount: number }

const toAuthor = (r: { id: string; site_id: string; slug: string; name: string; bio: string; user_id: string | null }): AuthorRow =>
  ({ id: r.id, siteId: r.site_id, slug: r.slug, name: r.name, bio: r.bio, userId: r.user_id });

export async function listAuthorsWithCounts(db: Db, siteId: string): Promise<AuthorListItem[]> {
  const rows = await db.selectFrom('authors')
    .leftJoin('users', 'users.id', 'authors.user_id')
    .select(['authors.id', 'authors.site_id', 'authors.slug', 'authors.name', 'authors.bio', 'authors.user_id', 'users.display_name as user_name'])
    .where('authors.site_id', '=', siteId).orderBy('authors.name').execute();
  const counts = await db.selectFrom('article_authors').innerJoin('authors', 'authors.id', 'article_authors.author_id')
    .select(['article_authors.author_id', (eb) => eb.fn.countAll().as('n')])
    .where('authors.site_id', '=', siteId).groupBy('article_authors.author_id').execute();
  const byAuthor = new Map(counts.map((c) => [c.author_id, Number(c.n)]));
  return rows.map((r) => ({ ...toAuthor(r), userName: r.user_name, articleCount: byAuthor.get(r.id) ?? 0 }));
}

export async function findAuthor(db: Db, siteId: string, id: string): Promise<AuthorRow | undefined> {
  const row = await db.selectFrom('authors').select(['id', 'site_id', 'slug', 'name', 'bio', 'user_id'])
    .where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  return row && toAuthor(row);
}

export async function findAuthorIdBySlug(db: Db, siteId: string, slug: string): Promise<string | undefined> {
  const row = await db.selectFrom('authors').select('id').where('site_id', '=', siteId).where('slug', '=', slug).executeTakeFirst();
  return row?.id;
}

export async function countArticlesByAuthor(db: Db, authorId: string): Promise<number> {
  const row = await db.selectFrom('article_authors').select((eb) => eb.fn.countAll().as('n')).where('author_id', '=', authorId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Staff who can be linked to a byline: id and name, for the form's select. */
export async function listLinkableUsers(db: Db): Promise<Array<{ id: string; name: string }>> {
  const rows = await db.selectFrom('users').select(['id', 'display_name', 'email']).orderBy('display_name').execute();
  return rows.map((r) => ({ id: r.id, name: `${r.display_name} (${r.email})` }));
}

export async function userExists(db: Db, id: string): Promise<boolean> {
  return (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

export async function insertAuthor(db: Db, row: AuthorRow & { createdAt: string }): Promise<void> {
  await db.insertInto('authors').values({
    id: row.id, site_id: row.siteId, slug: row.slug, name: row.name, bio: row.bio, user_id: row.userId, created_at: row.createdAt,
  }).execute();
}

export async function updateAuthor(db: Db, id: string, fields: { slug: string; name: string; bio: string; userId: string | null }): Promise<void> {
  await db.updateTable('authors').set({ slug: fields.slug, name: fields.name, bio: fields.bio, user_id: fields.userId }).where('id', '=', id).execute();
}

export async function deleteAuthor(db: Db, id: string): Promise<void> {
  await db.deleteFrom('authors').where('id', '=', id).execute();
}
