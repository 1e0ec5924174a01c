// Prometheus metrics (placeholder until issue 7's operations work fills it in).

export type CommentOutcomeLabel = 'published' | 'held' | 'rejected';

export interface Metrics {
  /** A comment POST stored a new comment with this outcome. */
  commentPosted(outcome: CommentOutcomeLabel): void;
  /** A moderator (or rule) made a comment visible. */
  commentApproved(): void;
  /** A public page lookup in the page cache. */
  pageCacheLookup(hit: boolean): void;
}

export function createMetrics(): Metrics {
  return { commentPosted: () => undefined, commentApproved: () => undefined, pageCacheLookup: () => undefined };
}
