import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import type { SectionWithCount } from './section.queries.ts';

export interface SectionAdminListProps { user: AdminUser; csrfToken: string; sections: SectionWithCount[]; flash?: string }

export function SectionAdminList(props: SectionAdminListProps) {
  const m = useAdminMessages('adminTaxonomy');
  return (
    <AdminLayout title={m.sectionsTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/sections" flash={props.flash}>
      <PageHeader title={m.sectionsTitle} newHref="/admin/sections/new" newLabel={m.newSection} />
      {props.sections.length === 0 ? <p class="empty">{m.sectionsEmpty}</p> : (
        <div class="table-wrap">
          <table>
            <caption class="visually-hidden">{m.sectionsCaption}</caption>
            <thead><tr><th scope="col">{m.nameLabel}</th><th scope="col">{m.slugLabel}</th><th scope="col" class="num">{m.positionLabel}</th><th scope="col" class="num">{m.articlesColumn}</th></tr></thead>
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
