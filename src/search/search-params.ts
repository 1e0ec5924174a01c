// The reader's search request from the query string: never trusted, never an error page.
// Anything that is not a single string is ignored; control characters (NUL included, which
// PostgreSQL refuses) are dropped; the text kept for re-display is capped.
import { MAX_QUERY_LENGTH } from './search-terms.ts';

export const PAGE_SIZE = 10;
/** Deeper pages cost more and are never read: offset pagination stops here. */
export const MAX_PAGE = 20;

export interface SearchParams {
  q: string;
  section: string;
  /** YYYY-MM-DD as typed ('' when absent). */
  from: string;
  to: string;
  page: number;
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/gu;

function text(value: unknown, max: number): string {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first.replace(CONTROL, ' ').slice(0, max).trim() : '';
}

export function readSearchParams(query: unknown): SearchParams {
  const q = (query ?? {}) as Record<string, unknown>;
  const page = Number.parseInt(text(q.page, 4), 10);
  return {
    // Kept a little longer than what is searched, so the reader sees their text come back.
    q: text(q.q, MAX_QUERY_LENGTH * 5),
    section: text(q.section, 200),
    from: text(q.from, 10),
    to: text(q.to, 10),
    page: Number.isInteger(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** The start of day `YYYY-MM-DD` (UTC) as an ISO instant, `days` later; undefined when not a real date. */
export function dayStart(day: string, days = 0): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return undefined;
  const date = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day) return undefined;
  return new Date(date.getTime() + days * 86_400_000).toISOString();
}

/** The address of a results page with these parameters (empty ones left out). */
export function searchHref(path: string, params: SearchParams, page: number): string {
  const search = new URLSearchParams();
  search.set('q', params.q);
  if (params.section) search.set('section', params.section);
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (page > 1) search.set('page', String(page));
  return `${path}?${search.toString()}`;
}
