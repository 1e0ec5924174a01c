// The publishing workflow: draft → review → published or scheduled → unpublished → published again.
// Each change is a conditional update on (status, version), writes a revision naming who did it,
// and drops the site's cached pages when readers can see the difference.
// Permission checks live in the routes (article-access.ts); these run as whoever is passed in.
import type { AppDeps } from '../app-deps.ts';
import type { ArticleStatus, Db } from '../db/database.ts';
import { claimDueScheduledArticles, findEditableArticle, updateArticleStatus, type EditableArticle, type StatusChange } from './article.queries.ts';
import { insertRevision } from './article-revision.queries.ts';
import type { ArticleErrors } from './article-errors.ts';
import { syncArticleSearch } from '../search/search-sync.ts';

export type WorkflowDeps = Pick<AppDeps, 'db' | 'clock' | 'ids' | 'pageCache'>;
/** The scheduler also needs the engine: claiming due rows is spelled differently on PostgreSQL. */
export type ScheduleDeps = WorkflowDeps & Pick<AppDeps, 'engine'>;
export type WorkflowAction = 'submit' | 'publish' | 'schedule' | 'unpublish';

/** Which statuses each action starts from. */
export const TRANSITIONS: Record<WorkflowAction, readonly ArticleStatus[]> = {
  submit: ['draft', 'unpublished'],
  publish: ['draft', 'review', 'scheduled', 'unpublished'],
  schedule: ['draft', 'review', 'scheduled', 'unpublished'],
  // A scheduled article is taken off the schedule (back to draft); a published one is taken down.
  unpublish: ['published', 'scheduled'],
};

export function canTransition(status: ArticleStatus, action: WorkflowAction): boolean {
  return TRANSITIONS[action].includes(status);
}

type Refusal = { kind: 'not_found' } | { kind: 'invalid_transition'; from: ArticleStatus } | { kind: 'conflict' };

async function transition(
  deps: WorkflowDeps, articleId: string, from: readonly ArticleStatus[], actor: string | null,
  change: (article: EditableArticle, nowIso: string) => Omit<StatusChange, 'updated_at'> | undefined,
): Promise<{ kind: 'done'; article: EditableArticle; status: ArticleStatus } | Refusal> {
  const article = await findEditableArticle(deps.db, articleId);
  if (!article) return { kind: 'not_found' };
  const now = deps.clock.now().toISOString();
  const changed = from.includes(article.status) ? change(article, now) : undefined;
  if (!changed) return { kind: 'invalid_transition', from: article.status };
  const next = { ...changed, updated_at: now };
  const moved = await deps.db.transaction().execute((trx) => writeTransition(trx, deps, article, from, next, actor));
  if (!moved) return { kind: 'conflict' };
  return { kind: 'done', article, status: next.status };
}

/** The conditional status update with its revision and search entry; false when the row moved meanwhile. */
async function writeTransition(
  trx: Db, deps: Pick<WorkflowDeps, 'ids'>, article: EditableArticle, from: readonly ArticleStatus[], next: StatusChange, actor: string | null,
): Promise<boolean> {
  if (!(await updateArticleStatus(trx, article.id, from, article.version, next))) return false;
  await insertRevision(trx, {
    id: deps.ids.next(), articleId: article.id, version: article.version + 1, headline: article.headline,
    summary: article.summary, bodyMd: article.bodyMd, dateline: article.dateline, status: next.status,
    editorId: actor, createdAt: next.updated_at,
  });
  // Same transaction: search never lists an article readers cannot open, nor misses a live one.
  await syncArticleSearch(trx, article.id);
  return true;
}

export type SubmitResult = { kind: 'submitted' } | Refusal;
export type PublishResult = { kind: 'published' } | Refusal;
export type ScheduleResult = { kind: 'scheduled' } | { kind: 'invalid'; errors: ArticleErrors } | Refusal;
export type UnpublishResult = { kind: 'unpublished' } | { kind: 'unscheduled' } | Refusal;

export async function submitForReview(deps: WorkflowDeps, articleId: string, actorUserId: string | null): Promise<SubmitResult> {
  const result = await transition(deps, articleId, TRANSITIONS.submit, actorUserId, () => ({ status: 'review' }));
  return result.kind === 'done' ? { kind: 'submitted' } : result;
}

