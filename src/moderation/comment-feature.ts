// Featuring a comment: the newsroom picks an approved comment to show first on the
// article. Recorded on the comment (featured_at / featured_by) and in the moderation log
// in one transaction, with the version the moderator saw (two moderators conflict, as
// with status changes); the article's cached page is dropped so readers see it.
import type { AppDeps } from '../app-deps.ts';
import { articleUrl } from '../lib/urls.ts';
import { appendModerationLog } from '../moderation-log/moderation-log.queries.ts';
import { findCommentState, updateCommentFeatured } from './moderation.queries.ts';

type Deps = Pick<AppDeps, 'db' | 'pageCache' | 'clock' | 'ids'>;

export interface FeatureChange { id: string; featured: boolean; actorId: string; expectedVersion: number }

export type FeatureOutcome =
  | { kind: 'changed'; version: number }
  | { kind: 'unchanged' }
  /** Only approved comments can be featured. */
  | { kind: 'not_approved' }
  | { kind: 'conflict' }
  | { kind: 'not_found' };

export async function setCommentFeatured(deps: Deps, change: FeatureChange): Promise<FeatureOutcome> {
  const comment = await findCommentState(deps.db, change.id);
  if (!comment) return { kind: 'not_found' };
  if (comment.version !== change.expectedVersion) return { kind: 'conflict' };
  if ((comment.featuredAt !== null) === change.featured) return { kind: 'unchanged' };
  if (change.featured && comment.status !== 'approved') return { kind: 'not_approved' };
  const now = deps.clock.now().toISOString();
  const changed = await deps.db.transaction().execute(async (trx) => {
    if (!(await updateCommentFeatured(trx, { id: change.id, version: change.expectedVersion, featured: change.featured, actorId: change.actorId, now }))) return false;
    await appendModerationLog(trx, {
      id: deps.ids.next(), siteId: comment.siteId, actor: { kind: 'staff', id: change.actorId }, action: change.featured ? 'feature' : 'unfeature',
      target: { kind: 'comment', id: change.id }, fromStatus: comment.status, toStatus: comment.status, at: now,
    });
    return true;
  });
  // The update refused: the version moved (or the comment left approved) since we read it.
  if (!changed) return { kind: 'conflict' };
  if (comment.status === 'approved') deps.pageCache.invalidatePage(comment.siteId, articleUrl(comment.article.locale, comment.article.slug), comment.articleId);
  return { kind: 'changed', version: change.expectedVersion + 1 };
}
