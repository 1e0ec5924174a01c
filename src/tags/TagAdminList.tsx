import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import type { TagWithCount } from './tag.queries.ts';

export interface TagAdminListProps { user: AdminUser; csrfToken: string; tags: TagWithCount[]; flash?: string }

export function TagAdminList(props: TagAdminListProps) {
  return (
    <AdminLayout title="Tags" user={props.user} csrfToken={props.csrfToken} current="/admin/tags" flash={props.flash}>
      <PageHeader title="Tags" newHref="/admin/tags/new" newLabel="New tag" />
      {props.tags.length === 0 ? <p class="empty">No tags yet.</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Tags</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col" class="num">Articles</th></tr></thead>
            <tbody>
              {props.tags.map((tag) => (
                <tr>
                  <td><a href={`/admin/tags/${encodeURIComponent(tag.id)}`}>{tag.name}</a></td>
                  <td><code>{tag.slug}</code></td>
                  <td class="num">{tag.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
