// The moderation log (issue 4 part 5): every action newest first, filterable, a page at
// a time, in the admin's language (codes stay in the data attributes). Read-only by
// design: no row has an edit or delete control.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminLocale } from '../admin/admin-i18n.tsx';
import { fieldId } from '../admin/forms.tsx';
import { UtcTime } from '../articles/StatusBadge.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { useModerationMessages, type ModerationMessages } from '../moderation/moderation-words.ts';
import { detailText } from './log-detail.ts';
import { LOG_ACTIONS, type LogRow } from './moderation-log.queries.ts';
import type { CommentPlace } from './moderation-log.queries.ts';
import {
  actionLabel, actorKindLabel, LOG_PATH, logHref, nonStaffName, queueTabOf, reasonLabel, type LogQuery,
} from './moderation-log-query.ts';

export const LOG_STYLES = ['/assets/moderation-log.css'];

export interface ModerationLogPageProps {
  user: AdminUser;
  csrfToken: string;
  query: LogQuery;
  rows: LogRow[];
  /** Staff who appear in the log; `name` null for a user no longer there. */
  staff: Array<{ id: string; name: string | null }>;
  places: Map<string, CommentPlace>;
  /** The last row of this page when there is a next one. */
  nextAfter?: string;
  problem?: 'logDatesBackwards';
}

function Filters(props: { query: LogQuery; staff: ModerationLogPageProps['staff'] }) {
  const q = props.query;
  const m = useModerationMessages();
  return (
    <form method="get" action={LOG_PATH} class="filters" role="search" id="moderation-log-filters">
      <div class="field">
        <label for={fieldId('action')}>{m.filterAction}</label>
        <select id={fieldId('action')} name="action">
          <option value="">{m.filterAllActions}</option>
          {LOG_ACTIONS.map((a) => <option value={a} selected={a === q.action}>{actionLabel(m, a)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for={fieldId('actor')}>{m.filterBy}</label>
        <select id={fieldId('actor')} name="actor">
          <option value="">{m.filterAnyone}</option>
          {props.staff.map((s) => <option value={s.id} selected={s.id === q.actor}>{s.name ?? m.deletedUser}</option>)}
          {(['screening', 'readers', 'system'] as const).map((kind) => <option value={kind} selected={q.actor === kind}>{nonStaffName(m, kind)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for={fieldId('target')}>{m.filterTarget}</label>
        <input type="search" id={fieldId('target')} name="target" value={q.target ?? ''} maxLength={128} autocomplete="off" />
      </div>
      <div class="field">
        <label for={fieldId('from')}>{m.filterFrom}</label>
        <input type="date" id={fieldId('from')} name="from" value={q.from ?? ''} />
      </div>
      <div class="field">
        <label for={fieldId('to')}>{m.filterTo}</label>
        <input type="date" id={fieldId('to')} name="to" value={q.to ?? ''} />
      </div>
      <button type="submit" class="button">{m.filterSubmit}</button>
      {q.action || q.actor || q.target || q.from || q.to ? <a href={LOG_PATH} class="button">{m.filterClear}</a> : null}
    </form>
  );
}

function Target(props: { row: LogRow; places: Map<string, CommentPlace> }) {
  const { row } = props;
  const m = useModerationMessages();
  if (row.targetKind === 'comment') {
    const place = props.places.get(row.targetId);
    const label = tParts(m, 'targetComment', { id: <code>{row.targetId}</code> });
    if (!place) return <span>{label}</span>;
    return <a href={`/admin/moderation?tab=${encodeURIComponent(queueTabOf(place))}#moderation-${encodeURIComponent(row.targetId)}`}>{label}</a>;
  }
  if (row.targetKind === 'commenter') {
    // The email hash, never the address: the same value filters the log by this commenter.
    return (
      <a href={logHref({ target: row.targetId })} title={m.targetCommenterTitle}>
        {tParts(m, 'targetCommenter', { hash: <code class="log-hash">{row.targetId.slice(0, 12)}…</code> })}
      </a>
    );
  }
  return <span>{m.targetSite}</span>;
}

/** "pending → rejected" in the moderator's words; an unknown status as stored. */
function statusChange(m: ModerationMessages, from: string | null, to: string | null): string {
  if (!from && !to) return '';
  const word = (status: string | null) => (status ? t(m, 'logStatus', { status }) : '—');
  return t(m, 'logStatusChange', { from: word(from), to: word(to) });
}

function Row(props: { row: LogRow; places: Map<string, CommentPlace> }) {
  const r = props.row;
  const m = useModerationMessages();
  const locale = useAdminLocale();
  // Screening, readers and the system are named in the moderator's words; staff as recorded then.
  const actor = r.actorKind === 'staff' ? r.actorName : nonStaffName(m, r.actorKind);
  return (
    <tr id={`log-${r.id}`} data-action={r.action} data-actor-kind={r.actorKind} data-target-kind={r.targetKind} data-target-id={r.targetId}>
      <td><UtcTime iso={r.at} /></td>
      <td><bdi>{actor}</bdi> <span class={`log-actor log-actor-${r.actorKind}`}>{actorKindLabel(m, r.actorKind)}</span></td>
      <td class="log-action">{actionLabel(m, r.action)}</td>
      <td><Target row={r} places={props.places} /></td>
      <td class="log-reason" dir="auto">{reasonLabel(m, r.reason, r.action)}</td>
      <td class="log-status">{statusChange(m, r.fromStatus, r.toStatus)}</td>
      <td class="log-detail" dir="auto">{detailText(m, locale, r.action, r.detail)}</td>
    </tr>
  );
}

function Table(props: { rows: LogRow[]; places: Map<string, CommentPlace> }) {
  const m = useModerationMessages();
  return (
    <div class="table-wrap">
      <table id="moderation-log">
        <caption class="visually-hidden">{m.logCaption}</caption>
        <thead><tr>
          <th scope="col">{m.colTime}</th><th scope="col">{m.colBy}</th><th scope="col">{m.colAction}</th><th scope="col">{m.colTarget}</th>
          <th scope="col">{m.colReason}</th><th scope="col">{m.colStatus}</th><th scope="col">{m.colDetail}</th>
        </tr></thead>
        <tbody>{props.rows.map((row) => <Row row={row} places={props.places} />)}</tbody>
      </table>
    </div>
  );
}

export function ModerationLogPage(props: ModerationLogPageProps) {
  const { query, rows } = props;
  const m = useModerationMessages();
  const filtered = Boolean(query.action || query.actor || query.target || query.from || query.to);
  return (
    <AdminLayout title={m.logTitle} user={props.user} csrfToken={props.csrfToken} current={LOG_PATH} styles={LOG_STYLES}>
      <div class="page-header"><h1>{m.logTitle}</h1></div>
      <p class="muted">{m.logIntro}{' '}<a href="/admin/moderation/bans">{m.logBansLink}</a></p>
      <Filters query={query} staff={props.staff} />
      {props.problem ? <div class="error-summary" role="alert" id="moderation-log-problem"><h2>{m[props.problem]}</h2></div> : null}
      {rows.length === 0
        ? <p class="empty" id="moderation-log-empty">{filtered ? m.logEmptyFiltered : m.logEmpty}</p>
        : <Table rows={rows} places={props.places} />}
      {query.after || props.nextAfter ? (
        <nav aria-label={m.pagesLabel}>
          <ul class="pagination">
            {query.after ? <li><a href={logHref({ ...query, after: undefined })}>{m.logNewest}</a></li> : null}
            {props.nextAfter ? <li><a href={logHref({ ...query, after: props.nextAfter })} rel="next" id="moderation-log-older">{m.logOlder}</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
