// Saving an article's content: create and update. Every save renders the Markdown,
// writes a revision and bumps the version; an update made from a stale version is
// refused (optimistic concurrency) so two people never silently overwrite each other.
// Permission checks live in the routes: the demo seed and the CLI call these as the system (actor null).
import type { AppDeps } from '../app-deps.ts';
import type { ArticleStatus, CommentMode, Db } from '../db/database.ts';
import { renderArticleBody } from './markdown.ts';
import {
  deleteSlugHistory, findEditableArticle, insertArticle, insertSlugHistory, replaceArticleAuthors, replaceArticleTags,
  updateArticleContent, upsertTags, type EditableArticle,
} from './article.queries.ts';
import { insertRevision } from './article-revision.queries.ts';
import { isUniqueViolationOf, type UniqueIndex } from '../db/constraint-violations.ts';
import { checkArticleInput, localeTakenError, SLUG_TAKEN, type CheckedInput } from './article-validation.ts';
import type { ArticleErrors } from './article-errors.ts';
import { syncArticleSearch } from '../search/search-sync.ts';
import { readerContentChanged } from '../structured-data/updated.ts';

export interface ArticleInput {
  siteId: string;
  locale: string;
  headline: string;
  summary: string;
  sectionId: string;
  authorIds: string[];
  dateline: string;
  bodyMd: string;
  /** Tag names; tags are found by slug and created when new. */
  tags: string[];
  leadMediaId: string | null;
  leadCaption: string;
  leadCredit: string;
  /** Empty: the media library's alt text for the image. */
  leadAlt: string;
  /** Default: slugify(headline), made unique per site and locale; a published article keeps its slug. */
  slug?: string;
  /** Default: a new group (the article's own id); on update, the article's current group. */
  translationGroupId?: string;
  /** Comment moderation for this article; null inherits the section's. Absent: inherit on create, unchanged on update. */
  commentMode?: CommentMode | null;
}

export type SaveResult =
  | { kind: 'saved'; id: string; slug: string; version: number }
  | { kind: 'invalid'; errors: ArticleErrors }
  | { kind: 'conflict' }
  | { kind: 'not_found' };

export type SaveDeps = Pick<AppDeps, 'db' | 'clock' | 'ids' | 'pageCache'>;

/** One article per locale in a translation group (migration 2026-12-03T000000): checked first, enforced here when two editors race. */
const GROUP_LOCALE_INDEX: UniqueIndex = { name: 'articles_group_locale_uq', table: 'articles', columns: ['translation_group_id', 'locale'] };

/** Which field a unique violation belongs to: the group's locale or the slug. */
function uniqueViolationErrors(error: unknown, locale: string): ArticleErrors | undefined {
  if (isUniqueViolationOf(error, GROUP_LOCALE_INDEX)) return { locale: localeTakenError(locale) };
  return isUniqueViolation(error) ? { slug: SLUG_TAKEN } : undefined;
}

/** Thrown inside a transaction to roll it back when the version moved underneath us. */
class VersionMoved extends Error {}

