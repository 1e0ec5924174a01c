// Keeps the index current: the article workflow calls syncArticleSearch inside the same
// transaction as the change, so the index never disagrees with what readers can see.
import type { Kysely } from 'kysely';
import type { DB } from '../db/database.ts';
import { findSearchDocument, listUnindexedArticleIds } from './article-search.queries.ts';
import { listPublishedIdsInSection, listPublishedIdsWithTag } from './search-resync.queries.ts';
import { searchIndexOf } from './search-index.ts';

/** Indexes the article if it is published, else removes it from the index. */
export async function syncArticleSearch(db: Kysely<DB>, articleId: string): Promise<void> {
  const index = searchIndexOf(db);
  const doc = await findSearchDocument(db, articleId);
  if (doc) await index.put(db, doc);
  else await index.remove(db, articleId);
}

type IdPage = (db: Kysely<DB>, after: string, limit: number) => Promise<string[]>;

/** Re-indexes every article `page` lists, `batch` ids per query (call inside the change's transaction). */
async function resyncPages(db: Kysely<DB>, page: IdPage, batch: number): Promise<number> {
  let done = 0;
  let after = '';
  for (;;) {
    const ids = await page(db, after, batch);
    for (const id of ids) await syncArticleSearch(db, id);
    done += ids.length;
    if (ids.length < batch) return done;
    after = ids[ids.length - 1]!;
  }
}

/**
 * Rebuilds the entries of the published articles carrying the tag (their `extra` holds its name).
 * Call in the rename's transaction after the update; for a delete, use the ids listed before it.
 */
export function resyncTaggedArticles(db: Kysely<DB>, tagId: string, batch = 500): Promise<number> {
  return resyncPages(db, (d, after, limit) => listPublishedIdsWithTag(d, tagId, after, limit), batch);
}

/**
 * Rebuilds the entries of the section's published articles (their `extra` holds its name).
 * Synchronous, ~3 statements per article: 5,000 articles took ~0.7 s on SQLite, ~3.5 s on PostgreSQL;
 * the rename's transaction (and the admin's request) waits that long. Move to a job if sections grow far beyond.
 */
export function resyncSectionArticles(db: Kysely<DB>, sectionId: string, batch = 500): Promise<number> {
  return resyncPages(db, (d, after, limit) => listPublishedIdsInSection(d, sectionId, after, limit), batch);
}

/** Every published article carrying the tag (for a delete: list them first, re-index after). */
export async function publishedIdsWithTag(db: Kysely<DB>, tagId: string, batch = 500): Promise<string[]> {
  const all: string[] = [];
  for (;;) {
    const ids = await listPublishedIdsWithTag(db, tagId, all[all.length - 1] ?? '', batch);
    all.push(...ids);
    if (ids.length < batch) return all;
  }
}

/** Re-indexes these articles (a deleted tag's articles, listed before the delete). */
export async function resyncArticles(db: Kysely<DB>, ids: readonly string[]): Promise<void> {
  for (const id of ids) await syncArticleSearch(db, id);
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
