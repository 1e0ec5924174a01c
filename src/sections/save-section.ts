// Creating, editing and deleting sections from the admin. Slugs are unique per
// site (a friendly form error, never a database exception); a section that
// articles still use cannot be deleted; a rename re-indexes its published articles for
// search (their entries hold its name); every change drops the site's cached pages.
import type { AppDeps } from '../app-deps.ts';
import type { CodedErrors } from '../admin/field-error-codes.ts';
import { siteSlugLocale, slugFromForm } from '../admin/slugs.ts';
import { COMMENT_MODE_FIELD, parseCommentModeChoice } from '../comment-settings/comment-mode-choice.ts';
import type { CommentMode } from '../db/database.ts';
import { isForeignKeyViolation, isUniqueViolation } from '../db/constraint-violations.ts';
import { resyncSectionArticles } from '../search/search-sync.ts';
import {
  countArticlesInSection, deleteSection, findSection, findSectionIdBySlug, insertSection, replaceSectionLabels, updateSection,
} from './section.queries.ts';

export interface SectionInput {
  name: string;
  slug: string;
  position: string;
  /** Per-locale names typed into the form, by locale. */
  labels: Record<string, string>;
  /** '' inherits the site's comment moderation; otherwise a mode. Absent: inherit. */
  commentMode?: string;
}

/** Each field's problem as an adminTaxonomy message key; the form words it in the admin's language. */
export type TaxonomyErrors = CodedErrors<'adminTaxonomy'>;
export type SaveSectionResult = { kind: 'saved'; id: string } | { kind: 'invalid'; errors: TaxonomyErrors };
export type DeleteSectionResult = { kind: 'deleted' } | { kind: 'in-use'; articleCount: number };

export const MAX_SECTION_NAME = 80;
export const labelField = (locale: string) => `label_${locale}`;

type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'pageCache'>;

interface CleanSection { name: string; slug: string; position: number; labels: Record<string, string>; commentMode: CommentMode | null }

type Checked = { ok: true; value: CleanSection } | { ok: false; errors: TaxonomyErrors };
const tooLong = { key: 'atMostCharacters', values: { max: MAX_SECTION_NAME } } as const;
const SLUG_TAKEN_ERROR = { key: 'slugTaken' } as const;

async function validate(deps: Deps, siteId: string, input: SectionInput, exceptId?: string): Promise<Checked> {
  const errors: TaxonomyErrors = {};
  const name = input.name.trim();
  if (!name) errors.name = { key: 'sectionNameMissing' };
  else if (name.length > MAX_SECTION_NAME) errors.name = tooLong;
  const { slug, error } = slugFromForm(input.slug, name, await siteSlugLocale(deps.db, siteId));
  if (error) errors.slug = { key: 'slugInvalid' };
  else if (slug) {
    const owner = await findSectionIdBySlug(deps.db, siteId, slug);
    if (owner && owner !== exceptId) errors.slug = SLUG_TAKEN_ERROR;
  }
  const position = input.position.trim() === '' ? 0 : Number(input.position);
  if (!Number.isInteger(position) || Math.abs(position) > 9999) errors.position = { key: 'positionInvalid' };
  const labels: Record<string, string> = {};
  for (const [locale, label] of Object.entries(input.labels)) {
    labels[locale] = label.trim();
    if (labels[locale]!.length > MAX_SECTION_NAME) errors[labelField(locale)] = tooLong;
  }
  const commentMode = parseCommentModeChoice(input.commentMode ?? '');
  if (!commentMode.ok) errors[COMMENT_MODE_FIELD] = { key: 'commentModeInvalid' };
  if (!commentMode.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { name, slug, position, labels, commentMode: commentMode.value } };
}

/** Creates a section (id undefined) or changes one of this site's sections. */
export async function saveSection(deps: Deps, siteId: string, id: string | undefined, input: SectionInput): Promise<SaveSectionResult> {
  const checked = await validate(deps, siteId, input, id);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const clean = checked.value;
  const sectionId = id ?? deps.ids.next();
  try {
    await deps.db.transaction().execute(async (trx) => {
      // The search index holds section names; only a rename changes them (deletes need an empty section).
      if (id) {
        const before = (await findSection(trx, siteId, id))?.name;
        await updateSection(trx, id, clean);
        if (before !== undefined && before !== clean.name) await resyncSectionArticles(trx, id);
      } else await insertSection(trx, { id: sectionId, siteId, ...clean, createdAt: deps.clock.now().toISOString() });
      await replaceSectionLabels(trx, sectionId, clean.labels);
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { kind: 'invalid', errors: { slug: SLUG_TAKEN_ERROR } };
    throw error;
  }
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'saved', id: sectionId };
}

export async function removeSection(deps: Deps, siteId: string, id: string): Promise<DeleteSectionResult> {
  const articleCount = await countArticlesInSection(deps.db, id);
  if (articleCount > 0) return { kind: 'in-use', articleCount };
  try {
    await deleteSection(deps.db, id);
  } catch (error) {
    // An article saved into the section between the count and the delete.
    if (!isForeignKeyViolation(error)) throw error;
    return { kind: 'in-use', articleCount: await countArticlesInSection(deps.db, id) };
  }
  deps.pageCache.invalidateSite(siteId);
  return { kind: 'deleted' };
}
