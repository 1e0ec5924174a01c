import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
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
  const limited = props.user.role === 'admin' ? undefined : props.userSites?.get(props.user.id);
  if (!limited?.length) return <td>All sites</td>;
  return <td dir="auto">{props.sites.filter((s) => limited.includes(s.id)).map((s) => s.name).join(', ')}</td>;
}

export function UserList(props: UserListProps) {
  const sites = props.sites ?? [];
  const showSites = sites.length > 1;
  return (
    <AdminLayout title="Users" user={props.user} csrfToken={props.csrfToken} current="/admin/users" flash={props.flash}>
      <PageHeader title="Users" newHref="/admin/users/new" newLabel="New user" />
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Staff accounts</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th>{showSites ? <th scope="col">Sites</th> : null}<th scope="col">Status</th></tr>
          </thead>
          <tbody>
            {props.users.map((u) => (
              <tr>
                <td><a href={`/admin/users/${encodeURIComponent(u.id)}`}>{u.displayName}</a></td>
                <td>{u.email}</td>
                <td>{u.role}</td>
                {showSites ? <SitesCell user={u} userSites={props.userSites} sites={sites} /> : null}
                <td>{u.disabled ? <span class="badge badge-disabled">Disabled</span> : <span class="badge badge-published">Active</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
