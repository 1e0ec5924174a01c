// Create or edit a site: name, slug, host name, languages, default flag and logo.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, TextField, fieldId, type FieldErrors } from '../admin/forms.tsx';
import { SLUG_HINT } from '../admin/slugs.ts';
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

const HOST_HINT = 'The name readers type to reach this site, like ar.example.org: no "http://" and no port. Leave empty for none. '
  + 'Addresses no site claims (and a fresh install’s localhost) show the default site.';

function Conflict(props: { id: string }) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1}>
      <h2>Someone else changed this site</h2>
      <p>It was saved by someone else after you opened this page, so your changes were <strong>not</strong> saved. They are still in the form below.
        {' '}<a href={`/admin/sites/${encodeURIComponent(props.id)}`}>Open the current version</a> and make your changes again.</p>
    </div>
  );
}

function DefaultSiteField(props: { checked: boolean; errors?: FieldErrors }) {
  const error = props.errors?.isDefault;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      {error ? <p class="field-error" id={`${fieldId('isDefault')}-error`}>{error}</p> : null}
      <div class="field-check">
        <input type="checkbox" id={fieldId('isDefault')} name="isDefault" value="1" checked={props.checked}
          aria-describedby={`${fieldId('isDefault')}-hint${error ? ` ${fieldId('isDefault')}-error` : ''}`} />
        <label for={fieldId('isDefault')}>Default site</label>
      </div>
      <p class="hint" id={`${fieldId('isDefault')}-hint`}>Answers every host name no other site claims. Exactly one site is the default: ticking this here takes it from the current one.</p>
    </div>
  );
}

export function SiteForm(props: SiteFormProps) {
  const v = props.values;
  const action = props.id ? `/admin/sites/${encodeURIComponent(props.id)}` : '/admin/sites';
  const title = props.id ? `Edit site: ${v.name}` : 'New site';
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current="/admin/sites" flash={props.flash}>
      <p><a href="/admin/sites">← All sites</a></p>
      <h1 dir="auto">{title}</h1>
      {props.conflict && props.id ? <Conflict id={props.id} /> : <ErrorSummary errors={props.errors} />}
      <form method="post" action={action} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        {props.id ? <input type="hidden" name="fingerprint" value={v.fingerprint} /> : null}
        <TextField name="name" label="Name" value={v.name} errors={props.errors} required maxLength={MAX_SITE_NAME} extra={{ dir: 'auto' }}
          hint="The publication’s name, in its own language: readers see it in the masthead and page titles." />
        <TextField name="slug" label="Slug" value={v.slug} errors={props.errors} hint={SLUG_HINT} maxLength={120} />
        <TextField name="host" label="Host name" value={v.host} errors={props.errors} hint={HOST_HINT} maxLength={253} autocomplete="off" extra={{ dir: 'ltr', spellcheck: 'false' }} />
        <SiteLocaleFields choices={props.localeChoices} ticked={v.locales} positions={v.positions} defaultLocale={v.defaultLocale} errors={props.errors} />
        <DefaultSiteField checked={v.isDefault} errors={props.errors} />
        <LogoPicker value={v.logoMediaId} images={props.logoChoices} errors={props.errors} />
        <div class="actions"><button type="submit" class="button button-primary">{props.id ? 'Save changes' : 'Create site'}</button></div>
      </form>
    </AdminLayout>
  );
}
