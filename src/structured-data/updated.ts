// When an article counts as updated: its content was saved after it was published (save-article.ts
// sets content_updated_at on edits of a live article). A stamp at or before the publication time
// (an edit before a re-publication, or clock skew between nodes) is not an update.

export function updatedAfterPublication(article: { publishedAt: string; contentUpdatedAt: string | null }): string | undefined {
  const { publishedAt, contentUpdatedAt } = article;
  if (!contentUpdatedAt || !publishedAt) return undefined;
  const updated = Date.parse(contentUpdatedAt);
  const published = Date.parse(publishedAt);
  return Number.isFinite(updated) && Number.isFinite(published) && updated > published ? contentUpdatedAt : undefined;
}

/** What readers see of an article's content: an edit touching none of it (tags, comment settings) is no update. */
const READER_CONTENT = ['headline', 'summary', 'dateline', 'bodyMd', 'leadMediaId', 'leadCaption', 'leadCredit', 'leadAlt'] as const;
type ReaderContent = { [K in (typeof READER_CONTENT)[number]]: string | null };

export function readerContentChanged(before: ReaderContent, after: ReaderContent): boolean {
  return READER_CONTENT.some((key) => before[key] !== after[key]);
}
