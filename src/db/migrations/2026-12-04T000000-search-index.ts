// Issue 6: the full-text search index, the one place where the two engines differ on purpose.
// SQLite: an FTS5 table without stored content (the articles table holds the text) whose rowid
// is search_documents.doc_id; the app writes Snowball stems into it. PostgreSQL: a tsvector per
// article with a GIN index, built with the article locale's text search configuration.
// The backfill is not done here: stems and keys come from app code, which a migration must not
// import, so the search plugin indexes every published article without an entry when the app
// starts (src/search/search-backfill.ts). That also heals an index after a tokeniser change.
import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** From the connection's adapter: a probing query would abort PostgreSQL's migration transaction. */
function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`create table search_documents (
      article_id text primary key references articles(id) on delete cascade,
      site_id text not null, locale text not null, section_id text not null, published_at text not null,
      document tsvector not null)`.execute(db);
    await sql`create index search_documents_document_gin on search_documents using gin (document)`.execute(db);
  } else {
    // AUTOINCREMENT: a deleted document's rowid is never reused, so a stale FTS row (left by a
    // cascade delete, which FTS5 does not see) can never point at another article.
    await sql`create table search_documents (
      doc_id integer primary key autoincrement,
      article_id text not null unique references articles(id) on delete cascade,
      site_id text not null, locale text not null, section_id text not null, published_at text not null)`.execute(db);
    await sql`create virtual table search_fts using fts5(headline, summary, body, extra,
      content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`.execute(db);
  }
  await sql`create index search_documents_scope on search_documents (site_id, locale, published_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) await sql`drop table if exists search_fts`.execute(db);
  await sql`drop table if exists search_documents`.execute(db);
}
