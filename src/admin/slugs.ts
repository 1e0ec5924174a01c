// The slug field shared by admin forms: left empty it is made from the name;
// typed in, it must already be a valid slug (we do not silently rewrite what
// someone chose, since it becomes a public URL).
import { isValidSlug, slugify } from '../lib/slug.ts';

export const SLUG_HINT = 'Part of the public address. Lower-case letters, digits and hyphens; leave empty to make it from the name.';
export const SLUG_TAKEN = 'Another entry on this site already uses this slug. Choose a different one.';

export function slugFromForm(typed: string, name: string): { slug: string; error?: string } {
  const slug = typed.trim();
  if (slug === '') return { slug: name.trim() ? slugify(name) : '' };
  if (!isValidSlug(slug)) return { slug, error: 'Use lower-case letters, digits and single hyphens, like "world-news".' };
  return { slug };
}
