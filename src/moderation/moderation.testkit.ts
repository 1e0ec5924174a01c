// Test helpers for the moderation queue: a comment stored with a work queue, a risk and a
// screening record (as screening on submission would store it), and readers' reports.
import type { AppDeps } from '../app-deps.ts';
import { storeComment } from '../comments/comment-store.ts';
import type { WorkQueue } from '../db/database.ts';
import type { StoredScreening } from '../screening/stored-screening.ts';
import { riskOf } from '../screening/stored-screening.ts';
import { commentRow, type CommentFields } from '../../test/comment-factory.ts';

type Deps = Pick<AppDeps, 'db' | 'ids' | 'clock' | 'pageCache' | 'events'>;

export interface QueuedFields extends CommentFields {
  queue?: WorkQueue | null;
  screening?: StoredScreening;
  /** Default: from the screening's score, else 0. */
  risk?: number;
}

export async function createQueuedComment(deps: Deps, fields: QueuedFields) {
  const base = await commentRow(deps, fields);
  const row = {
    ...base, ...(fields.queue !== undefined ? { queue: fields.queue } : {}),
    risk: fields.risk ?? (fields.screening ? riskOf(fields.screening.score) : 0),
    screening: fields.screening ? JSON.stringify(fields.screening) : null,
  };
  const article = await deps.db.selectFrom('articles').select(['site_id', 'locale', 'slug']).where('id', '=', fields.articleId).executeTakeFirstOrThrow();
  const outcome = await storeComment(deps, row, { siteId: article.site_id, locale: article.locale, slug: article.slug });
  if (outcome.kind !== 'stored') throw new Error(`test comment not stored: ${outcome.kind}`);
  return row;
}

/** Readers' reports of a comment, as the report route would leave them (queue 'reported' unless it waits in another). */
export async function reportComment(deps: Deps, commentId: string, reasons: string[]): Promise<void> {
  const comment = await deps.db.selectFrom('comments').select(['site_id', 'queue']).where('id', '=', commentId).executeTakeFirstOrThrow();
  for (const reason of reasons) {
    const id = deps.ids.next();
    await deps.db.insertInto('comment_reports').values({
      id, site_id: comment.site_id, comment_id: commentId, reader_id: `reader-${id}`, ip_hash: 'ip', reason, created_at: deps.clock.now().toISOString(),
    }).execute();
  }
  await deps.db.updateTable('comments')
    .set((eb) => ({ report_count: eb('report_count', '+', reasons.length), queue: comment.queue ?? 'reported' }))
    .where('id', '=', commentId).execute();
}

/** A screening record with one reason per entry, its evidence at the given spans. */
export function screeningOf(score: number, reasons: Array<{ code: string; spans: Array<[number, number]>; category?: string }>, outcome: StoredScreening['outcome'] = 'hold', lang = 'en'): StoredScreening {
  return {
    outcome, score, lang,
    reasons: reasons.map((r) => ({
      code: r.code, phase: r.code, score, ...(r.category ? { category: r.category } : {}),
      evidence: r.spans.map(([start, end]) => ({ start, end })),
    })),
  };
}
