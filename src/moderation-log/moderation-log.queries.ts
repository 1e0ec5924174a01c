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
