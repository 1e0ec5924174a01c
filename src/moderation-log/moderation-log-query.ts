// The log page's address: filters (action, actor, target, date range) and the row a page
// starts after. Unknown or malformed values are dropped (the filter form shows what
// was understood), except a bad date range, which the page reports.
import { formString } from '../admin/forms.tsx';
import type { ModerationActorKind } from '../db/database.ts';
import { rejectReasonLabel, type ModerationKey, type ModerationMessages } from '../moderation/moderation-words.ts';
import { isRejectReason } from '../moderation/reject-reasons.ts';
import { isKnownScreeningReason, screeningReasonLabel } from '../moderation/screening-labels.ts';
import { LOG_ACTIONS, type LogAction, type LogFilter } from './moderation-log.queries.ts';

export const LOG_PATH = '/admin/moderation/log';

export interface LogQuery {
  action?: LogAction;
  /** A staff user id, or `screening` / `readers` / `system`. */
  actor?: string;
  target?: string;
  /** YYYY-MM-DD, UTC, both inclusive. */
  from?: string;
  to?: string;
  after?: string;
}

const ACTION_KEY: Record<LogAction, ModerationKey> = {
  approve: 'logActionApprove', reject: 'logActionReject', spam: 'logActionSpam', restore: 'logActionRestore',
  feature: 'logActionFeature', unfeature: 'logActionUnfeature',
  ban: 'logActionBan', lift_ban: 'logActionLiftBan', premoderate_commenter: 'logActionPremoderate', end_premoderation: 'logActionEndPremoderation',
  screening_hold: 'logActionScreeningHold', screening_reject: 'logActionScreeningReject', hidden_by_reports: 'logActionHiddenByReports',
  settings_change: 'logActionSettingsChange', term_add: 'logActionTermAdd', term_remove: 'logActionTermRemove',
};

const ACTOR_KIND_KEY: Record<ModerationActorKind, ModerationKey> = {
  staff: 'actorKindStaff', screening: 'actorKindScreening', readers: 'actorKindReaders', system: 'actorKindSystem',
};
/** Who a non-staff actor is, as the actor filter and the By column name them (the stored name is English). */
const NON_STAFF_KEY: Record<Exclude<ModerationActorKind, 'staff'>, ModerationKey> = {
  screening: 'actorScreening', readers: 'actorReaders', system: 'actorSystem',
};

export const actorKindLabel = (m: ModerationMessages, kind: ModerationActorKind): string => m[ACTOR_KIND_KEY[kind]];
export const nonStaffName = (m: ModerationMessages, kind: Exclude<ModerationActorKind, 'staff'>): string => m[NON_STAFF_KEY[kind]];
const NON_STAFF = ['screening', 'readers', 'system'] as const;

const ID = /^[\w-]{1,128}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const isAction = (v: string): v is LogAction => (LOG_ACTIONS as readonly string[]).includes(v);
const isDay = (v: string) => DAY.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

export function parseLogQuery(raw: unknown): LogQuery {
  const pick = (name: string, ok: (v: string) => boolean) => {
    const v = formString(raw, name);
    return v && ok(v) ? v : undefined;
  };
  return {
    action: pick('action', isAction) as LogAction | undefined,
    actor: pick('actor', (v) => ID.test(v)),
    target: pick('target', (v) => ID.test(v)),
    from: pick('from', isDay),
    to: pick('to', isDay),
    after: pick('after', (v) => ID.test(v)),
  };
}

/** A problem with the filters worth telling the moderator (the list still shows), as its catalog key. */
export function logQueryProblem(query: LogQuery): 'logDatesBackwards' | undefined {
  if (query.from && query.to && query.from > query.to) return 'logDatesBackwards';
  return undefined;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();

export function logFilterOf(siteId: string, query: LogQuery): LogFilter {
  const actor = query.actor === undefined ? undefined
    : (NON_STAFF as readonly string[]).includes(query.actor) ? { kind: query.actor as (typeof NON_STAFF)[number] }
      : { kind: 'staff' as const, id: query.actor };
  return {
    siteId, action: query.action, actor, targetId: query.target,
    since: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    until: query.to ? nextDay(query.to) : undefined,
  };
}

export function logHref(query: LogQuery): string {
  const params = new URLSearchParams();
  for (const key of ['action', 'actor', 'target', 'from', 'to', 'after'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const qs = params.toString();
  return qs ? `${LOG_PATH}?${qs}` : LOG_PATH;
}

/**
 * A screening hold's reason (its strongest screening code) or a reject reason, in words; other
 * reasons (a moderator's note on a ban) as written.
 */
export function reasonLabel(m: ModerationMessages, reason: string | null, action: string): string {
  if (!reason) return '';
  if (action === 'screening_hold' && isKnownScreeningReason(reason)) return screeningReasonLabel(m, reason);
  return isRejectReason(reason) ? rejectReasonLabel(m, reason) : reason;
}

export function actionLabel(m: ModerationMessages, action: string): string {
  return isAction(action) ? m[ACTION_KEY[action]] : action;
}

/** The moderation queue tab a comment is in now: its work queue, else its status. */
export function queueTabOf(place: { status: string; queue: string | null }): string {
  return place.queue ?? place.status;
}
