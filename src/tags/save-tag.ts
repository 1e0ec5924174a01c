// Creating, renaming and deleting tags. Deleting a tag takes it off its
// articles (they stay published); every change drops the site's cached pages.
import type { AppDeps } from '../app-deps.ts';
import type { FieldErrors } from '../admin/forms.tsx';
import { SLUG_TAKEN, siteSlugLocale, slugFromForm } from '../admin/slugs.ts';
import { isUniqueViolation } from '../db/constraint-violations.ts';
import { deleteTag, findTagIdBySlug, insertTag, updateTag } from './tag.queries.ts';

export interface TagInput { name: string; slug: string }
export type SaveTagResult = { kind: 'saved'; id: string } | { kind: 'invalid'; errors: FieldErrors };

export const MAX_TAG_NAME = 60;
type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'pageCache'>;

export async function saveTag(deps: Deps, siteId: string, id: string | undefined, input: TagInput): Promise<SaveTagResult> {
  const errors: FieldErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = 'Enter a name for the tag.';
  else if (name.length > MAX_TAG_NAME) errors.name = `Use at most ${MAX_TAG_NAME} characters.`;
  const { slug, error } = slugFromForm(input.slug, name, await siteSlugLocale(deps.db, siteId));
  if (error) errors.slug = error;
  else if (slug) {
    const owner = await findTagIdBySlug(deps.db, siteId, slug);
    if (owner && owner !== id) errors.slug = SLUG_TAKEN;
  }
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const tagId = id ?? deps.ids.next();
  try {
    if (id) await updateTag(deps.db, id, { name, slug });
    else await insertTag(deps.db, { id: tagId, siteId, name, slug, createdAt: deps.clock.now().toISOString() });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'invalid', errors: { slug: SLUG_TAKEN } };
    throw error;
  }
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'saved', id: tagId };
}

export async function removeTag(deps: Pick<AppDeps, 'db' | 'pageCache'>, siteId: string, id: string): Promise<void> {
  await deps.db.transaction().execute((trx) => deleteTag(trx, id));
  deps.pageCache.invalidateSite(siteId);
}
