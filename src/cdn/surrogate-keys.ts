// Names of the surrogate keys public pages carry (`Surrogate-Key`, `Cache-Tag`), and that
// the purge hook asks a CDN to drop. One vocabulary for both, so they cannot drift.

export const siteKey = (siteId: string): string => `site-${siteId}`;
export const articleKey = (articleId: string): string => `article-${articleId}`;
export const sectionKey = (sectionId: string): string => `section-${sectionId}`;
