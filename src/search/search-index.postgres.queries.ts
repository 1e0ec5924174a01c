// PostgreSQL implementation of SearchIndex (see search-index.ts): one tsvector per article,
// built with the text search configuration of the article's language ('english', 'russian',
// else 'simple', which does not stem: queries there match words by prefix).
import { sql, type Kysely } from 'kysely';
import type { SearchDocument, SearchIndex, SearchRequest } from './search-index.ts';
import { foldDiacritics, stemmerLanguage, words } from './search-terms.ts';

function configOf(locale: string): 'english' | 'russian' | 'simple' {
  return stemmerLanguage(locale) ?? 'simple';
}

/**
 * Text for to_tsvector / to_tsquery: searchKey words joined by spaces. Accents are folded as
 * SQLite does, except in Russian, whose stemmer needs й; PostgreSQL stems the rest itself.
 */
export function pgText(text: string, locale: string): string {
  const list = words(text, locale);
  return (configOf(locale) === 'russian' ? list : list.map(foldDiacritics)).join(' ');
}

async function remove(db: Kysely<any>, articleId: string): Promise<void> {
  await sql`delete from search_documents where article_id = ${articleId}`.execute(db);
}

/** One row of values: the weighted tsvector is built by PostgreSQL with the locale's configuration. */
function rowOf(doc: SearchDocument) {
  const config = configOf(doc.locale);
  const part = (value: string, weight: string) =>
    sql`setweight(to_tsvector(${config}::regconfig, ${pgText(value, doc.locale)}), ${sql.lit(weight)})`;
  return sql`(${doc.articleId}, ${doc.siteId}, ${doc.locale}, ${doc.sectionId}, ${doc.publishedAt},
      ${part(doc.headline, 'A')} || ${part(doc.summary, 'B')} || ${part(doc.body, 'D')} || ${part(doc.extra, 'C')})`;
}

async function putMany(db: Kysely<any>, docs: readonly SearchDocument[]): Promise<void> {
  // 14 parameters a row: 2,000 rows stay well under PostgreSQL's 65,535.
  for (let i = 0; i < docs.length; i += 2000) {
    await sql`insert into search_documents (article_id, site_id, locale, section_id, published_at, document)
      values ${sql.join(docs.slice(i, i + 2000).map(rowOf))} on conflict (article_id) do nothing`.execute(db);
  }
}

async function put(db: Kysely<any>, doc: SearchDocument): Promise<void> {
  await sql`insert into search_documents (article_id, site_id, locale, section_id, published_at, document)
    values ${rowOf(doc)}
    on conflict (article_id) do update set site_id = excluded.site_id, locale = excluded.locale,
      section_id = excluded.section_id, published_at = excluded.published_at, document = excluded.document`.execute(db);
}

/** to_tsquery text: each word quoted (words hold only letters, digits and marks), ANDed. */
export function tsQueryText(list: readonly string[], locale: string): string {
  const prefix = configOf(locale) === 'simple';
  return list.map((w) => pgText(w, locale)).filter((w) => w !== '')
    .map((w) => `'${w.replace(/'/g, "''")}'${prefix ? ':*' : ''}`).join(' & ');
}

async function search(db: Kysely<any>, r: SearchRequest): Promise<string[]> {
  if (r.query.words.length === 0 || tsQueryText(r.query.words, r.locale) === '') return [];
  // Recency boost as in search-index.ts (30 days).
  const result = await sql<{ article_id: string }>`
    select d.article_id,
      ts_rank_cd(d.document, q)
        * (1.0 + 1.0 / (1.0 + greatest(0.0, extract(epoch from (${r.now}::timestamptz - d.published_at::timestamptz)) / 86400.0) / 30.0)) as score
    from search_documents d, to_tsquery(${configOf(r.locale)}::regconfig, ${tsQueryText(r.query.words, r.locale)}) q
    where d.document @@ q and d.site_id = ${r.siteId} and d.locale = ${r.locale}
      ${r.sectionId !== undefined ? sql`and d.section_id = ${r.sectionId}` : sql``}
      ${r.from !== undefined ? sql`and d.published_at >= ${r.from}` : sql``}
      ${r.to !== undefined ? sql`and d.published_at < ${r.to}` : sql``}
    order by score desc, d.published_at desc, d.article_id
    limit ${r.limit} offset ${r.offset}`.execute(db);
  return result.rows.map((row) => row.article_id);
}

export const postgresSearchIndex: SearchIndex = { put, putMany, remove, search };
