import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, useRoleName, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import type { StaffUser } from './user.queries.ts';

export interface UserListProps {
  user: AdminUser;
  csrfToken: string;
  users: StaffUser[];
  /** The sites each limited user works on (absent: every site), with every site's name. */
  userSites?: Map<string, string[]>;
  sites?: Array<{ id: string; name: string }>;
  flash?: string;
}

/** "All sites", or the names of the sites the person is limited to; only shown when the install has several. */
function SitesCell(props: { user: StaffUser; userSites?: Map<string, string[]>; sites: Array<{ id: string; name: string }> }) {
  const m = useAdminMessages('adminUsers');
  const limited = props.user.role === 'admin' ? undefined : props.userSites?.get(props.user.id);
  if (!limited?.length) return <td>{m.allSites}</td>;
  return <td dir="auto">{props.sites.filter((s) => limited.includes(s.id)).map((s) => s.name).join(', ')}</td>;
}

function UserRow(props: { person: StaffUser; showSites: boolean; userSites?: Map<string, string[]>; sites: Array<{ id: string; name: string }> }) {
  const m = useAdminMessages('adminUsers');
  const u = props.person;
  return (
    <tr>
      <td><a href={`/admin/users/${encodeURIComponent(u.id)}`} dir="auto">{u.displayName}</a></td>
      <td>{u.email}</td>
      <td>{useRoleName(u.role)}</td>
      {props.showSites ? <SitesCell user={u} userSites={props.userSites} sites={props.sites} /> : null}
      <td>{u.disabled ? <span class="badge badge-disabled">{m.statusDisabled}</span> : <span class="badge badge-published">{m.statusActive}</span>}</td>
    </tr>
  );
}

export function UserList(props: UserListProps) {
  const m = useAdminMessages('adminUsers');
  const sites = props.sites ?? [];
  const showSites = sites.length > 1;
  return (
    <AdminLayout title={m.usersTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/users" flash={props.flash}>
      <PageHeader title={m.usersTitle} newHref="/admin/users/new" newLabel={m.newUser} />
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{m.usersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.nameLabel}</th><th scope="col">{m.emailLabel}</th><th scope="col">{m.roleLabel}</th>
              {showSites ? <th scope="col">{m.sitesColumn}</th> : null}<th scope="col">{m.statusColumn}</th>
            </tr>
          </thead>
          <tbody>
            {props.users.map((u) => <UserRow person={u} showSites={showSites} userSites={props.userSites} sites={sites} />)}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
