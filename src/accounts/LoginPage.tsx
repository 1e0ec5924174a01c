import { AdminLayout } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { CsrfField, TextField } from '../admin/forms.tsx';

/** Why the last attempt failed: one answer for a wrong e-mail or password, "disabled" only after the right password. */
export type LoginError = 'failed' | 'disabled';

export interface LoginPageProps {
  csrfToken: string;
  email?: string;
  next?: string;
  /** One message for every failure, so the form never says which part was wrong. */
  error?: LoginError;
}

export function LoginPage(props: LoginPageProps) {
  // No one is signed in here: the language is the browser's (Accept-Language, through sendAdminPage).
  const m = useAdminMessages('adminUsers');
  const error = props.error === 'disabled' ? m.accountDisabled : props.error === 'failed' ? m.loginFailed : undefined;
  return (
    <AdminLayout title={m.loginTitle}>
      <div class="login-box">
        <h1>{m.loginHeading}</h1>
        {error ? (
          <div class="error-summary" role="alert" tabIndex={-1} id="login-error">
            <p>{error}</p>
          </div>
        ) : null}
        <form method="post" action="/admin/login" class="stack">
          <CsrfField token={props.csrfToken} />
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <TextField name="email" label={m.emailLabel} type="email" value={props.email} required autocomplete="username"
            maxLength={254} extra={error ? { 'aria-describedby': 'login-error', autofocus: '' } : { autofocus: '' }} />
          <TextField name="password" label={m.passwordLabel} type="password" required autocomplete="current-password"
            extra={error ? { 'aria-describedby': 'login-error' } : {}} />
          <div class="actions">
            <button type="submit" class="button button-primary">{m.logIn}</button>
          </div>
        </form>
      </div>
    </AdminLayout>
  );
}
