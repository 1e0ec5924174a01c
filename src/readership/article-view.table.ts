// Page views per article and UTC day (migration 2026-12-04T010000-article-views). Part of the DB shape in database.ts.
export interface ArticleViewsTable {
  article_id: string;
  /** UTC day, 'YYYY-MM-DD'. */
  day: string;
  views: number;
}
