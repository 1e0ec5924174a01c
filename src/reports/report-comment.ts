// A reader reports a visible comment: stored and counted once per reader (and per network),
// and when the open reports reach the site's threshold an approved comment is hidden
// pending review, through moderateComment like every other change (counters, cached page,
// moderation log with the readers as actor).
import type { AppDeps } from '../app-deps.ts';
import { moderateComment } from '../comments/comment-store.ts';
import { loadSiteScreening } from '../screening-settings/site-screening.ts';
import { insertReport, type ReportableComment } from './report.queries.ts';
import type { ReportReason } from './report-reasons.ts';

export interface ReportInput {
  comment: ReportableComment;
  readerKey: string;
  ipHash: string;
  reason: ReportReason;
}

export type ReportOutcome =
  | { kind: 'reported'; reportCount: number; hidden: boolean }
  | { kind: 'already' };

export async function reportComment(deps: Pick<AppDeps, 'db' | 'clock' | 'ids' | 'pageCache' | 'events'>, input: ReportInput): Promise<ReportOutcome> {
  const { comment } = input;
  const written = await insertReport(deps.db, {
    id: deps.ids.next(), siteId: comment.siteId, commentId: comment.id, readerKey: input.readerKey,
    ipHash: input.ipHash, reason: input.reason, at: deps.clock.now().toISOString(),
  });
  if (written.kind === 'already') return written;
  const { reportThreshold } = await loadSiteScreening(deps.db, comment.siteId, deps.clock);
  // Decided on the count this report's own UPDATE returned: of two racing reports only the one
  // that reached the threshold (or a later one) hides it; a second attempt finds it pending and
  // moderateComment answers 'unchanged'.
  if (written.status !== 'approved' || written.reportCount < reportThreshold) {
    return { kind: 'reported', reportCount: written.reportCount, hidden: false };
  }
  const outcome = await moderateComment(deps, {
    id: comment.id, to: 'pending', actorId: null, actor: { kind: 'readers' }, action: 'hidden_by_reports',
    queue: 'reported', resolveReports: false,
  });
  return { kind: 'reported', reportCount: written.reportCount, hidden: outcome.kind === 'changed' };
}
