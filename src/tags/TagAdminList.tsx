import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import type { TagWithCount } from './tag.queries.ts';

export interface TagAdminListProps { user: AdminUser; csrfToken: string; tags: TagWithCount[]; flash?: string }

export function TagAdminList(props: TagAdminListProps) {
  const m = useAdminMessages('adminTaxonomy');
  return (
    <AdminLayout title={m.tagsTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/tags" flash={props.flash}>
      <PageHeader title={m.tagsTitle} newHref="/admin/tags/new" newLabel={m.newTag} />
      {props.tags.length === 0 ? <p class="empty">{m.tagsEmpty}</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{m.tagsTitle}</caption>
            <thead><tr><th scope="col">{m.nameLabel}</th><th scope="col">{m.slugLabel}</th><th scope="col" class="num">{m.articlesColumn}</th></tr></thead>
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
