// The header's site picker: staff who work on several sites choose the one the admin
// works on. A plain form (no script needed); the choice is remembered in a cookie.
import { CSRF_FIELD } from '../http/csrf.ts';
import { SITE_SWITCH_PATH, type AdminSiteChoice } from './site-choice.ts';
import { useAdminMessages } from './admin-i18n.tsx';

/** `next`: the list page of the area shown (AdminLayout's `current`), where the switch lands (`siteSwitchLanding`). */
export function AdminSitePicker(props: { choice: AdminSiteChoice; csrfToken: string; next: string }) {
  const { choice } = props;
  const m = useAdminMessages('adminCommon');
  return (
    <form class="admin-site-picker" method="post" action={SITE_SWITCH_PATH}>
      <input type="hidden" name={CSRF_FIELD} value={props.csrfToken} />
      <input type="hidden" name="next" value={props.next} />
      <label for="admin-site-choice">{m.siteLabel}</label>
      <select id="admin-site-choice" name="site">
        {choice.currentId ? null : <option value="" selected>{m.chooseSite}</option>}
        {choice.sites.map((site) => <option value={site.id} selected={site.id === choice.currentId} dir="auto">{site.name}</option>)}
      </select>
      <button type="submit">{m.switchSite}</button>
    </form>
  );
}
