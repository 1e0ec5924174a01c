// The new-user form, and the edit page (details form plus a separate new-password form).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, SelectField, TextField, fieldId, type FieldErrors } from '../admin/forms.tsx';
import { ROLES } from '../db/database.ts';
import { MIN_PASSWORD_LENGTH } from './password.ts';

const ROLE_HINT = 'Admins manage everything; editors publish anyone’s articles; authors publish their own; contributors write drafts; moderators handle comments.';
const ROLE_OPTIONS = ROLES.map((r) => ({ value: r, label: r[0]!.toUpperCase() + r.slice(1) }));
/** An unknown role shows "Choose a role" rather than silently preselecting the first (admin). */
const roleOptions = (value: string) => ((ROLES as readonly string[]).includes(value) ? ROLE_OPTIONS : [{ value: '', label: 'Choose a role' }, ...ROLE_OPTIONS]);

export interface UserFormValues { email: string; displayName: string; role: string; disabled: boolean }

interface Common { user: AdminUser; csrfToken: string; errors?: FieldErrors; flash?: string }

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
