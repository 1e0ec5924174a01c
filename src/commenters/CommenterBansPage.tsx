// /admin/moderation/bans: who is banned now, who is pre-moderated, and bans that ended,
// in the admin's language. Moderators see the commenter's name and address from their
// latest comment (admin only).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField } from '../admin/forms.tsx';
import { UtcTime } from '../articles/StatusBadge.tsx';
import { tParts } from '../i18n/catalog.ts';
import { useModerationMessages } from '../moderation/moderation-words.ts';
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
  const m = useModerationMessages();
  return (
    <>
      {who ? <><bdi>{who.name}</bdi><br /><span class="commenter-email">{who.email}</span></> : <span class="muted">{m.unknownCommenter}</span>}
      {props.hash ? <><br /><a class="commenter-log" href={`/admin/moderation/log?target=${encodeURIComponent(props.hash)}`}>{m.logEntries}</a></> : null}
    </>
  );
}

function Until(props: { iso: string | null }) {
  const m = useModerationMessages();
  return props.iso ? <UtcTime iso={props.iso} /> : <>{m.untilLifted}</>;
}

function NoReason() {
  return <span class="muted">{useModerationMessages().noReasonGiven}</span>;
}

function ActiveBans(props: CommenterBansPageProps) {
  const m = useModerationMessages();
  if (props.active.length === 0) return <p class="empty" id="active-bans-empty">{m.nobodyBanned}</p>;
  return (
    <div class="table-wrap"><table id="active-bans">
      <thead><tr>
        <th scope="col">{m.colCommenter}</th><th scope="col">{m.colReason}</th><th scope="col">{m.colSince}</th><th scope="col">{m.colEnds}</th>
        <th scope="col">{m.colBy}</th><th scope="col"><span class="visually-hidden">{m.colActions}</span></th>
      </tr></thead>
      <tbody>{props.active.map((b) => (
        <tr data-ban-id={b.id} data-commenter={b.emailHash ?? ''}>
          <td><Commenter hash={b.emailHash} identities={props.identities} /></td>
          <td dir="auto">{b.reason || <NoReason />}</td>
          <td><UtcTime iso={b.createdAt} /></td>
          <td><Until iso={b.expiresAt} /></td>
          <td>{b.createdByName ?? '—'}</td>
          <td class="row-actions">
            <form method="post" action={`${BANS_PATH}/${encodeURIComponent(b.id)}/lift`} class="lift-ban">
              <CsrfField token={props.csrfToken} />
              <button type="submit" class="button button-small">{m.liftBan}</button>
            </form>
          </td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}

function Premoderated(props: CommenterBansPageProps) {
  const m = useModerationMessages();
  if (props.premoderated.length === 0) return <p class="empty" id="premoderated-empty">{m.noPremoderated}</p>;
  return (
    <div class="table-wrap"><table id="premoderated">
      <thead><tr>
        <th scope="col">{m.colCommenter}</th><th scope="col">{m.colSince}</th><th scope="col">{m.colEnds}</th><th scope="col">{m.colBy}</th>
        <th scope="col"><span class="visually-hidden">{m.colActions}</span></th>
      </tr></thead>
      <tbody>{props.premoderated.map((p) => (
        <tr data-commenter={p.emailHash}>
          <td><Commenter hash={p.emailHash} identities={props.identities} /></td>
          <td><UtcTime iso={p.createdAt} /></td>
          <td>{p.until ? <UtcTime iso={p.until} /> : m.untilEnded}</td>
          <td>{p.createdByName ?? '—'}</td>
          <td class="row-actions">
            <form method="post" action="/admin/moderation/premoderation/end" class="end-premoderation">
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="commenter" value={p.emailHash} />
              <button type="submit" class="button button-small">{m.endPremoderation}</button>
            </form>
          </td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}

function EndedBans(props: CommenterBansPageProps) {
  const m = useModerationMessages();
  if (props.ended.length === 0) return <p class="empty" id="ended-bans-empty">{m.noEndedBans}</p>;
  return (
    <div class="table-wrap"><table id="ended-bans">
      <thead><tr>
        <th scope="col">{m.colCommenter}</th><th scope="col">{m.colReason}</th><th scope="col">{m.colSince}</th><th scope="col">{m.colEnded}</th><th scope="col">{m.colBy}</th>
      </tr></thead>
      <tbody>{props.ended.map((b) => (
        <tr data-ban-id={b.id} data-commenter={b.emailHash ?? ''} data-ended={b.liftedAt ? 'lifted' : 'expired'}>
          <td><Commenter hash={b.emailHash} identities={props.identities} /></td>
          <td dir="auto">{b.reason || <NoReason />}</td>
          <td><UtcTime iso={b.createdAt} /></td>
          <td>{b.liftedAt ? tParts(m, 'liftedAt', { time: <UtcTime iso={b.liftedAt} /> }) : tParts(m, 'expiredAt', { time: <UtcTime iso={b.expiresAt!} /> })}</td>
          <td>{b.createdByName ?? '—'}</td>
        </tr>
      ))}</tbody>
    </table></div>
  );
}

export function CommenterBansPage(props: CommenterBansPageProps) {
  const m = useModerationMessages();
  return (
    <AdminLayout title={m.bansTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/moderation" flash={props.flash} styles={COMMENTER_STYLES}>
      <p><a href="/admin/moderation">{m.backToQueue}</a></p>
      <div class="page-header"><h1>{m.bansTitle}</h1></div>
      <p class="muted">{m.bansIntro}</p>
      <h2 id="active-bans-heading">{m.bannedNow}</h2>
      <ActiveBans {...props} />
      <h2 id="premoderated-heading">{m.premoderatedHeading}</h2>
      <Premoderated {...props} />
      <h2 id="ended-bans-heading">{m.endedBansHeading}</h2>
      <EndedBans {...props} />
    </AdminLayout>
  );
}
