// The search index behind one interface: SQLite FTS5 or PostgreSQL full-text search. The two
// implementations (search-index.sqlite.queries.ts, search-index.postgres.queries.ts) hold the
// only dialect-specific SQL in the codebase; everything else (routes, workflow, tests) sees this.
import { PostgresAdapter, type Kysely } from 'kysely';
import type { ParsedQuery } from './search-terms.ts';
import { sqliteSearchIndex } from './search-index.sqlite.queries.ts';
import { postgresSearchIndex } from './search-index.postgres.queries.ts';

/** What is indexed of one published article (plain text, not yet normalised). */
export interface SearchDocument {
  articleId: string;
  siteId: string;
  locale: string;
  sectionId: string;
  publishedAt: string;
  headline: string;
  summary: string;
  body: string;
  /** Tag names and the section name. */
  extra: string;
}

export interface SearchFilters {
  siteId: string;
  locale: string;
  sectionId?: string;
  /** ISO instants: published_at >= from, published_at < to. */
  from?: string;
  to?: string;
}

export interface SearchRequest extends SearchFilters {
  query: ParsedQuery;
  /** The clock's now, for the recency boost. */
  now: string;
  limit: number;
  offset: number;
}

export interface SearchIndex {
  /** Adds or replaces the article's entry. */
  put(db: Kysely<any>, doc: SearchDocument): Promise<void>;
  /** Adds many new entries at once (bulk loads: the benchmark corpus). */
  putMany(db: Kysely<any>, docs: readonly SearchDocument[]): Promise<void>;
  /** Removes the article's entry (no-op when absent). */
  remove(db: Kysely<any>, articleId: string): Promise<void>;
  /** Article ids, best first: relevance times a recency boost. */
  search(db: Kysely<any>, request: SearchRequest): Promise<string[]>;
}

/**
 * The index for this connection's engine. Read from the Kysely adapter, not from deps, so
 * the workflow can call it inside its transaction with nothing more than the transaction.
 */
export function searchIndexOf(db: Kysely<any>): SearchIndex {
  return db.getExecutor().adapter instanceof PostgresAdapter ? postgresSearchIndex : sqliteSearchIndex;
}

// The recency boost both engines apply: relevance × (1 + 1 / (1 + age in days / 30)), so a story
// from today counts up to twice a year-old one of equal relevance, and relevance still leads.
