// Bans and per-commenter pre-moderation, as moderators set and end them
// (/admin/moderation/ban, /premoderate, /bans). Commenters are known by their keyed
// email hash; the name and address shown to moderators come from their latest comment.
import type { Db } from '../db/database.ts';

/** The comment a moderator acts from: whose it is, and where. */
export interface CommentAuthorRef { id: string; locale: string; emailHash: string; ipHash: string }

export async function findCommentAuthor(db: Db, siteId: string, commentId: string): Promise<CommentAuthorRef | undefined> {
  const row = await db.selectFrom('comments').select(['id', 'locale', 'email_hash', 'ip_hash'])
    .where('site_id', '=', siteId).where('id', '=', commentId).executeTakeFirst();
  return row && { id: row.id, locale: row.locale, emailHash: row.email_hash, ipHash: row.ip_hash };
}

export interface NewBan {
  id: string; siteId: string; emailHash: string; ipHash: string; reason: string; commentId: string;
  createdBy: string; createdAt: string; expiresAt: string | null;
}

export async function insertBan(db: Db, ban: NewBan): Promise<void> {
  await db.insertInto('commenter_bans').values({
    id: ban.id, site_id: ban.siteId, email_hash: ban.emailHash, ip_hash: ban.ipHash, reason: ban.reason,
    comment_id: ban.commentId, created_by: ban.createdBy, created_at: ban.createdAt, expires_at: ban.expiresAt,
    lifted_at: null, lifted_by: null,
  }).execute();
}

/** Ends the bans of this commenter still in force (a new ban replaces them); returns how many. */
export async function liftActiveBansOf(db: Db, ban: { siteId: string; emailHash: string; at: string; by: string }): Promise<number> {
  const result = await db.updateTable('commenter_bans').set({ lifted_at: ban.at, lifted_by: ban.by })
    .where('site_id', '=', ban.siteId).where('email_hash', '=', ban.emailHash).where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', ban.at)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export interface BanRow {
  id: string; emailHash: string | null; reason: string; commentId: string | null; createdByName: string | null;
  createdAt: string; expiresAt: string | null; liftedAt: string | null;
}

const BAN_COLUMNS = [
  'commenter_bans.id', 'commenter_bans.email_hash', 'commenter_bans.reason', 'commenter_bans.comment_id', 'users.display_name',
  'commenter_bans.created_at', 'commenter_bans.expires_at', 'commenter_bans.lifted_at',
] as const;

function toBan(r: { id: string; email_hash: string | null; reason: string; comment_id: string | null; display_name: string | null; created_at: string; expires_at: string | null; lifted_at: string | null }): BanRow {
  return {
    id: r.id, emailHash: r.email_hash, reason: r.reason, commentId: r.comment_id, createdByName: r.display_name,
    createdAt: r.created_at, expiresAt: r.expires_at, liftedAt: r.lifted_at,
  };
}

export async function findBan(db: Db, siteId: string, id: string): Promise<BanRow | undefined> {
  const row = await db.selectFrom('commenter_bans').leftJoin('users', 'users.id', 'commenter_bans.created_by').select(BAN_COLUMNS)
    .where('commenter_bans.site_id', '=', siteId).where('commenter_bans.id', '=', id).executeTakeFirst();
  return row && toBan(row);
}

/** Bans in force at `now` (not lifted, not expired), newest first. */
export async function listActiveBans(db: Db, siteId: string, now: string, limit: number): Promise<BanRow[]> {
  const rows = await db.selectFrom('commenter_bans').leftJoin('users', 'users.id', 'commenter_bans.created_by').select(BAN_COLUMNS)
    .where('commenter_bans.site_id', '=', siteId).where('commenter_bans.lifted_at', 'is', null)
    .where((eb) => eb.or([eb('commenter_bans.expires_at', 'is', null), eb('commenter_bans.expires_at', '>', now)]))
    .orderBy('commenter_bans.created_at', 'desc').orderBy('commenter_bans.id', 'desc').limit(limit).execute();
  return rows.map(toBan);
}

