// What the admin header's site picker needs, apart from the code that decides it
// (admin-site.ts), so views can import it without pulling in queries.

export const SITE_SWITCH_PATH = '/admin/site';

/**
 * Where switching site lands: `next` when it is the list page of an admin area (one of
 * `listPaths`, the header's nav entries), else /admin. Never an item page (/admin/articles/<id>):
 * the old site's item is a 404 on the new site.
 */
export function siteSwitchLanding(next: string, listPaths: readonly string[]): string {
  return listPaths.includes(next) ? next : '/admin';
}

/** What the header's site picker shows: the person's sites and the one this page works on. */
export interface AdminSiteChoice {
  /** Undefined when the remembered site is one the person may no longer work on. */
  currentId?: string;
  sites: Array<{ id: string; name: string }>;
}
