import { AdminLayout } from '../admin/AdminLayout.tsx';
import { CsrfField, TextField } from '../admin/forms.tsx';

export interface LoginPageProps {
  csrfToken: string;
  email?: string;
  next?: string;
  /** One message for every failure, so the form never says which part was wrong. */
  error?: string;
}

export function LoginPage(props: LoginPageProps) {
  return (
    <AdminLayout title="Log in">
      <div class="login-box">
        <h1>Log in to the newsroom</h1>
        {props.error ? (
          <div class="error-summary" role="alert" tabIndex={-1} id="login-error">
            <p>{props.error}</p>
          </div>
        ) : null}
        <form method="post" action="/admin/login" class="stack">
          <CsrfField token={props.csrfToken} />
          {props.next ? <input type="hidden" name="next" value={props.next} /> : null}
          <TextField name="email" label="E-mail" type="email" value={props.email} required autocomplete="username"
            maxLength={254} extra={props.error ? { 'aria-describedby': 'login-error', autofocus: '' } : { autofocus: '' }} />
          <TextField name="password" label="Password" type="password" required autocomplete="current-password"
            extra={props.error ? { 'aria-describedby': 'login-error' } : {}} />
          <div class="actions">
            <button type="submit" class="button button-primary">Log in</button>
          </div>
        </form>
      </div>
    </AdminLayout>
  );
}
