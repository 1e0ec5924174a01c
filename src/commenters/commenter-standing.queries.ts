// What the site knows about a commenter (identified by the keyed email hash, never the
// address): an active ban (by email or by IP hash), per-commenter pre-moderation, and
// their history (comments by status). Read by comment submission and the queue.
import type { CommentStatus, Db } from '../db/database.ts';

export interface ActiveBan { id: string; reason: string; expiresAt: string | null }

/** A ban of this email or this address on the site that has not ended or been lifted by `now`. */
export async function findActiveBan(db: Db, siteId: string, who: { emailHash: string; ipHash: string }, now: string): Promise<ActiveBan | undefined> {
  const row = await db.selectFrom('commenter_bans').select(['id', 'reason', 'expires_at'])
    .where('site_id', '=', siteId)
    .where((eb) => eb.or([eb('email_hash', '=', who.emailHash), eb('ip_hash', '=', who.ipHash)]))
    .where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row && { id: row.id, reason: row.reason, expiresAt: row.expires_at };
}

/** Whether a moderator put this commenter into pre-moderation, still in force at `now`. */
export async function isPremoderated(db: Db, siteId: string, emailHash: string, now: string): Promise<boolean> {
  const row = await db.selectFrom('commenter_premoderation').select('until')
    .where('site_id', '=', siteId).where('email_hash', '=', emailHash).executeTakeFirst();
  return row !== undefined && (row.until === null || row.until > now);
}

export type CommenterHistory = Record<CommentStatus, number>;

const EMPTY: CommenterHistory = { pending: 0, approved: 0, rejected: 0, spam: 0 };

/** Comments per status of each commenter on the site (one grouped query for a whole queue page). */
export async function listCommenterHistory(db: Db, siteId: string, emailHashes: readonly string[]): Promise<Map<string, CommenterHistory>> {
  const histories = new Map<string, CommenterHistory>();
  const unique = [...new Set(emailHashes)];
  if (unique.length === 0) return histories;
  const rows = await db.selectFrom('comments').select(['email_hash', 'status', (eb) => eb.fn.countAll().as('n')])
    .where('site_id', '=', siteId).where('email_hash', 'in', unique).groupBy(['email_hash', 'status']).execute();
  for (const hash of unique) histories.set(hash, { ...EMPTY });
  for (const r of rows) histories.get(r.email_hash)![r.status] = Number(r.n);
  return histories;
}

/** The commenter's approved comments on the site, counted up to `cap` only (the new-commenter rule asks "fewer than K?"). */
export async function countApprovedUpTo(db: Db, siteId: string, emailHash: string, cap: number): Promise<number> {
  const row = await db.selectFrom((eb) => eb.selectFrom('comments').select('id')
    .where('site_id', '=', siteId).where('email_hash', '=', emailHash).where('status', '=', 'approved').limit(cap).as('approved'))
    .select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Comments by this commenter on the site since `since` (flooding). */
export async function countRecentByCommenter(db: Db, siteId: string, emailHash: string, since: string): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n'))
    .where('site_id', '=', siteId).where('email_hash', '=', emailHash).where('created_at', '>=', since).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Comments with this text by other commenters or on other articles of the site since `since` (copy-paste spam). */
export async function countSameTextElsewhere(db: Db, siteId: string, text: { bodyHash: string; articleId: string }, since: string): Promise<number> {
  const row = await db.selectFrom('comments').select((eb) => eb.fn.countAll().as('n'))
    .where('site_id', '=', siteId).where('body_hash', '=', text.bodyHash).where('created_at', '>=', since)
    .where('article_id', '<>', text.articleId).executeTakeFirstOrThrow();
  return Number(row.n);
}
