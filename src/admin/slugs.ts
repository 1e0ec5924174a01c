// The slug field shared by admin forms: left empty it is made from the name;
// typed in, it must already be a valid slug (we do not silently rewrite what
// someone chose, since it becomes a public URL).
import type { Db } from '../db/database.ts';
import { isValidSlug, slugify } from '../lib/slug.ts';
import { listSites } from '../sites/site.queries.ts';

export const SLUG_HINT = 'Part of the public address. Lower-case letters, digits and hyphens; leave empty to make it from the name.';
export const SLUG_TAKEN = 'Another entry on this site already uses this slug. Choose a different one.';

/** `locale`: the language the name is written in, which decides its transliteration (docs/decisions/0007). */
export function slugFromForm(typed: string, name: string, locale?: string): { slug: string; error?: string } {
  const slug = typed.trim();
  if (slug === '') return { slug: name.trim() ? slugify(name, locale) : '' };
  if (!isValidSlug(slug)) return { slug, error: 'Use lower-case letters, digits and single hyphens, like "world-news".' };
  return { slug };
}

/**
 * Sections, tags and authors are shared by all of a site's locales, so their slugs are made in the
 * site's default locale. (An admin save is rare: reading the site list again costs nothing that matters.)
 */
export async function siteSlugLocale(db: Db, siteId: string): Promise<string | undefined> {
  return (await listSites(db)).find((site) => site.id === siteId)?.defaultLocale;
}
