// Creating, editing and deleting bylines. An author is a person named on
// articles and need not have a login; linking one to a staff user is optional.
import type { AppDeps } from '../app-deps.ts';
import type { CodedErrors } from '../admin/field-error-codes.ts';
import { siteSlugLocale, slugFromForm } from '../admin/slugs.ts';
import { isUniqueViolation } from '../db/constraint-violations.ts';
import { countArticlesByAuthor, deleteAuthor, findAuthorIdBySlug, insertAuthor, updateAuthor, userExists } from './author.queries.ts';

export interface AuthorInput { name: string; slug: string; bio: string; userId: string }
/** Each field's problem as an adminTaxonomy message key; the form words it in the admin's language. */
export type AuthorErrors = CodedErrors<'adminTaxonomy'>;
export type SaveAuthorResult = { kind: 'saved'; id: string } | { kind: 'invalid'; errors: AuthorErrors };
export type DeleteAuthorResult = { kind: 'deleted' } | { kind: 'in-use'; articleCount: number };

export const MAX_AUTHOR_NAME = 100;
export const MAX_BIO = 4000;

type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'pageCache'>;
interface CleanAuthor { name: string; slug: string; bio: string; userId: string | null }
type Checked = { ok: true; value: CleanAuthor } | { ok: false; errors: AuthorErrors };
const SLUG_TAKEN = { key: 'slugTaken' } as const;

async function validate(deps: Deps, siteId: string, input: AuthorInput, exceptId?: string): Promise<Checked> {
  const errors: AuthorErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = { key: 'authorNameMissing' };
  else if (name.length > MAX_AUTHOR_NAME) errors.name = { key: 'atMostCharacters', values: { max: MAX_AUTHOR_NAME } };
  const { slug, error } = slugFromForm(input.slug, name, await siteSlugLocale(deps.db, siteId));
  if (error) errors.slug = { key: 'slugInvalid' };
  else if (slug) {
    const owner = await findAuthorIdBySlug(deps.db, siteId, slug);
    if (owner && owner !== exceptId) errors.slug = SLUG_TAKEN;
  }
  const bio = input.bio.trim();
  if (bio.length > MAX_BIO) errors.bio = { key: 'bioTooLong', values: { max: MAX_BIO, length: bio.length } };
  const userId = input.userId.trim() || null;
  if (userId && !(await userExists(deps.db, userId))) errors.user_id = { key: 'staffAccountInvalid' };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, value: { name, slug, bio, userId } };
}

export async function saveAuthor(deps: Deps, siteId: string, id: string | undefined, input: AuthorInput): Promise<SaveAuthorResult> {
  const checked = await validate(deps, siteId, input, id);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const authorId = id ?? deps.ids.next();
  try {
    if (id) await updateAuthor(deps.db, id, checked.value);
    else await insertAuthor(deps.db, { id: authorId, siteId, ...checked.value, createdAt: deps.clock.now().toISOString() });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'invalid', errors: { slug: SLUG_TAKEN } };
    throw error;
  }
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'saved', id: authorId };
}

export async function removeAuthor(deps: Deps, siteId: string, id: string): Promise<DeleteAuthorResult> {
  const articleCount = await countArticlesByAuthor(deps.db, id);
  if (articleCount > 0) return { kind: 'in-use', articleCount };
  await deleteAuthor(deps.db, id);
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'deleted' };
}
