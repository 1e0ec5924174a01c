// /admin/site: the sites this person works on, one button each. The header's picker does
// the same on every page; this page is where a refused site (403) points.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { CsrfField } from '../admin/forms.tsx';
import { SITE_SWITCH_PATH } from '../admin/site-choice.ts';

export interface SiteSwitchPageProps {
  user: AdminUser;
  csrfToken: string;
  sites: Array<{ id: string; name: string; host: string | null }>;
  currentId?: string;
  /** The choice sent could not be used (an unknown site). */
  error?: string;
}

export function SiteSwitchPage(props: SiteSwitchPageProps) {
  const m = useAdminMessages('adminUsers');
  return (
    <AdminLayout title={m.chooseSiteTitle} user={props.user} csrfToken={props.csrfToken} current={SITE_SWITCH_PATH}>
      <h1>{m.chooseSiteHeading}</h1>
      {props.error ? <div class="error-summary" role="alert"><p>{props.error}</p></div> : null}
      <p class="hint">{m.chooseSiteHint}</p>
      <ul class="stack">
        {props.sites.map((site) => (
          <li>
            <form method="post" action={SITE_SWITCH_PATH}>
              <CsrfField token={props.csrfToken} />
              <input type="hidden" name="site" value={site.id} />
              <button type="submit" class={site.id === props.currentId ? 'button' : 'button button-primary'} aria-describedby={`site-note-${site.id}`}>
                <span dir="auto">{site.name}</span>
              </button>
              {' '}<span class="hint" id={`site-note-${site.id}`}>{site.id === props.currentId ? m.currentSiteNote : site.host ?? ''}</span>
            </form>
          </li>
        ))}
      </ul>
    </AdminLayout>
  );
}
