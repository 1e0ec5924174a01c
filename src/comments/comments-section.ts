// PLACEHOLDER (comments display helper replaces): the contract the article route uses.
import type { AppDeps } from '../app-deps.ts';
import type { PublishedArticle } from '../public/public-content.ts';
import type { Site } from '../sites/site.queries.ts';

/** What the address asks of the thread: which page, which order, which comment is being answered. */
export interface ThreadQuery { after?: string; order: 'oldest' | 'newest'; replyTo?: string }

export function parseThreadQuery(_query: unknown): ThreadQuery {
  return { order: 'oldest' };
}

/** The query part of the page's cache key and links ('' for the default view). */
export function threadQueryString(_query: ThreadQuery): string {
  return '';
}

export interface CommentsSectionData {
  /** The page must be rendered again by then (the thread closes by itself), epoch ms. */
  expiresAt?: number;
}

/** Undefined when the query names something that does not exist (the route answers 404). */
export async function loadCommentsSection(_deps: AppDeps, _input: { site: Site; locale: string; article: PublishedArticle; readerId?: string; query: ThreadQuery }): Promise<CommentsSectionData | undefined> {
  return {};
}
