// The log page's address: filters (action, actor, target, date range) and the row a page
// starts after. Unknown or malformed values are dropped (the filter form shows what
// was understood), except a bad date range, which the page reports.
import { formString } from '../admin/forms.tsx';
import type { ModerationActorKind } from '../db/database.ts';
import { REJECT_REASON_LABEL, isRejectReason } from '../moderation/reject-reasons.ts';
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

export const ACTION_LABEL: Record<LogAction, string> = {
  approve: 'Approved', reject: 'Rejected', spam: 'Marked as spam', restore: 'Put back as pending',
  feature: 'Featured', unfeature: 'Unfeatured',
  ban: 'Banned commenter', lift_ban: 'Lifted ban', premoderate_commenter: 'Pre-moderated commenter', end_premoderation: 'Ended pre-moderation',
  screening_hold: 'Held by screening', screening_reject: 'Rejected by screening', hidden_by_reports: 'Hidden by reports',
  settings_change: 'Changed screening settings', term_add: 'Added term', term_remove: 'Removed term',
};

export const ACTOR_KIND_LABEL: Record<ModerationActorKind, string> = { staff: 'staff', screening: 'screening', readers: 'readers', system: 'system' };
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

/** A problem with the filters worth telling the moderator (the list still shows). */
export function logQueryProblem(query: LogQuery): string | undefined {
  if (query.from && query.to && query.from > query.to) return 'The “from” date is after the “to” date: nothing can match.';
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

/** A reject reason's label; other reasons (a ban's note, a report reason) as written. */
export function reasonLabel(reason: string | null): string {
  if (!reason) return '';
  return isRejectReason(reason) ? REJECT_REASON_LABEL[reason] : reason;
}

export function actionLabel(action: string): string {
  return isAction(action) ? ACTION_LABEL[action] : action;
}

/** The moderation queue tab a comment is in now: its work queue, else its status. */
export function queueTabOf(place: { status: string; queue: string | null }): string {
  return place.queue ?? place.status;
}
