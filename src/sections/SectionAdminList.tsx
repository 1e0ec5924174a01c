import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import type { SectionWithCount } from './section.queries.ts';

export interface SectionAdminListProps { user: AdminUser; csrfToken: string; sections: SectionWithCount[]; flash?: string }

export function SectionAdminList(props: SectionAdminListProps) {
  return (
    <AdminLayout title="Sections" user={props.user} csrfToken={props.csrfToken} current="/admin/sections" flash={props.flash}>
      <PageHeader title="Sections" newHref="/admin/sections/new" newLabel="New section" />
      {props.sections.length === 0 ? <p class="empty">No sections yet. Articles need one: create the first.</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">Sections, in menu order</caption>
            <thead><tr><th scope="col">Name</th><th scope="col">Slug</th><th scope="col" class="num">Position</th><th scope="col" class="num">Articles</th></tr></thead>
            <tbody>
              {props.sections.map((s) => (
                <tr>
                  <td><a href={`/admin/sections/${encodeURIComponent(s.id)}`}>{s.name}</a></td>
                  <td><code>{s.slug}</code></td>
                  <td class="num">{s.position}</td>
                  <td class="num">{s.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </AdminLayout>
  );
}
