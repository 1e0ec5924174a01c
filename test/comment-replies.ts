// Many replies under one top-level comment at once, for long reply chains: rows written
// in one transaction with the counters bumped in it (as storeComment would, one by one).
// The shape is up to the test: whom each reply answers, its time and its status.
import type { AppDeps } from '../src/app-deps.ts';
import type { CommentStatus } from '../src/db/database.ts';
import { bumpCounters } from '../src/engagement/counters.queries.ts';
import type { NewCommentRow } from '../src/comments/comment.queries.ts';

type Deps = Pick<AppDeps, 'db' | 'ids'>;

export interface BulkReply { id: string; parentId: string; createdAt: string; status: CommentStatus; name: string }

export interface BulkChain {
  articleId: string;
  rootId: string;
  count: number;
  startAt: string;
  /** Seconds after `startAt` for reply i (default i: one a second). */
  secondOf?: (i: number) => number;
  /** The comment reply i answers, given the replies made so far (default: the top-level comment). */
  parentOf?: (i: number, made: readonly BulkReply[]) => string;
  statusOf?: (i: number) => CommentStatus;
}

/** Stores the replies; returns them in the order made (reply i answers `parentOf(i)`). */
export async function insertReplies(deps: Deps, chain: BulkChain): Promise<BulkReply[]> {
  const article = await deps.db.selectFrom('articles').select(['site_id', 'locale']).where('id', '=', chain.articleId).executeTakeFirstOrThrow();
  const root = await deps.db.selectFrom('comments').select(['depth']).where('id', '=', chain.rootId).executeTakeFirstOrThrow();
  const depthOf = new Map<string, number>([[chain.rootId, Number(root.depth)]]);
  const made: BulkReply[] = [];
  const rows: NewCommentRow[] = [];
  for (let i = 0; i < chain.count; i++) {
    const id = deps.ids.next();
    const parentId = chain.parentOf?.(i, made) ?? chain.rootId;
    const createdAt = new Date(Date.parse(chain.startAt) + (chain.secondOf?.(i) ?? i) * 1000).toISOString();
    const status = chain.statusOf?.(i) ?? 'approved';
    const depth = depthOf.get(parentId)! + 1;
    depthOf.set(id, depth);
    made.push({ id, parentId, createdAt, status, name: `Replier ${i + 1}` });
    rows.push({
      id, site_id: article.site_id, article_id: chain.articleId, parent_id: parentId, thread_id: chain.rootId, depth, locale: article.locale,
      author_name: `Replier ${i + 1}`, author_email: `replier-${i}@example.test`, email_hash: `chain-e-${id}`, ip_hash: 'chain-ip',
      reader_id: `chain-reader-${i}`, body: `Reply number ${i + 1}.`, body_hash: `chain-b-${id}`, submission_key: `chain-${id}`,
      status, created_at: createdAt, updated_at: createdAt, moderated_at: null, moderated_by: null, version: 1,
    });
  }
  await deps.db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 1000) await trx.insertInto('comments').values(rows.slice(i, i + 1000)).execute();
    await bumpCounters(trx, chain.articleId, { comments_visible: rows.filter((r) => r.status === 'approved').length });
  });
  return made;
}
