// Keeps the index current: the article workflow calls syncArticleSearch inside the same
// transaction as the change, so the index never disagrees with what readers can see.
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.ts';
import { findSearchDocument, listUnindexedArticleIds } from './article-search.queries.ts';
import { searchIndexOf } from './search-index.ts';

/** Indexes the article if it is published, else removes it from the index. */
export async function syncArticleSearch(db: Kysely<DB>, articleId: string): Promise<void> {
  const index = searchIndexOf(db);
  const doc = await findSearchDocument(db, articleId);
  if (doc) await index.put(db, doc);
  else await index.remove(db, articleId);
}

/**
 * Indexes every published article that has no entry yet, in batches; returns how many.
 * Run when the app starts: the migration cannot (it must not import the stemmers' app code).
 */
export async function backfillSearchIndex(db: Kysely<DB>, batch = 500): Promise<number> {
  let done = 0;
  const seen = new Set<string>();
  for (;;) {
    const ids = await listUnindexedArticleIds(db, batch);
    // An article that cannot be indexed would otherwise be listed again forever.
    if (ids.every((id) => seen.has(id))) return done;
    ids.forEach((id) => seen.add(id));
    await db.transaction().execute(async (trx) => {
      for (const id of ids) await syncArticleSearch(trx, id);
    });
    done += ids.length;
  }
}
