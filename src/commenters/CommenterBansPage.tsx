// /admin/moderation/bans: who is banned now, who is pre-moderated, and bans that ended.
// Moderators see the commenter's name and address from their latest comment (admin only).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField } from '../admin/forms.tsx';
import { UtcTime } from '../articles/StatusBadge.tsx';
import type { BanRow, CommenterIdentity, PremoderationRow } from './commenter.queries.ts';

export const BANS_PATH = '/admin/moderation/bans';
export const COMMENTER_STYLES = ['/assets/commenters.css'];

export interface CommenterBansPageProps {
  user: AdminUser;
  csrfToken: string;
  active: BanRow[];
  ended: BanRow[];
  premoderated: PremoderationRow[];
  identities: Map<string, CommenterIdentity>;
  now: string;
  flash?: string;
}

function Commenter(props: { hash: string | null; identities: Map<string, CommenterIdentity> }) {
  const who = props.hash ? props.identities.get(props.hash) : undefined;
  return (
    <>
      {who ? <><bdi>{who.name}</bdi><br /><span class="commenter-email">{who.email}</span></> : <span class="muted">Unknown commenter</span>}
      {props.hash ? <><br /><a class="commenter-log" href={`/admin/moderation/log?target=${encodeURIComponent(props.hash)}`}>Log entries</a></> : null}
    </>
  );
}

const Until = (props: { iso: string | null }) => (props.iso ? <UtcTime iso={props.iso} /> : <>Until lifted</>);

function ActiveBans(props: CommenterBansPageProps) {
  if (props.active.length === 0) return <p class="empty" id="active-bans-empty">Nobody is banned.</p>;
  return (
    <div class="table-wrap"><table id="active-bans">
      <thead><tr><th scope="col">Commenter</th><th scope="col">Reason</th><th scope="col">Since</th><th scope="col">Ends</th><th scope="col">By</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>{props.active.map((b) => (
        <tr data-ban-id={b.id} data-commenter={b.emailHash ?? ''}>
          <td><Commenter hash={b.emailHash} identities={props.identities} /></td>
          <td dir="auto">{b.reason || <span class="muted">No reason given</span>}</td>
          <td><UtcTime iso={b.createdAt} /></td>
          <td><Until iso={b.expiresAt} /></td>
          <td>{b.createdByName ?? '—'}</td>
          <td class="row-actions">
            <form method="post" action={`${BANS_PATH}/${encodeURIComponent(b.id)}/lift`} class="lift-ban">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="button button-small">Lift ban</button>
            </form>
          </td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}

function Premoderated(props: CommenterBansPageProps) {
  if (props.premoderated.length === 0) return <p class="empty" id="premoderated-empty">No commenter is pre-moderated.</p>;
  return (
    <div class="table-wrap"><table id="premoderated">
      <thead><tr><th scope="col">Commenter</th><th scope="col">Since</th><th scope="col">Ends</th><th scope="col">By</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
      <tbody>{props.premoderated.map((p) => (
        <tr data-commenter={p.emailHash}>
          <td><Commenter hash={p.emailHash} identities={props.identities} /></td>
          <td><UtcTime iso={p.createdAt} /></td>
          <td>{p.until ? <UtcTime iso={p.until} /> : 'Until ended'}</td>
          <td>{p.createdByName ?? '—'}</td>
          <td class="row-actions">
            <form method="post" action="/admin/moderation/premoderation/end" class="end-premoderation">
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="commenter" value={p.emailHash} />
              <button type="submit" class="button button-small">End pre-moderation</button>
            </form>
          </td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}

function EndedBans(props: CommenterBansPageProps) {
  if (props.ended.length === 0) return <p class="empty" id="ended-bans-empty">No ban has ended yet.</p>;
  return (
    <div class="table-wrap"><table id="ended-bans">
      <thead><tr><th scope="col">Commenter</th><th scope="col">Reason</th><th scope="col">Since</th><th scope="col">Ended</th><th scope="col">By</th></tr></thead>
      <tbody>{props.ended.map((b) => (
        <tr data-ban-id={b.id} data-commenter={b.emailHash ?? ''} data-ended={b.liftedAt ? 'lifted' : 'expired'}>
          <td><Commenter hash={b.emailHash} identities={props.identities} /></td>
          <td dir="auto">{b.reason || <span class="muted">No reason given</span>}</td>
          <td><UtcTime iso={b.createdAt} /></td>
          <td>{b.liftedAt ? <>Lifted <UtcTime iso={b.liftedAt} /></> : <>Expired <UtcTime iso={b.expiresAt!} /></>}</td>
          <td>{b.createdByName ?? '—'}</td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}

export function CommenterBansPage(props: CommenterBansPageProps) {
  return (
    <AdminLayout title="Bans and pre-moderation" user={props.user} csrfToken={props.csrfToken} current="/admin/moderation" flash={props.flash} styles={COMMENTER_STYLES}>
      <p><a href="/admin/moderation">← Moderation queue</a></p>
      <div class="page-header"><h1>Bans and pre-moderation</h1></div>
      <p class="muted">Ban or pre-moderate a commenter from one of their comments in the moderation queue.</p>
      <h2 id="active-bans-heading">Banned now</h2>
      <ActiveBans {...props} />
      <h2 id="premoderated-heading">Pre-moderated commenters</h2>
      <Premoderated {...props} />
      <h2 id="ended-bans-heading">Ended bans</h2>
      <EndedBans {...props} />
    </AdminLayout>
  );
}
