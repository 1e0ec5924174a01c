import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import type { StaffUser } from './user.queries.ts';

export interface UserListProps {
  user: AdminUser;
  csrfToken: string;
  users: StaffUser[];
  flash?: string;
}

export function UserList(props: UserListProps) {
  return (
    <AdminLayout title="Users" user={props.user} csrfToken={props.csrfToken} current="/admin/users" flash={props.flash}>
      <PageHeader title="Users" newHref="/admin/users/new" newLabel="New user" />
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Staff accounts</caption>
          <thead>
            <tr><th scope="col">Name</th><th scope="col">E-mail</th><th scope="col">Role</th><th scope="col">Status</th></tr>
          </thead>
          <tbody>
            {props.users.map((u) => (
              <tr>
                <td><a href={`/admin/users/${encodeURIComponent(u.id)}`}>{u.displayName}</a></td>
                <td>{u.email}</td>
                <td>{u.role}</td>
                <td>{u.disabled ? <span class="badge badge-disabled">Disabled</span> : <span class="badge badge-published">Active</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
