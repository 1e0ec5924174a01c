import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import type { AuthorListItem } from './author.queries.ts';

export interface AuthorAdminListProps { user: AdminUser; csrfToken: string; authors: AuthorListItem[]; flash?: string }

export function AuthorAdminList(props: AuthorAdminListProps) {
  return (
    <AdminLayout title="Authors" user={props.user} csrfToken={props.csrfToken} current="/admin/authors" flash={props.flash}>
      <PageHeader title="Authors" newHref="/admin/authors/new" newLabel="New author" />
      <p class="hint">The people named in bylines. An author does not need a login.</p>
      {props.authors.length === 0 ? <p class="empty">No authors yet.</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Authors</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col">Staff account</th><th scope="col" class="num">Articles</th></tr></thead>
            <tbody>
              {props.authors.map((a) => (
                <tr>
                  <td><a href={`/admin/authors/${encodeURIComponent(a.id)}`}>{a.name}</a></td>
                  <td><code>{a.slug}</code></td>
                  <td>{a.userName ?? <span class="muted">None</span>}</td>
                  <td class="num">{a.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