/** Bans lifted or expired by `now`, most recent first. */
export async function listEndedBans(db: Db, siteId: string, now: string, limit: number): Promise<BanRow[]> {
  const rows = await db.selectFrom('commenter_bans').leftJoin('users', 'users.id', 'commenter_bans.created_by').select(BAN_COLUMNS)
    .where('commenter_bans.site_id', '=', siteId)
    .where((eb) => eb.or([eb('commenter_bans.lifted_at', 'is not', null), eb('commenter_bans.expires_at', '<=', now)]))
    .orderBy('commenter_bans.created_at', 'desc').orderBy('commenter_bans.id', 'desc').limit(limit).execute();
  return rows.map(toBan);
}

/** Lifts a ban still in force; false when it had already ended. */
export async function updateBanLifted(db: Db, siteId: string, id: string, by: string, now: string): Promise<boolean> {
  const result = await db.updateTable('commenter_bans').set({ lifted_at: now, lifted_by: by })
    .where('site_id', '=', siteId).where('id', '=', id).where('lifted_at', 'is', null)
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '>', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Puts a commenter into pre-moderation until `until` (null: until ended), replacing an earlier term. */
export async function upsertPremoderation(db: Db, row: { siteId: string; emailHash: string; until: string | null; createdBy: string; createdAt: string }): Promise<void> {
  await db.insertInto('commenter_premoderation').values({
    site_id: row.siteId, email_hash: row.emailHash, until: row.until, created_by: row.createdBy, created_at: row.createdAt,
  }).onConflict((oc) => oc.columns(['site_id', 'email_hash']).doUpdateSet({ until: row.until, created_by: row.createdBy, created_at: row.createdAt }))
    .execute();
}

/** Ends a pre-moderation in force (its row stays, ended at `now`); false when none was in force. */
export async function updatePremoderationEnded(db: Db, siteId: string, emailHash: string, now: string): Promise<boolean> {
  const result = await db.updateTable('commenter_premoderation').set({ until: now })
    .where('site_id', '=', siteId).where('email_hash', '=', emailHash)
    .where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', now)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export interface PremoderationRow { emailHash: string; until: string | null; createdByName: string | null; createdAt: string }

/** Commenters in pre-moderation at `now`, most recently added first. */
export async function listPremoderated(db: Db, siteId: string, now: string, limit: number): Promise<PremoderationRow[]> {
  const rows = await db.selectFrom('commenter_premoderation').leftJoin('users', 'users.id', 'commenter_premoderation.created_by')
    .select(['commenter_premoderation.email_hash', 'commenter_premoderation.until', 'users.display_name', 'commenter_premoderation.created_at'])
    .where('commenter_premoderation.site_id', '=', siteId)
    .where((eb) => eb.or([eb('commenter_premoderation.until', 'is', null), eb('commenter_premoderation.until', '>', now)]))
    .orderBy('commenter_premoderation.created_at', 'desc').limit(limit).execute();
  return rows.map((r) => ({ emailHash: r.email_hash, until: r.until, createdByName: r.display_name, createdAt: r.created_at }));
}

export interface CommenterIdentity { name: string; email: string }

/** Name and address from each commenter's latest comment on the site (admin only: moderators may see emails). */
export async function listCommenterIdentities(db: Db, siteId: string, emailHashes: readonly string[]): Promise<Map<string, CommenterIdentity>> {
  const unique = [...new Set(emailHashes)];
  if (unique.length === 0) return new Map();
  const latest = db.selectFrom('comments').select(['email_hash', (eb) => eb.fn.max('created_at').as('latest')])
    .where('site_id', '=', siteId).where('email_hash', 'in', unique).groupBy('email_hash').as('latest');
  const rows = await db.selectFrom('comments')
    .innerJoin(latest, (join) => join.onRef('latest.email_hash', '=', 'comments.email_hash').onRef('latest.latest', '=', 'comments.created_at'))
    .select(['comments.email_hash', 'comments.author_name', 'comments.author_email'])
    .where('comments.site_id', '=', siteId).orderBy('comments.id').execute();
  return new Map(rows.map((r) => [r.email_hash, { name: r.author_name, email: r.author_email }]));
}
