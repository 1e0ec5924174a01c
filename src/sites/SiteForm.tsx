// Create or edit a site: name, slug, host name, languages, default flag and logo.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { CsrfField, ErrorSummary, TextField, fieldId, type FieldErrors } from '../admin/forms.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { LogoPicker, type LogoChoice } from './LogoPicker.tsx';
import { MAX_SITE_NAME } from './save-site.ts';
import type { SiteFormValues } from './site-form.ts';
import type { LocaleChoice } from './site-locales.ts';
import { SiteLocaleFields } from './SiteLocaleFields.tsx';

export interface SiteFormProps {
  user: AdminUser;
  csrfToken: string;
  /** Undefined for a new site. */
  id?: string;
  values: SiteFormValues;
  localeChoices: LocaleChoice[];
  /** The site's media library (edits only). */
  logoChoices?: LogoChoice[];
  errors?: FieldErrors;
  /** Someone else saved the site after this form was opened: nothing was saved. */
  conflict?: boolean;
  flash?: string;
}

function Conflict(props: { id: string }) {
  const m = useAdminMessages('adminUsers');
  const link = <a href={`/admin/sites/${encodeURIComponent(props.id)}`}>{m.conflictOpenCurrent}</a>;
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <h2>{m.conflictHeading}</h2>
      <p>{tParts(m, 'conflictBody', { not: <strong>{m.conflictNot}</strong> })}{' '}{tParts(m, 'conflictAction', { link })}</p>
    </div>
  );
}

function DefaultSiteField(props: { checked: boolean; errors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  const error = props.errors?.isDefault;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      {error ? <p class="field-error" id={`${fieldId('isDefault')}-error`}>{error}</p> : null}
      <div class="field-check">
        <input type="checkbox" id={fieldId('isDefault')} name="isDefault" value="1" checked={props.checked}
          aria-describedby={`${fieldId('isDefault')}-hint${error ? ` ${fieldId('isDefault')}-error` : ''}`} />
        <label for={fieldId('isDefault')}>{m.defaultSiteLabel}</label>
      </div>
      <p class="hint" id={`${fieldId('isDefault')}-hint`}>{m.defaultSiteHint}</p>
    </div>
  );
}

export function SiteForm(props: SiteFormProps) {
  const m = useAdminMessages('adminUsers');
  const v = props.values;
  const action = props.id ? `/admin/sites/${encodeURIComponent(props.id)}` : '/admin/sites';
  const title = props.id ? t(m, 'editSiteTitle', { name: v.name }) : m.newSite;
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/sites" flash={props.flash}>
      <p><a href="/admin/sites">{m.allSitesLink}</a></p>
      <h1>{props.id ? tParts(m, 'editSiteTitle', { name: <bdi>{v.name}</bdi> }) : title}</h1>
      {props.conflict && props.id ? <Conflict id={props.id} /> : <ErrorSummary errors={props.errors} />}
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        {props.id ? <input type="hidden" name="fingerprint" value={v.fingerprint} /> : null}
        <TextField name="name" label={m.nameLabel} value={v.name} errors={props.errors} required maxLength={MAX_SITE_NAME} extra={{ dir: 'auto' }}
          hint={m.siteNameHint} />
        <TextField name="slug" label={m.slugLabel} value={v.slug} errors={props.errors} hint={m.slugHint} maxLength={120} />
        <TextField name="host" label={m.hostLabel} value={v.host} errors={props.errors} hint={m.hostHint} maxLength={253} autocomplete="off" extra={{ dir: 'ltr', spellcheck: 'false' }} />
        <SiteLocaleFields choices={props.localeChoices} ticked={v.locales} positions={v.positions} defaultLocale={v.defaultLocale} errors={props.errors} />
        <DefaultSiteField checked={v.isDefault} errors={props.errors} />
        <LogoPicker value={v.logoMediaId} images={props.logoChoices} errors={props.errors} />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? m.saveChanges : m.createSite}</button></div>
      </form>
    </AdminLayout>
  );
}
