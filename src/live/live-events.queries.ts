// The live-event log of each article (issue 7, live comments): appended in the same
// transaction as the visibility change it reports, read by the live hub after a bus
// notice or for a reconnecting page, pruned after LIVE_EVENT_MAX_AGE_MS.
import type { CommentMode, CommentStatus, Db, LiveEventKind } from '../db/database.ts';

export interface LiveEventRow { seq: number; kind: LiveEventKind; commentId: string | null; visibleCount: number }

/**
 * Takes the article's next seq and records the event. Runs inside the transaction that
 * changed the comment, after the counters were bumped: the UPDATE locks the counters row,
 * so on PostgreSQL a second transaction for the same article waits here and its seq
 * commits after ours; the log has no gaps and grows in commit order (what makes a
 * Last-Event-ID replay exact). The count is the one this transaction just wrote.
 */
export async function appendLiveEvent(trx: Db, event: { articleId: string; kind: LiveEventKind; commentId: string | null; at: string }): Promise<number> {
  const row = await trx.insertInto('article_counters')
    .values({ article_id: event.articleId, comments_visible: 0, comments_pending: 0, votes_yes: 0, votes_no: 0, live_seq: 1 })
    .onConflict((oc) => oc.column('article_id').doUpdateSet((eb) => ({ live_seq: eb(eb.ref('article_counters.live_seq'), '+', 1) })))
    .returning(['live_seq', 'comments_visible'])
    .executeTakeFirstOrThrow();
  const seq = Number(row.live_seq);
  await trx.insertInto('live_events').values({
    article_id: event.articleId, seq, kind: event.kind, comment_id: event.commentId,
    visible_count: Number(row.comments_visible), created_at: event.at,
  }).execute();
  return seq;
}

/** Events after `afterSeq`, oldest first, at most `limit`. */
export async function listLiveEventsAfter(db: Db, articleId: string, afterSeq: number, limit: number): Promise<LiveEventRow[]> {
  const rows = await db.selectFrom('live_events')
    .select(['seq', 'kind', 'comment_id', 'visible_count'])
    .where('article_id', '=', articleId).where('seq', '>', afterSeq)
    .orderBy('seq').limit(limit)
    .execute();
  return rows.map((r) => ({ seq: Number(r.seq), kind: r.kind, commentId: r.comment_id, visibleCount: Number(r.visible_count) }));
}

export async function deleteLiveEventsBefore(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('live_events').where('created_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** A published article as the live stream needs it: where it lives and what decides its comment mode. */
export interface LiveArticle {
  id: string; siteId: string; locale: string; slug: string; publishedAt: string;
  commentModes: { article: CommentMode | null; section: CommentMode | null };
  /** The article's last live seq (0 before any event), read with it: one query per stream opened. */
  liveSeq: number;
}

export async function findLiveArticle(db: Db, articleId: string): Promise<LiveArticle | undefined> {
  const row = await db.selectFrom('articles')
    .innerJoin('sections', 'sections.id', 'articles.section_id')
    .leftJoin('article_counters', 'article_counters.article_id', 'articles.id')
    .select(['articles.id', 'articles.site_id', 'articles.locale', 'articles.slug', 'articles.published_at', 'articles.comment_mode', 'sections.comment_mode as section_comment_mode', 'article_counters.live_seq'])
    .where('articles.id', '=', articleId).where('articles.status', '=', 'published')
    .executeTakeFirst();
  if (!row || row.published_at === null) return undefined;
  return {
    id: row.id, siteId: row.site_id, locale: row.locale, slug: row.slug, publishedAt: row.published_at,
    commentModes: { article: row.comment_mode ?? null, section: row.section_comment_mode ?? null },
    liveSeq: Number(row.live_seq ?? 0),
  };
}

/** A comment as the thread shows it, with what decides whether readers see it now and whom it answers. */
export interface LiveComment {
  id: string; parentId: string | null; threadId: string; depth: number; authorName: string; body: string; createdAt: string;
  status: CommentStatus; featured: boolean; rootStatus: CommentStatus; parentName: string | null;
}

export async function findLiveComment(db: Db, articleId: string, commentId: string): Promise<LiveComment | undefined> {
  const row = await db.selectFrom('comments as c')
    .innerJoin('comments as root', 'root.id', 'c.thread_id')
    .leftJoin('comments as parent', 'parent.id', 'c.parent_id')
    .select(['c.id', 'c.parent_id', 'c.thread_id', 'c.depth', 'c.author_name', 'c.body', 'c.created_at', 'c.status', 'c.featured_at',
      'root.status as root_status', 'parent.author_name as parent_name'])
    .where('c.id', '=', commentId).where('c.article_id', '=', articleId)
    .executeTakeFirst();
  return row && {
    id: row.id, parentId: row.parent_id, threadId: row.thread_id, depth: Number(row.depth), authorName: row.author_name, body: row.body,
    createdAt: row.created_at, status: row.status, featured: row.featured_at !== null, rootStatus: row.root_status, parentName: row.parent_name ?? null,
  };
}
