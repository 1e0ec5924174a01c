// The new-user form, and the edit page (details form plus a separate new-password form).
import { AdminLayout, useRoleName, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { ADMIN_LOCALES } from '../admin/admin-locale.ts';
import { CsrfField, ErrorSummary, SelectField, TextField, fieldId, type FieldErrors } from '../admin/forms.tsx';
import { ROLES, type Role } from '../db/database.ts';
import { t } from '../i18n/catalog.ts';
import { localeInfo } from '../i18n/locales.ts';
import { useLocaleName } from '../sites/locale-names.ts';
import { MIN_PASSWORD_LENGTH } from './password.ts';

/** The role names for the select, capitalised as a list of choices: "Editor", "Редактор". */
function useRoleOptions(value: string): Array<{ value: string; label: string }> {
  const m = useAdminMessages('adminUsers');
  const options = ROLES.map((role: Role) => {
    // A fixed number of calls (one per role), so the hook order never changes.
    const name = useRoleName(role);
    return { value: role, label: name.charAt(0).toLocaleUpperCase() + name.slice(1) };
  });
  // An unknown role shows "Choose a role" rather than silently preselecting the first (admin).
  return (ROLES as readonly string[]).includes(value) ? options : [{ value: '', label: m.chooseRole }, ...options];
}

/**
 * `scopes`: ticked `siteId:locale` values (`siteId:*` = all of the site's languages). `sites`: ticked site ids (none = every site).
 * `uiLocale`: the admin's language for this person, '' = their browser's.
 */
export interface UserFormValues { email: string; displayName: string; role: string; disabled: boolean; scopes: string[]; sites: string[]; uiLocale: string }

/** A site a moderator can be limited to, with its languages. */
export interface ScopeSite { id: string; name: string; locales: string[] }

interface Common { user: AdminUser; csrfToken: string; errors?: FieldErrors; flash?: string; sites: ScopeSite[] }

const scopeId = (value: string) => `scope-${value.replace(/[^\w-]/g, (c) => (c === '*' ? 'all' : '-'))}`;

function ScopeBox(props: { value: string; label: string; checked: boolean }) {
  return (
    <div class="field-check">
      <input type="checkbox" id={scopeId(props.value)} name="scope" value={props.value} checked={props.checked} />
      <label for={scopeId(props.value)}>{props.label}</label>
    </div>
  );
}

/** Which sites the person works on (issue 5). Nothing ticked = every site; admins always work on every site. */
function SiteAccessFields(props: { sites: ScopeSite[]; values: string[]; errors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  if (props.sites.length < 2) return null;
  const error = props.errors?.sites;
  const ticked = new Set(props.values);
  return (
    <fieldset class={error ? 'field field-invalid site-access' : 'field site-access'} id={fieldId('sites')}
      aria-describedby={`${fieldId('sites')}-hint${error ? ` ${fieldId('sites')}-error` : ''}`}>
      <legend>{m.worksOn}</legend>
      <p class="hint" id={`${fieldId('sites')}-hint`}>{m.worksOnHint}</p>
      {error ? <p class="field-error" id={`${fieldId('sites')}-error`}>{error}</p> : null}
      {props.sites.map((site) => (
        <div class="field-check">
          <input type="checkbox" id={`site-${site.id}`} name="sites" value={site.id} checked={ticked.has(site.id)} />
          <label for={`site-${site.id}`} dir="auto">{site.name}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Moderators only: which sites, and on each all languages or some. Nothing ticked = everything. */
function ModeratorScopeFields(props: { sites: ScopeSite[]; values: string[]; errors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  const localeName = useLocaleName();
  const error = props.errors?.scope;
  const ticked = new Set(props.values);
  return (
    <fieldset class={error ? 'field field-invalid moderator-scopes' : 'field moderator-scopes'} id={fieldId('scope')}
      aria-describedby={`${fieldId('scope')}-hint${error ? ` ${fieldId('scope')}-error` : ''}`}>
      <legend>{m.moderates}</legend>
      <p class="hint" id={`${fieldId('scope')}-hint`}>{m.moderatesHint}</p>
      {error ? <p class="field-error" id={`${fieldId('scope')}-error`}>{error}</p> : null}
      {props.sites.map((site) => (
        <fieldset class="scope-site" data-site-id={site.id}>
          <legend>{site.name}</legend>
          <ScopeBox value={`${site.id}:*`} label={m.allLanguages} checked={ticked.has(`${site.id}:*`)} />
          {site.locales.map((locale) => <ScopeBox value={`${site.id}:${locale}`} label={`${localeName(locale)} (${locale})`} checked={ticked.has(`${site.id}:${locale}`)} />)}
        </fieldset>
      ))}
    </fieldset>
  );
}

/** The admin's language for this person (users.ui_locale), each language named in itself like the header's form. */
function UiLocaleField(props: { value: string; errors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  const id = fieldId('ui_locale');
  const error = props.errors?.ui_locale;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      <label for={id}>{m.uiLocaleLabel}</label>
      <p class="hint" id={`${id}-hint`}>{m.uiLocaleHint}</p>
      {error ? <p class="field-error" id={`${id}-error`}>{error}</p> : null}
      <select id={id} name="ui_locale" aria-invalid={error ? 'true' : undefined} aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
        <option value="" selected={props.value === ''}>{m.uiLocaleBrowser}</option>
        {ADMIN_LOCALES.map((tag) => <option value={tag} lang={tag} selected={props.value === tag}>{localeInfo(tag).name}</option>)}
      </select>
    </div>
  );
}

function DisabledField(props: { checked: boolean; errors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  const error = props.errors?.disabled;
  return (
    <div class={error ? 'field field-invalid' : 'field'}>
      {error ? <p class="field-error" id={`${fieldId('disabled')}-error`}>{error}</p> : null}
      <div class="field-check">
        <input type="checkbox" id={fieldId('disabled')} name="disabled" value="1" checked={props.checked}
          aria-describedby={`${fieldId('disabled')}-hint${error ? ` ${fieldId('disabled')}-error` : ''}`} />
        <label for={fieldId('disabled')}>{m.disabledLabel}</label>
      </div>
      <p class="hint" id={`${fieldId('disabled')}-hint`}>{m.disabledHint}</p>
    </div>
  );
}

export function NewUserPage(props: Common & { values: UserFormValues }) {
  const m = useAdminMessages('adminUsers');
  const v = props.values;
  const roleOptions = useRoleOptions(v.role);
  return (
    <AdminLayout title={m.newUser} user={props.user} csrfToken={props.csrfToken} current="/admin/users">
      <p><a href="/admin/users">{m.allUsers}</a></p>
      <h1>{m.newUser}</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/admin/users" class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="email" label={m.emailLabel} type="email" value={v.email} errors={props.errors} required autocomplete="off" maxLength={254} />
        <TextField name="display_name" label={m.nameLabel} value={v.displayName} errors={props.errors} required maxLength={100} autocomplete="off" />
        <SelectField name="role" label={m.roleLabel} value={v.role} options={roleOptions} errors={props.errors} hint={m.roleHint} />
        <SiteAccessFields sites={props.sites} values={v.sites} errors={props.errors} />
        <ModeratorScopeFields sites={props.sites} values={v.scopes} errors={props.errors} />
        <UiLocaleField value={v.uiLocale} errors={props.errors} />
        <TextField name="password" label={m.passwordLabel} type="password" errors={props.errors} required autocomplete="new-password"
          hint={t(m, 'newPasswordHint', { min: MIN_PASSWORD_LENGTH })} />
        <div class="actions"><button type="submit" class="button button-primary">{m.createUser}</button></div>
      </form>
    </AdminLayout>
  );
}

export function EditUserPage(props: Common & { id: string; values: UserFormValues; passwordErrors?: FieldErrors }) {
  const m = useAdminMessages('adminUsers');
  const v = props.values;
  const base = `/admin/users/${encodeURIComponent(props.id)}`;
  const roleOptions = useRoleOptions(v.role);
  return (
    <AdminLayout title={t(m, 'editUserTitle', { name: v.displayName || v.email })} user={props.user} csrfToken={props.csrfToken} current="/admin/users" flash={props.flash}>
      <p><a href="/admin/users">{m.allUsers}</a></p>
      <h1>{v.email}</h1>
      <ErrorSummary errors={props.errors ?? props.passwordErrors} />
      <form method="post" action={base} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="display_name" label={m.nameLabel} value={v.displayName} errors={props.errors} required maxLength={100} autocomplete="off" />
        <SelectField name="role" label={m.roleLabel} value={v.role} options={roleOptions} errors={props.errors} hint={m.roleHint} />
        <SiteAccessFields sites={props.sites} values={v.sites} errors={props.errors} />
        <ModeratorScopeFields sites={props.sites} values={v.scopes} errors={props.errors} />
        <UiLocaleField value={v.uiLocale} errors={props.errors} />
        <DisabledField checked={v.disabled} errors={props.errors} />
        <div class="actions"><button type="submit" class="button button-primary">{m.saveChanges}</button></div>
      </form>
      <h2>{m.setPasswordHeading}</h2>
      <form method="post" action={`${base}/password`} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="password" label={m.newPasswordLabel} type="password" errors={props.passwordErrors} required autocomplete="new-password"
          hint={t(m, 'setPasswordHint', { min: MIN_PASSWORD_LENGTH })} />
        <div class="actions"><button type="submit" class="button">{m.setPassword}</button></div>
      </form>
    </AdminLayout>
  );
}
