// The append-only moderation log (issue 4 part 5): every moderation action, by staff,
// by screening or by readers' reports, with one target. This file only inserts and
// reads; nothing in the product updates or deletes a row (the database refuses too:
// see the moderation-desk migration).
import type { Db, ModerationActorKind, ModerationLogTable } from '../db/database.ts';

/** Who acted: a staff member (their name is looked up and kept as it was then), screening, readers' reports, or the system. */
export type LogActor =
  | { kind: 'staff'; id: string; name?: string }
  | { kind: Exclude<ModerationActorKind, 'staff'> };

export type LogTargetKind = ModerationLogTable['target_kind'];

export interface ModerationLogEntry {
  id: string;
  siteId: string;
  actor: LogActor;
  /** A LOG_ACTIONS code. */
  action: LogAction;
  target: { kind: LogTargetKind; id: string };
  reason?: string | null;
  fromStatus?: string | null;
  toStatus?: string | null;
  /** Short plain text (no personal data): e.g. "7 days", "hold 0.40 → 0.35". */
  detail?: string | null;
  at: string;
}

export const LOG_ACTIONS = [
  'approve', 'reject', 'spam', 'restore', // a moderator moved a comment
  'feature', 'unfeature',
  'ban', 'lift_ban', 'premoderate_commenter', 'end_premoderation',
  'screening_hold', 'screening_reject', // screening stored a comment held or rejected
  'hidden_by_reports', // readers' reports reached the site's threshold
  'settings_change', 'term_add', 'term_remove',
] as const;
export type LogAction = (typeof LOG_ACTIONS)[number];

const ACTOR_LABEL: Record<Exclude<ModerationActorKind, 'staff'>, string> = { screening: 'Screening', readers: 'Readers’ reports', system: 'System' };

async function actorName(db: Db, actor: LogActor): Promise<string> {
  if (actor.kind !== 'staff') return ACTOR_LABEL[actor.kind];
  if (actor.name) return actor.name;
  const row = await db.selectFrom('users').select('display_name').where('id', '=', actor.id).executeTakeFirst();
  return row?.display_name ?? 'Unknown user';
}

/** Appends one entry. Pass the transaction that makes the change, so the change and its record land together. */
export async function appendModerationLog(db: Db, entry: ModerationLogEntry): Promise<void> {
  await db.insertInto('moderation_log').values({
    id: entry.id,
    site_id: entry.siteId,
    actor_kind: entry.actor.kind,
    actor_id: entry.actor.kind === 'staff' ? entry.actor.id : null,
    actor_name: await actorName(db, entry.actor),
    action: entry.action,
    target_kind: entry.target.kind,
    target_id: entry.target.id,
    reason: entry.reason ?? null,
    from_status: entry.fromStatus ?? null,
    to_status: entry.toStatus ?? null,
    detail: entry.detail ?? null,
    created_at: entry.at,
  }).execute();
}

// ---- Reading the log (the admin page) ----

export interface LogFilter {
  siteId: string;
  action?: LogAction;
  /** A staff user's id, or a non-staff actor kind. */
  actor?: { kind: 'staff'; id: string } | { kind: Exclude<ModerationActorKind, 'staff'> };
  /** A comment id or a commenter's email hash. */
  targetId?: string;
  /** Inclusive lower and exclusive upper ISO bounds on created_at. */
  since?: string;
  until?: string;
  /** A moderator limited to these locales sees only entries about comments in them. */
  locales?: readonly string[];
}

export interface LogRow {
  id: string;
  actorKind: ModerationActorKind;
  actorId: string | null;
  actorName: string;
  action: string;
  targetKind: LogTargetKind;
  targetId: string;
  reason: string | null;
  fromStatus: string | null;
  toStatus: string | null;
  detail: string | null;
  at: string;
}

export interface LogAnchor { id: string; at: string }

/** The row a page starts after (keyset), if it is this site's. */
export async function findLogAnchor(db: Db, siteId: string, id: string): Promise<LogAnchor | undefined> {
  const row = await db.selectFrom('moderation_log').select(['id', 'created_at'])
    .where('site_id', '=', siteId).where('id', '=', id).executeTakeFirst();
  return row && { id: row.id, at: row.created_at };
}

/** Newest first (created_at DESC, id DESC), `limit` rows after `after`. */
export async function listModerationLog(db: Db, filter: LogFilter, page: { after?: LogAnchor; limit: number }): Promise<LogRow[]> {
  let query = db.selectFrom('moderation_log').select([
    'id', 'actor_kind', 'actor_id', 'actor_name', 'action', 'target_kind', 'target_id', 'reason', 'from_status', 'to_status', 'detail', 'created_at',
  ]).where('site_id', '=', filter.siteId);
  if (filter.action) query = query.where('action', '=', filter.action);
  const actor = filter.actor;
  if (actor) query = actor.kind === 'staff' ? query.where('actor_id', '=', actor.id) : query.where('actor_kind', '=', actor.kind);
  if (filter.targetId) query = query.where('target_kind', 'in', ['comment', 'commenter']).where('target_id', '=', filter.targetId);
  if (filter.since) query = query.where('created_at', '>=', filter.since);
  if (filter.until) query = query.where('created_at', '<', filter.until);
  const locales = filter.locales;
  if (locales) {
    query = query.where('target_kind', '=', 'comment').where('target_id', 'in', (eb) => eb.selectFrom('comments').select('comments.id')
      .where('comments.site_id', '=', filter.siteId).where('comments.locale', 'in', locales.length > 0 ? [...locales] : ['']));
  }
  const after = page.after;
  if (after) {
    query = query.where((eb) => eb.or([
      eb('created_at', '<', after.at),
      eb.and([eb('created_at', '=', after.at), eb('id', '<', after.id)]),
    ]));
  }
  const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map((r) => ({
    id: r.id, actorKind: r.actor_kind, actorId: r.actor_id, actorName: r.actor_name, action: r.action,
    targetKind: r.target_kind, targetId: r.target_id, reason: r.reason, fromStatus: r.from_status, toStatus: r.to_status,
    detail: r.detail, at: r.created_at,
  }));
}

/** Staff who appear in this site's log, for the actor filter (their names now; null for a user no longer there). */
export async function listLogStaff(db: Db, siteId: string): Promise<Array<{ id: string; name: string | null }>> {
  const logged = await db.selectFrom('moderation_log').select('actor_id').distinct()
    .where('site_id', '=', siteId).where('actor_kind', '=', 'staff').where('actor_id', 'is not', null).execute();
  const ids = logged.map((r) => r.actor_id!).filter(Boolean);
  if (ids.length === 0) return [];
  const users = await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', ids).orderBy('display_name').execute();
  const known = new Set(users.map((u) => u.id));
  return [...users.map((u) => ({ id: u.id, name: u.display_name })), ...ids.filter((id) => !known.has(id)).map((id) => ({ id, name: null }))];
}

export interface CommentPlace { status: string; queue: string | null }

/** Where each logged comment is now (its status and work queue), to link it in the moderation queue. */
export async function listCommentPlaces(db: Db, siteId: string, commentIds: readonly string[]): Promise<Map<string, CommentPlace>> {
  const unique = [...new Set(commentIds)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('comments').select(['id', 'status', 'queue'])
    .where('site_id', '=', siteId).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, { status: r.status, queue: r.queue }]));
}