export async function publishArticle(deps: WorkflowDeps, articleId: string, actorUserId: string | null): Promise<PublishResult> {
  const result = await transition(deps, articleId, TRANSITIONS.publish, actorUserId, (article, now) => ({
    status: 'published', publish_at: null,
    // The first publication time is what readers see as "published"; republishing keeps it.
    published_at: article.publishedAt ?? now,
  }));
  if (result.kind !== 'done') return result;
  deps.pageCache.invalidateSite(result.article.siteId);
  return { kind: 'published' };
}

export async function scheduleArticle(deps: WorkflowDeps, articleId: string, publishAtIso: string, actorUserId: string | null): Promise<ScheduleResult> {
  const when = new Date(publishAtIso);
  if (Number.isNaN(when.getTime())) return { kind: 'invalid', errors: { publishAt: { key: 'publishAtMissing' } } };
  if (when.getTime() <= deps.clock.now().getTime()) return { kind: 'invalid', errors: { publishAt: { key: 'publishAtPast' } } };
  const result = await transition(deps, articleId, TRANSITIONS.schedule, actorUserId, () => ({ status: 'scheduled', publish_at: when.toISOString() }));
  if (result.kind !== 'done') return result;
  deps.pageCache.invalidateSite(result.article.siteId);
  return { kind: 'scheduled' };
}

export async function unpublishArticle(deps: WorkflowDeps, articleId: string, actorUserId: string | null): Promise<UnpublishResult> {
  const result = await transition(deps, articleId, TRANSITIONS.unpublish, actorUserId, (article) =>
    article.status === 'scheduled' ? { status: 'draft', publish_at: null } : { status: 'unpublished' });
  if (result.kind !== 'done') return result;
  deps.pageCache.invalidateSite(result.article.siteId);
  return result.status === 'draft' ? { kind: 'unscheduled' } : { kind: 'unpublished' };
}

/** Where the scheduler reports an article it could not publish (the others go on). */
export interface ScheduleLog { error(obj: object, msg: string): void }

/**
 * Publishes every scheduled article whose time has come; returns how many this call published.
 * Safe to run on several app nodes at once: each claims its due rows in one transaction
 * (SKIP LOCKED on PostgreSQL, so nodes split the work), and the conditional update on
 * (status, version) still lets exactly one writer win should two ever reach the same row.
 * Each article is written under its own savepoint: one that fails (it leads every batch, being
 * due first) is rolled back alone and logged, instead of taking the whole batch with it on every run.
 */
export async function runDueSchedules(deps: ScheduleDeps, log?: ScheduleLog): Promise<number> {
  const now = deps.clock.now().toISOString();
  const trx = await deps.db.startTransaction().execute();
  const sites: string[] = [];
  try {
    for (const id of await claimDueScheduledArticles(trx, deps.engine, now)) {
      const attempt = await trx.savepoint('due_article').execute();
      try {
        // Re-checked on the fresh row: someone may have unscheduled or moved it since.
        const article = await findEditableArticle(attempt, id);
        let published = false;
        if (article?.status === 'scheduled' && article.publishAt !== null && article.publishAt <= now) {
          const next = { status: 'published' as const, publish_at: null, published_at: article.publishedAt ?? now, updated_at: now };
          published = await writeTransition(attempt, deps, article, ['scheduled'], next, null);
        }
        await attempt.releaseSavepoint('due_article').execute();
        if (published) sites.push(article!.siteId);
      } catch (error) {
        await attempt.rollbackToSavepoint('due_article').execute();
        log?.error({ err: error, articleId: id }, 'scheduled article could not be published; the others go on');
      }
    }
    await trx.commit().execute();
  } catch (error) {
    // The connection may be gone: report what went wrong first, not the failed rollback.
    await trx.rollback().execute().catch(() => undefined);
    throw error;
  }
  // After commit: other nodes must not re-render the old pages from an uncommitted state.
  for (const siteId of new Set(sites)) deps.pageCache.invalidateSite(siteId);
  return sites.length;
}
