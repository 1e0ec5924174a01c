// The moderation log (issue 4 part 5): every action newest first, filterable, a page at
// a time. Read-only by design: no row has an edit or delete control.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { fieldId } from '../admin/forms.tsx';
import { UtcTime } from '../articles/StatusBadge.tsx';
import { LOG_ACTIONS, type LogRow } from './moderation-log.queries.ts';
import type { CommentPlace } from './moderation-log.queries.ts';
import {
  ACTION_LABEL, ACTOR_KIND_LABEL, LOG_PATH, actionLabel, logHref, queueTabOf, reasonLabel, type LogQuery,
} from './moderation-log-query.ts';

export const LOG_STYLES = ['/assets/moderation-log.css'];

export interface ModerationLogPageProps {
  user: AdminUser;
  csrfToken: string;
  query: LogQuery;
  rows: LogRow[];
  staff: Array<{ id: string; name: string }>;
  places: Map<string, CommentPlace>;
  /** The last row of this page when there is a next one. */
  nextAfter?: string;
  problem?: string;
}

function Filters(props: { query: LogQuery; staff: ModerationLogPageProps['staff'] }) {
  const q = props.query;
  return (
    <form method="get" action={LOG_PATH} class="filters" role="search" id="moderation-log-filters">
      <div class="field">
        <label for={fieldId('action')}>Action</label>
        <select id={fieldId('action')} name="action">
          <option value="">All actions</option>
          {LOG_ACTIONS.map((a) => <option value={a} selected={a === q.action}>{ACTION_LABEL[a]}</option>)}
        </select>
      </div>
      <div class="field">
        <label for={fieldId('actor')}>By</label>
        <select id={fieldId('actor')} name="actor">
          <option value="">Anyone</option>
          {props.staff.map((s) => <option value={s.id} selected={s.id === q.actor}>{s.name}</option>)}
          <option value="screening" selected={q.actor === 'screening'}>Screening</option>
          <option value="readers" selected={q.actor === 'readers'}>Readers’ reports</option>
          <option value="system" selected={q.actor === 'system'}>System</option>
        </select>
      </div>
      <div class="field">
        <label for={fieldId('target')}>Comment id or commenter</label>
        <input type="search" id={fieldId('target')} name="target" value={q.target ?? ''} maxLength={128} autocomplete="off" />
      </div>
      <div class="field">
        <label for={fieldId('from')}>From (UTC)</label>
        <input type="date" id={fieldId('from')} name="from" value={q.from ?? ''} />
      </div>
      <div class="field">
        <label for={fieldId('to')}>To (UTC)</label>
        <input type="date" id={fieldId('to')} name="to" value={q.to ?? ''} />
      </div>
      <button type="submit" class="button">Filter</button>
      {q.action || q.actor || q.target || q.from || q.to ? <a href={LOG_PATH} class="button">Clear</a> : null}
    </form>
  );
}

function Target(props: { row: LogRow; places: Map<string, CommentPlace> }) {
  const { row } = props;
  if (row.targetKind === 'comment') {
    const place = props.places.get(row.targetId);
    const label = <>Comment <code>{row.targetId}</code></>;
    if (!place) return <span>{label}</span>;
    return <a href={`/admin/moderation?tab=${encodeURIComponent(queueTabOf(place))}#moderation-${encodeURIComponent(row.targetId)}`}>{label}</a>;
  }
  if (row.targetKind === 'commenter') {
    // The email hash, never the address: the same value filters the log by this commenter.
    return <a href={logHref({ target: row.targetId })} title="This commenter’s entries">Commenter <code class="log-hash">{row.targetId.slice(0, 12)}…</code></a>;
  }
  return <span>Site settings</span>;
}

function Row(props: { row: LogRow; places: Map<string, CommentPlace> }) {
  const r = props.row;
  return (
    <tr id={`log-${r.id}`} data-action={r.action} data-actor-kind={r.actorKind} data-target-kind={r.targetKind} data-target-id={r.targetId}>
      <td><UtcTime iso={r.at} /></td>
      <td><bdi>{r.actorName}</bdi> <span class={`log-actor log-actor-${r.actorKind}`}>{ACTOR_KIND_LABEL[r.actorKind]}</span></td>
      <td class="log-action">{actionLabel(r.action)}</td>
      <td><Target row={r} places={props.places} /></td>
      <td class="log-reason" dir="auto">{reasonLabel(r.reason)}</td>
      <td class="log-status">{r.fromStatus || r.toStatus ? `${r.fromStatus ?? '—'} → ${r.toStatus ?? '—'}` : ''}</td>
      <td class="log-detail" dir="auto">{r.detail ?? ''}</td>
    </tr>
  );
}

export function ModerationLogPage(props: ModerationLogPageProps) {
  const { query, rows } = props;
  const filtered = Boolean(query.action || query.actor || query.target || query.from || query.to);
  return (
    <AdminLayout title="Moderation log" user={props.user} csrfToken={props.csrfToken} current={LOG_PATH} styles={LOG_STYLES}>
      <div class="page-header"><h1>Moderation log</h1></div>
      <p class="muted">Every moderation action on this site, newest first. The log cannot be changed or deleted.
        {' '}<a href="/admin/moderation/bans">Bans and pre-moderation</a></p>
      <Filters query={query} staff={props.staff} />
      {props.problem ? <div class="error-summary" role="alert" id="moderation-log-problem"><h2>{props.problem}</h2></div> : null}
      {rows.length === 0 ? <p class="empty" id="moderation-log-empty">{filtered ? 'No entries match these filters.' : 'Nothing has been logged yet.'}</p> : (
        <div class="table-wrap">
          <table id="moderation-log">
            <caption class="visually-hidden">Moderation log, newest first</caption>
            <thead><tr>
              <th scope="col">Time</th><th scope="col">By</th><th scope="col">Action</th><th scope="col">Target</th>
              <th scope="col">Reason</th><th scope="col">Status</th><th scope="col">Detail</th>
            </tr></thead>
            <tbody>{rows.map((row) => <Row row={row} places={props.places} />)}</tbody>
          </table>
        </div>
      )}
      {query.after || props.nextAfter ? (
        <nav aria-label="Pages">
          <ul class="pagination">
            {query.after ? <li><a href={logHref({ ...query, after: undefined })}>Newest</a></li> : null}
            {props.nextAfter ? <li><a href={logHref({ ...query, after: props.nextAfter })} rel="next" id="moderation-log-older">Older</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
