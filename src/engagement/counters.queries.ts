// Per-article counts of visible and pending comments and of votes, changed in the
// same transaction as the rows they count, so pages read one row instead of counting.
import type { Db } from '../db/database.ts';
import { reusableQuery, reusableWrite } from '../public/reusable-query.ts';

export type CounterName = 'comments_visible' | 'comments_pending' | 'votes_yes' | 'votes_no';
export type CounterDelta = Partial<Record<CounterName, number>>;

export interface ArticleCounts {
  commentsVisible: number; commentsPending: number; votesYes: number; votesNo: number;
  /** The last live-event seq (src/live): read with the count so a page knows which events it already shows. */
  liveSeq: number;
}

const ZERO: ArticleCounts = { commentsVisible: 0, commentsPending: 0, votesYes: 0, votesNo: 0, liveSeq: 0 };

// One compiled upsert per set of counters changed (a new comment, a moderation, a vote: a handful of shapes).
const bumps = new Map<string, (db: Db, articleId: string, ...amounts: number[]) => Promise<number>>();

function bumpOf(names: readonly CounterName[]) {
  const key = names.join(',');
  let bump = bumps.get(key);
  if (!bump) {
    bump = reusableWrite((db: Db, articleId: string, ...amounts: number[]) => db.insertInto('article_counters')
      .values({ article_id: articleId, comments_visible: 0, comments_pending: 0, votes_yes: 0, votes_no: 0, ...Object.fromEntries(names.map((name, i) => [name, amounts[i]])) })
      .onConflict((oc) => oc.column('article_id').doUpdateSet((eb) =>
        Object.fromEntries(names.map((name, i) => [name, eb(eb.ref(`article_counters.${name}`), '+', amounts[i]!)])))));
    bumps.set(key, bump);
  }
  return bump;
}

export async function bumpCounters(db: Db, articleId: string, delta: CounterDelta): Promise<void> {
  const changes = (Object.entries(delta) as Array<[CounterName, number | undefined]>).filter(([, n]) => n !== undefined && n !== 0) as Array<[CounterName, number]>;
  if (changes.length === 0) return;
  changes.sort(([a], [b]) => a.localeCompare(b));
  await bumpOf(changes.map(([name]) => name))(db, articleId, ...changes.map(([, n]) => n));
}

// Read by every article page that misses the cache: compiled once.
const countsOf = reusableQuery((db: Db, articleId: string) => db.selectFrom('article_counters')
  .select(['comments_visible', 'comments_pending', 'votes_yes', 'votes_no', 'live_seq'])
  .where('article_id', '=', articleId));

export async function findCounts(db: Db, articleId: string): Promise<ArticleCounts> {
  const [row] = await countsOf(db, articleId);
  if (!row) return ZERO;
  return { commentsVisible: row.comments_visible, commentsPending: row.comments_pending, votesYes: row.votes_yes, votesNo: row.votes_no, liveSeq: Number(row.live_seq) };
}

export async function findCountsFor(db: Db, articleIds: readonly string[]): Promise<Map<string, ArticleCounts>> {
  const counts = new Map<string, ArticleCounts>();
  if (articleIds.length === 0) return counts;
  const rows = await db.selectFrom('article_counters')
    .select(['article_id', 'comments_visible', 'comments_pending', 'votes_yes', 'votes_no', 'live_seq'])
    .where('article_id', 'in', articleIds)
    .execute();
  for (const row of rows) {
    counts.set(row.article_id, {
      commentsVisible: row.comments_visible, commentsPending: row.comments_pending, votesYes: row.votes_yes, votesNo: row.votes_no, liveSeq: Number(row.live_seq),
    });
  }
  return counts;
}