/** Unique-constraint failures on either engine (a slug taken between the check and the write). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

async function writeTaxonomy(deps: SaveDeps, trx: Db, articleId: string, value: CheckedInput, nowIso: string): Promise<void> {
  await replaceArticleAuthors(trx, articleId, value.authorIds);
  const tagIds = await upsertTags(trx, value.siteId, value.tags.map((t) => ({ ...t, id: deps.ids.next() })), nowIso);
  await replaceArticleTags(trx, articleId, tagIds);
  await deleteSlugHistory(trx, value.siteId, value.locale, value.slug);
}

function revisionOf(deps: SaveDeps, articleId: string, version: number, value: CheckedInput, status: ArticleStatus, actor: string | null, nowIso: string) {
  return {
    id: deps.ids.next(), articleId, version, headline: value.headline, summary: value.summary, bodyMd: value.bodyMd,
    dateline: value.dateline, status, editorId: actor, createdAt: nowIso,
  };
}

export async function createArticle(deps: SaveDeps, input: ArticleInput, actorUserId: string | null): Promise<SaveResult> {
  const checked = await checkArticleInput(deps.db, input, null);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  const value = checked.value;
  const id = deps.ids.next();
  const now = deps.clock.now().toISOString();
  try {
    await deps.db.transaction().execute(async (trx) => {
      await insertArticle(trx, {
        id, site_id: value.siteId, locale: value.locale, translation_group_id: value.translationGroupId ?? id,
        slug: value.slug, headline: value.headline, summary: value.summary, section_id: value.sectionId,
        dateline: value.dateline, lead_media_id: value.leadMediaId, lead_caption: value.leadCaption,
        lead_credit: value.leadCredit, lead_alt: value.leadAlt, body_md: value.bodyMd,
        body_html: renderArticleBody(value.bodyMd), status: 'draft', publish_at: null, published_at: null,
        content_updated_at: null, created_by: actorUserId, created_at: now, updated_at: now, version: 1,
        comment_mode: value.commentMode ?? null,
      });
      await writeTaxonomy(deps, trx, id, value, now);
      await insertRevision(trx, revisionOf(deps, id, 1, value, 'draft', actorUserId, now));
    });
  } catch (error) {
    const errors = uniqueViolationErrors(error, value.locale);
    if (errors) return { kind: 'invalid', errors };
    throw error;
  }
  return { kind: 'saved', id, slug: value.slug, version: 1 };
}

async function writeUpdate(deps: SaveDeps, existing: EditableArticle, value: CheckedInput, expectedVersion: number, actor: string | null): Promise<void> {
  const now = deps.clock.now().toISOString();
  const live = existing.status === 'published';
  await deps.db.transaction().execute(async (trx) => {
    const updated = await updateArticleContent(trx, existing.id, expectedVersion, {
      locale: value.locale, translation_group_id: value.translationGroupId ?? existing.translationGroupId,
      slug: value.slug, headline: value.headline, summary: value.summary, section_id: value.sectionId,
      dateline: value.dateline, lead_media_id: value.leadMediaId, lead_caption: value.leadCaption,
      lead_credit: value.leadCredit, lead_alt: value.leadAlt, body_md: value.bodyMd,
      body_html: renderArticleBody(value.bodyMd), updated_at: now,
      // Only a change readers can see counts as an update (the page's "Updated" time, dateModified).
      content_updated_at: live && readerContentChanged(existing, value) ? now : existing.contentUpdatedAt,
      comment_mode: value.commentMode === undefined ? existing.commentMode : value.commentMode,
    });
    if (!updated) throw new VersionMoved();
    // Readers may have the old address (links, search engines): it keeps answering with a redirect.
    const moved = existing.slug !== value.slug || existing.locale !== value.locale;
    if (existing.publishedAt && moved) {
      await insertSlugHistory(trx, { siteId: existing.siteId, locale: existing.locale, slug: existing.slug, articleId: existing.id });
    }
    await writeTaxonomy(deps, trx, existing.id, value, now);
    await insertRevision(trx, revisionOf(deps, existing.id, expectedVersion + 1, value, existing.status, actor, now));
    // An edit of a live article reaches search in the same transaction (issue 6).
    if (live) await syncArticleSearch(trx, existing.id);
  });
}

export async function updateArticle(deps: SaveDeps, articleId: string, input: ArticleInput, expectedVersion: number, actorUserId: string | null): Promise<SaveResult> {
  const existing = await findEditableArticle(deps.db, articleId);
  if (!existing || existing.siteId !== input.siteId) return { kind: 'not_found' };
  if (existing.version !== expectedVersion) return { kind: 'conflict' };
  const checked = await checkArticleInput(deps.db, input, existing);
  if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
  try {
    await writeUpdate(deps, existing, checked.value, expectedVersion, actorUserId);
  } catch (error) {
    if (error instanceof VersionMoved) return { kind: 'conflict' };
    const errors = uniqueViolationErrors(error, checked.value.locale);
    if (errors) return { kind: 'invalid', errors };
    throw error;
  }
  if (existing.status === 'published') deps.pageCache.invalidateSite(existing.siteId);
  return { kind: 'saved', id: existing.id, slug: checked.value.slug, version: expectedVersion + 1 };
}
