// SQL the demo seed needs that no feature owns: "is this database empty?" and
// wiping every piece of newsroom content before `seed-demo --force` starts over.
import type { Db } from '../db/database.ts';

export async function countArticlesAndUsers(db: Db): Promise<{ articles: number; users: number }> {
  const articles = await db.selectFrom('articles').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  const users = await db.selectFrom('users').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { articles: Number(articles.n), users: Number(users.n) };
}

export async function listAllMediaStorageKeys(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('media').select('storage_key').execute();
  return rows.map((r) => r.storage_key);
}

export async function listAllSiteIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('sites').select('id').execute();
  return rows.map((r) => r.id);
}

/**
 * Deletes all newsroom content, children before parents so neither engine's
 * foreign keys object, in one transaction: a failure leaves the old content intact.
 * Settings (the signing secret) survive.
 */
export async function deleteAllContent(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    // Reader engagement first: it points at articles, sites and users.
    await trx.deleteFrom('comments').execute();
    await trx.deleteFrom('comment_duplicate_guards').execute();
    await trx.deleteFrom('article_votes').execute();
    await trx.deleteFrom('article_counters').execute();
    await trx.deleteFrom('comment_policies').execute();
    await trx.deleteFrom('article_slug_history').execute();
    await trx.deleteFrom('article_revisions').execute();
    await trx.deleteFrom('article_tags').execute();
    await trx.deleteFrom('article_authors').execute();
    await trx.deleteFrom('articles').execute();
    await trx.deleteFrom('tags').execute();
    await trx.deleteFrom('media').execute();
    await trx.deleteFrom('authors').execute();
    await trx.deleteFrom('section_labels').execute();
    await trx.deleteFrom('sections').execute();
    await trx.deleteFrom('sessions').execute();
    await trx.deleteFrom('users').execute();
    await trx.deleteFrom('site_locales').execute();
    await trx.deleteFrom('sites').execute();
  });
}

