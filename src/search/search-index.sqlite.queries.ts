// SQLite FTS5 implementation of SearchIndex (see search-index.ts). search_fts stores no text
// (content=''): its rowid is search_documents.doc_id, which carries the article id and the
// columns filters need. Text arrives as Snowball terms (search-terms.ts: indexText).
import { sql, type Kysely } from 'kysely';
import type { SearchDocument, SearchIndex, SearchRequest } from './search-index.ts';
import { indexText } from './search-terms.ts';

async function remove(db: Kysely<any>, articleId: string): Promise<void> {
  const row = await sql<{ doc_id: number }>`select doc_id from search_documents where article_id = ${articleId}`.execute(db);
  const docId = row.rows[0]?.doc_id;
  if (docId === undefined) return;
  await sql`delete from search_fts where rowid = ${docId}`.execute(db);
  await sql`delete from search_documents where doc_id = ${docId}`.execute(db);
}

async function put(db: Kysely<any>, doc: SearchDocument): Promise<void> {
  await remove(db, doc.articleId);
  await insert(db, doc);
}

/** A new entry: the caller knows the article has none. */
async function insert(db: Kysely<any>, doc: SearchDocument): Promise<void> {
  const inserted = await sql<{ doc_id: number }>`insert into search_documents (article_id, site_id, locale, section_id, published_at)
    values (${doc.articleId}, ${doc.siteId}, ${doc.locale}, ${doc.sectionId}, ${doc.publishedAt}) returning doc_id`.execute(db);
  const docId = inserted.rows[0]!.doc_id;
  const text = (value: string) => indexText(value, doc.locale);
  await sql`insert into search_fts (rowid, headline, summary, body, extra)
    values (${docId}, ${text(doc.headline)}, ${text(doc.summary)}, ${text(doc.body)}, ${text(doc.extra)})`.execute(db);
}

/** FTS5 query text: every term a quoted string (so no operator survives), ANDed; prefixes with *. */
export function ftsMatch(terms: readonly string[], prefix: boolean): string {
  return terms.map((term) => `"${term.replace(/"/g, '""')}"${prefix ? '*' : ''}`).join(' ');
}

async function search(db: Kysely<any>, r: SearchRequest): Promise<string[]> {
  if (r.query.terms.length === 0) return [];
  // bm25 is lower for better matches; column weights: headline, summary, body, tags+section.
  // Recency boost as in search-index.ts (30 days).
  const result = await sql<{ article_id: string }>`
    select d.article_id,
      -bm25(search_fts, 10.0, 4.0, 1.0, 2.0)
        * (1.0 + 1.0 / (1.0 + max(0.0, julianday(${r.now}) - julianday(d.published_at)) / 30.0)) as score
    -- CROSS JOIN fixes the order: the full-text match first, then each hit's row by its key. Left to
    -- itself the planner may walk every document of the locale and probe the FTS table for each.
    from search_fts cross join search_documents d on d.doc_id = search_fts.rowid
    where search_fts match ${ftsMatch(r.query.terms, r.query.prefix)}
      and d.site_id = ${r.siteId} and d.locale = ${r.locale}
      ${r.sectionId !== undefined ? sql`and d.section_id = ${r.sectionId}` : sql``}
      ${r.from !== undefined ? sql`and d.published_at >= ${r.from}` : sql``}
      ${r.to !== undefined ? sql`and d.published_at < ${r.to}` : sql``}
    order by score desc, d.published_at desc, d.article_id
    limit ${r.limit} offset ${r.offset}`.execute(db);
  return result.rows.map((row) => row.article_id);
}

async function putMany(db: Kysely<any>, docs: readonly SearchDocument[]): Promise<void> {
  // In-process statements are cheap on SQLite: two inserts each, inside the caller's transaction.
  for (const doc of docs) await insert(db, doc);
}

export const sqliteSearchIndex: SearchIndex = { put, putMany, remove, search };
