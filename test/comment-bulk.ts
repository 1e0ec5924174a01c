// Many approved top-level comments at once, for pagination and large-thread tests:
// rows written in batches inside one transaction, with the counters bumped in the
// same transaction (as storeComment would, one by one). test/comment-factory.ts
// stores single comments through the product's own storeComment.
import type { AppDeps } from '../src/app-deps.ts';
import { bumpCounters } from '../src/engagement/counters.queries.ts';
import type { NewCommentRow } from '../src/comments/comment.queries.ts';

type Deps = Pick<AppDeps, 'db' | 'ids'>;

/** Rows per INSERT: SQLite takes at most 32,766 parameters in one statement (≈ 21 per row). */
const BATCH = 1000;

export interface BulkThread { articleId: string; count: number; startAt: string; stepMs?: number; namePrefix?: string }

/** `count` approved top-level comments, `stepMs` apart from `startAt`; returns their ids, oldest first. */
export async function insertTopLevelComments(deps: Deps, thread: BulkThread): Promise<string[]> {
  const article = await deps.db.selectFrom('articles').select(['site_id', 'locale']).where('id', '=', thread.articleId).executeTakeFirstOrThrow();
  const start = Date.parse(thread.startAt);
  const step = thread.stepMs ?? 1000;
  const rows: NewCommentRow[] = Array.from({ length: thread.count }, (_, n) => {
    const id = deps.ids.next();
    const at = new Date(start + n * step).toISOString();
    return {
      id, site_id: article.site_id, article_id: thread.articleId, parent_id: null, thread_id: id, depth: 0, locale: article.locale,
      author_name: `${thread.namePrefix ?? 'Reader'} ${n + 1}`, author_email: `bulk-${n}@example.test`, email_hash: `bulk-e-${n}`,
      ip_hash: 'bulk-ip', reader_id: `bulk-reader-${n}`, body: `Comment number ${n + 1}.`, body_hash: `bulk-b-${n}`,
      submission_key: `bulk-${id}`, status: 'approved', created_at: at, updated_at: at, moderated_at: null, moderated_by: null, version: 1,
    };
  });
  await deps.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto('comments').values(rows.slice(i, i + BATCH)).execute();
    await bumpCounters(trx, thread.articleId, { comments_visible: rows.length });
  });
  return rows.map((r) => r.id);
}
