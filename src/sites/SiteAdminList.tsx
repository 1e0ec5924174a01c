// /admin/sites: every site of the install, with its host name and languages.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { PageHeader } from '../admin/PageHeader.tsx';
import { localeInfo } from '../i18n/locales.ts';
import type { Site } from './site.queries.ts';

export interface SiteAdminListProps { user: AdminUser; csrfToken: string; sites: Site[]; flash?: string }

function Languages(props: { site: Site }) {
  return (
    <>
      {props.site.locales.map((tag, i) => (
        <>
          {i > 0 ? ', ' : null}
          <span title={localeInfo(tag).englishName}>{tag}</span>
          {tag === props.site.defaultLocale ? ' (default)' : null}
        </>
      ))}
    </>
  );
}

export function SiteAdminList(props: SiteAdminListProps) {
  return (
    <AdminLayout title="Sites" user={props.user} csrfToken={props.csrfToken} current="/admin/sites" flash={props.flash}>
      <PageHeader title="Sites" newHref="/admin/sites/new" newLabel="New site" />
      <p class="hint">Each site is a publication of its own, chosen by the host name readers use. Its sections, authors, articles and comment settings
        are managed while working on it: choose it with the site picker at the top.</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">Sites of this install</caption>
          <thead><tr><th scope="col">Name</th><th scope="col">Host name</th><th scope="col">Languages</th><th scope="col">Logo</th><th scope="col">Default</th></tr></thead>
          <tbody>
            {props.sites.map((site) => (
              <tr>
                <td><a href={`/admin/sites/${encodeURIComponent(site.id)}`} dir="auto">{site.name}</a></td>
                <td>{site.host ? <code>{site.host}</code> : <span class="hint">none</span>}</td>
                <td><Languages site={site} /></td>
                <td>{site.logo ? 'Yes' : 'No'}</td>
                <td>{site.isDefault ? <span class="badge badge-published">Default</span> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
