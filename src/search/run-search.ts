// The search use case: reader's parameters → a result the page can show. Every input ends in
// one of these kinds; none throws for what a reader can type.
import type { AppDeps } from '../app-deps.ts';
import type { TextPart } from '../lib/highlight.ts';
import { articleUrl } from '../lib/urls.ts';
import { findSectionIdBySlug, listSearchHits } from './article-search.queries.ts';
import { plainTextOfHtml } from './plain-text.ts';
import { searchIndexOf } from './search-index.ts';
import { dayStart, PAGE_SIZE, type SearchParams } from './search-params.ts';
import { parseQuery } from './search-terms.ts';
import { highlight, snippet } from './snippet.ts';

export interface SearchHit {
  url: string;
  headline: TextPart[];
  snippet: TextPart[];
  publishedAt: string;
  sectionName: string;
}

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'no_words' }
  | { kind: 'bad_date' }
  | { kind: 'results'; hits: SearchHit[]; hasNext: boolean; truncated: boolean };

export async function runSearch(deps: Pick<AppDeps, 'db' | 'clock'>, siteId: string, locale: string, params: SearchParams): Promise<SearchOutcome> {
  if (params.q === '') return { kind: 'empty' };
  const from = params.from ? dayStart(params.from) : undefined;
  const to = params.to ? dayStart(params.to, 1) : undefined;
  if ((params.from && !from) || (params.to && !to)) return { kind: 'bad_date' };
  const query = parseQuery(params.q, locale);
  if (query.terms.length === 0) return { kind: 'no_words' };
  const sectionId = params.section ? await findSectionIdBySlug(deps.db, siteId, params.section) : undefined;
  const ids = await searchIndexOf(deps.db).search(deps.db, {
    siteId, locale, query, now: deps.clock.now().toISOString(),
    ...(sectionId ? { sectionId } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}),
    // One more than a page tells whether there is a next one without counting every match.
    limit: PAGE_SIZE + 1, offset: (params.page - 1) * PAGE_SIZE,
  });
  const rows = new Map((await listSearchHits(deps.db, siteId, locale, ids.slice(0, PAGE_SIZE))).map((r) => [r.id, r]));
  const hits = ids.slice(0, PAGE_SIZE).flatMap((id) => {
    const row = rows.get(id);
    if (!row) return [];
    return [{
      url: articleUrl(locale, row.slug), headline: highlight(row.headline, query, locale),
      snippet: snippet([row.summary, plainTextOfHtml(row.bodyHtml)], query, locale),
      publishedAt: row.publishedAt, sectionName: row.sectionName,
    }];
  });
  return { kind: 'results', hits, hasNext: ids.length > PAGE_SIZE, truncated: query.truncated };
}
