// Where an article page's island opens its live stream. The page names the seq it was
// rendered at, so the island's first connection replays exactly what happened since,
// however long the page sat in a cache (the same for every reader: the page stays shared).

/** Where new comments go on this view of the thread: top-level at the end or start, or replies only. */
export type LiveOrder = 'oldest' | 'newest' | 'replies';

export interface LivePage { url: string; order: LiveOrder }

export function liveUrl(articleId: string, seq?: number): string {
  return `/api/articles/${encodeURIComponent(articleId)}/live${seq === undefined ? '' : `?lastEventId=${seq}`}`;
}
