// The new-user form, and the edit page (details form plus a separate new-password form).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, SelectField, TextField, fieldId, type FieldErrors } from '../admin/forms.tsx';
import { ROLES } from '../db/database.ts';
import { MIN_PASSWORD_LENGTH } from './password.ts';

const ROLE_HINT = 'Admins manage everything; editors publish anyone’s articles; authors publish their own; contributors write drafts; moderators handle comments.';
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));
/** An unknown role shows "Choose a role" rather than silently preselecting the first (admin). */
const roleOptions = (value: string) => ((ROLES as readonly string[]).includes(value) ? ROLE_OPTIONS : [{ value: '', label: 'Choose a role' }, ...ROLE_OPTIONS]);

/** `scopes`: ticked `siteId:locale` values (`siteId:*` = all of the site's languages). `sites`: ticked site ids (none = every site). */
export interface UserFormValues { email: string; displayName: string; role: string; disabled: boolean; scopes: string[]; sites: string[] }

/** A site a moderator can be limited to, with its languages. */
export interface ScopeSite { id: string; name: string; locales: string[] }

interface Common { user: AdminUser; csrfToken: string; errors?: FieldErrors; flash?: string; sites: ScopeSite[] }

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const languageName = (locale: string) => {
  try { return `${languageNames.of(locale)} (${locale})`; } catch { return locale; }
};
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
  if (props.sites.length < 2) return null;
  const error = props.errors?.sites;
  const ticked = new Set(props.values);
  return (
    <fieldset class={error ? 'field field-invalid site-access' : 'field site-access'} id={fieldId('sites')}
      aria-describedby={`${fieldId('sites')}-hint${error ? ` ${fieldId('sites')}-error` : ''}`}>
      <legend>Works on</legend>
      <p class="hint" id={`${fieldId('sites')}-hint`}>Limit this person to some sites: in the admin they can only choose those, and every other site refuses them. Leave everything unticked to let them work on every site. Admins always work on every site.</p>
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
  const error = props.errors?.scope;
  const ticked = new Set(props.values);
  return (
    <fieldset class={error ? 'field field-invalid moderator-scopes' : 'field moderator-scopes'} id={fieldId('scope')}
      aria-describedby={`${fieldId('scope')}-hint${error ? ` ${fieldId('scope')}-error` : ''}`}>
      <legend>Moderates (moderators only)</legend>
      <p class="hint" id={`${fieldId('scope')}-hint`}>Limit a moderator to some sites, and on each site to all its languages or some of them. Leave everything unticked to let them moderate every site in every language. Other roles ignore this.</p>
      {error ? <p class="field-error" id={`${fieldId('scope')}-error`}>{error}</p> : null}
      {props.sites.map((site) => (
        <fieldset class="scope-site" data-site-id={site.id}>
          <legend>{site.name}</legend>
          <ScopeBox value={`${site.id}:*`} label="All languages" checked={ticked.has(`${site.id}:*`)} />
          {site.locales.map((locale) => <ScopeBox value={`${site.id}:${locale}`} label={languageName(locale)} checked={ticked.has(`${site.id}:${locale}`)} />)}
        </fieldset>
      ))}
    </fieldset>
  );
}

export function NewUserPage(props: Common & { values: UserFormValues }) {
  const v = props.values;
  return (
    <AdminLayout title="New user" user={props.user} csrfToken={props.csrfToken} current="/admin/users">
      <p><a href="/admin/users">← All users</a></p>
      <h1>New user</h1>
      <ErrorSummary errors={props.errors} />
      <form method="post" action="/admin/users" class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="email" label="E-mail" type="email" value={v.email} errors={props.errors} required autocomplete="off" maxLength={254} />
        <TextField name="display_name" label="Name" value={v.displayName} errors={props.errors} required maxLength={100} autocomplete="off" />
        <SelectField name="role" label="Role" value={v.role} options={roleOptions(v.role)} errors={props.errors} hint={ROLE_HINT} />
        <SiteAccessFields sites={props.sites} values={v.sites} errors={props.errors} />
        <ModeratorScopeFields sites={props.sites} values={v.scopes} errors={props.errors} />
        <TextField name="password" label="Password" type="password" errors={props.errors} required autocomplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. Share it with the person privately; they can change it later.`} />
        <div class="actions"><button type="submit" class="button button-primary">Create user</button></div>
      </form>
    </AdminLayout>
  );
}

export function EditUserPage(props: Common & { id: string; values: UserFormValues; passwordErrors?: FieldErrors }) {
  const v = props.values;
  const base = `/admin/users/${encodeURIComponent(props.id)}`;
  const disabledError = props.errors?.disabled;
  return (
    <AdminLayout title={`Edit ${v.displayName || v.email}`} user={props.user} csrfToken={props.csrfToken} current="/admin/users" flash={props.flash}>
      <p><a href="/admin/users">← All users</a></p>
      <h1>{v.email}</h1>
      <ErrorSummary errors={props.errors ?? props.passwordErrors} />
      <form method="post" action={base} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="display_name" label="Name" value={v.displayName} errors={props.errors} required maxLength={100} autocomplete="off" />
        <SelectField name="role" label="Role" value={v.role} options={roleOptions(v.role)} errors={props.errors} hint={ROLE_HINT} />
        <SiteAccessFields sites={props.sites} values={v.sites} errors={props.errors} />
        <ModeratorScopeFields sites={props.sites} values={v.scopes} errors={props.errors} />
        <div class={disabledError ? 'field field-invalid' : 'field'}>
          {disabledError ? <p class="field-error" id={`${fieldId('disabled')}-error`}>{disabledError}</p> : null}
          <div class="field-check">
            <input type="checkbox" id={fieldId('disabled')} name="disabled" value="1" checked={v.disabled}
              aria-describedby={`${fieldId('disabled')}-hint${disabledError ? ` ${fieldId('disabled')}-error` : ''}`} />
            <label for={fieldId('disabled')}>Disabled</label>
          </div>
          <p class="hint" id={`${fieldId('disabled')}-hint`}>A disabled account cannot log in, and is signed out at once.</p>
        </div>
        <div class="actions"><button type="submit" class="button button-primary">Save changes</button></div>
      </form>
      <h2>Set a new password</h2>
      <form method="post" action={`${base}/password`} class="stack form-narrow">
        <CsrfField token={props.csrfToken} />
        <TextField name="password" label="New password" type="password" errors={props.passwordErrors} required autocomplete="new-password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters. The person is signed out of their other sessions.`} />
        <div class="actions"><button type="submit" class="button">Set password</button></div>
      </form>
    </AdminLayout>
  );
}
