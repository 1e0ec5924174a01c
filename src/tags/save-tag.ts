// Creating, renaming and deleting tags. Deleting a tag takes it off its
// articles (they stay published); a rename or delete re-indexes the tag's published
// articles for search (their entries hold its name); every change drops the site's cached pages.
import type { AppDeps } from '../app-deps.ts';
import type { CodedErrors } from '../admin/field-error-codes.ts';
import { siteSlugLocale, slugFromForm } from '../admin/slugs.ts';
import { isUniqueViolation } from '../db/constraint-violations.ts';
import { publishedIdsWithTag, resyncArticles, resyncTaggedArticles } from '../search/search-sync.ts';
import { deleteTag, findTagIdBySlug, insertTag, updateTag } from './tag.queries.ts';

export interface TagInput { name: string; slug: string }
/** Each field's problem as an adminTaxonomy message key; the form words it in the admin's language. */
export type TagErrors = CodedErrors<'adminTaxonomy'>;
export type SaveTagResult = { kind: 'saved'; id: string } | { kind: 'invalid'; errors: TagErrors };

export const MAX_TAG_NAME = 60;
type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'pageCache'>;
const SLUG_TAKEN = { key: 'slugTaken' } as const;

export async function saveTag(deps: Deps, siteId: string, id: string | undefined, input: TagInput): Promise<SaveTagResult> {
  const errors: TagErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = { key: 'tagNameMissing' };
  else if (name.length > MAX_TAG_NAME) errors.name = { key: 'atMostCharacters', values: { max: MAX_TAG_NAME } };
  const { slug, error } = slugFromForm(input.slug, name, await siteSlugLocale(deps.db, siteId));
  if (error) errors.slug = { key: 'slugInvalid' };
  else if (slug) {
    const owner = await findTagIdBySlug(deps.db, siteId, slug);
    if (owner && owner !== id) errors.slug = SLUG_TAKEN;
  }
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  const tagId = id ?? deps.ids.next();
  try {
    // The search index holds tag names: a rename re-indexes the tag's articles in the same transaction.
    if (id) await deps.db.transaction().execute(async (trx) => { await updateTag(trx, id, { name, slug }); await resyncTaggedArticles(trx, id); });
    else await insertTag(deps.db, { id: tagId, siteId, name, slug, createdAt: deps.clock.now().toISOString() });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'invalid', errors: { slug: SLUG_TAKEN } };
    throw error;
  }
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'saved', id: tagId };
}

export async function removeTag(deps: Pick<AppDeps, 'db' | 'pageCache'>, siteId: string, id: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    // Listed before the delete takes the tag off them; re-indexed after, without its name.
    const tagged = await publishedIdsWithTag(trx, id);
    await deleteTag(trx, id);
    await resyncArticles(trx, tagged);
  });
  deps.pageCache.invalidateSite(siteId);
}
