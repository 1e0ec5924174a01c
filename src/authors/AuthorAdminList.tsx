import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import type { AuthorListItem } from './author.queries.ts';

export interface AuthorAdminListProps { user: AdminUser; csrfToken: string; authors: AuthorListItem[]; flash?: string }

export function AuthorAdminList(props: AuthorAdminListProps) {
  const m = useAdminMessages('adminTaxonomy');
  return (
    <AdminLayout title={m.authorsTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/authors" flash={props.flash}>
      <PageHeader title={m.authorsTitle} newHref="/admin/authors/new" newLabel={m.newAuthor} />
      <p class="hint">{m.authorsIntro}</p>
      {props.authors.length === 0 ? <p class="empty">{m.authorsEmpty}</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{m.authorsTitle}</caption>
            <thead><tr><th scope="col">{m.nameLabel}</th><th scope="col">{m.slugLabel}</th><th scope="col">{m.staffAccountLabel}</th><th scope="col" class="num">{m.articlesColumn}</th></tr></thead>
            <tbody>
              {props.authors.map((a) => (
                <tr>
                  <td><a href={`/admin/authors/${encodeURIComponent(a.id)}`}>{a.name}</a></td>
                  <td><code>{a.slug}</code></td>
                  <td>{a.userName ?? <span class="muted">{m.noStaffAccount}</span>}</td>
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
