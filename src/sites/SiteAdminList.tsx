// /admin/sites: every site of the install, with its host name and languages.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { PageHeader } from '../admin/PageHeader.tsx';
import { useLocaleName } from './locale-names.ts';
import type { Site } from './site.queries.ts';

export interface SiteAdminListProps { user: AdminUser; csrfToken: string; sites: Site[]; flash?: string }

function Languages(props: { site: Site }) {
  const m = useAdminMessages('adminUsers');
  const localeName = useLocaleName();
  return (
    <>
      {props.site.locales.map((tag, i) => (
        <>
          {i > 0 ? ', ' : null}
          <span title={localeName(tag)}>{tag}</span>
          {tag === props.site.defaultLocale ? ` ${m.defaultMark}` : null}
        </>
      ))}
    </>
  );
}

function SiteRow(props: { site: Site }) {
  const m = useAdminMessages('adminUsers');
  const site = props.site;
  return (
    <tr>
      <td><a href={`/admin/sites/${encodeURIComponent(site.id)}`} dir="auto">{site.name}</a></td>
      <td>{site.host ? <code>{site.host}</code> : <span class="hint">{m.noHost}</span>}</td>
      <td><Languages site={site} /></td>
      <td>{site.logo ? m.hasLogo : m.noLogoShort}</td>
      <td>{site.isDefault ? <span class="badge badge-published">{m.defaultColumn}</span> : null}</td>
    </tr>
  );
}

export function SiteAdminList(props: SiteAdminListProps) {
  const m = useAdminMessages('adminUsers');
  return (
    <AdminLayout title={m.sitesTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/sites" flash={props.flash}>
      <PageHeader title={m.sitesTitle} newHref="/admin/sites/new" newLabel={m.newSite} />
      <p class="hint">{m.sitesIntro}</p>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">{m.sitesCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{m.nameLabel}</th><th scope="col">{m.hostLabel}</th><th scope="col">{m.languagesLabel}</th>
              <th scope="col">{m.logoLabel}</th><th scope="col">{m.defaultColumn}</th>
            </tr>
          </thead>
          <tbody>{props.sites.map((site) => <SiteRow site={site} />)}</tbody>
        </table>
      </div>
    </AdminLayout>
  );
}
