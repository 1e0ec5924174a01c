// /admin/settings/screening: the site's thresholds, report threshold, new-commenter pre-moderation and blocked link
// domains; its added lexicon words and allow words; and a box to try a comment against all of it.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, TextArea, TextField, type FieldErrors } from '../admin/forms.tsx';
import { MAX_NEW_COMMENTER_APPROVALS, MAX_REPORT_THRESHOLD, type ScreeningSettingsValues } from './screening-settings-form.ts';
import type { StoredSiteTerm } from './screening-settings.queries.ts';
import { ScreeningTermsSection, type TermFormValues } from './ScreeningTermsSection.tsx';
import { TryCommentSection, type TryState } from './TryCommentSection.tsx';

export const SCREENING_SETTINGS_PATH = '/admin/settings/screening';
export const SCREENING_TERMS_PATH = `${SCREENING_SETTINGS_PATH}/terms`;
export const SCREENING_TRY_PATH = `${SCREENING_SETTINGS_PATH}/try`;
export const SCREENING_STYLESHEET = '/assets/screening-settings.css';

export interface ScreeningSettingsPageProps {
  user: AdminUser;
  csrfToken: string;
  siteName: string;
  settings: ScreeningSettingsValues;
  settingsErrors?: FieldErrors;
  terms: StoredSiteTerm[];
  termValues: TermFormValues;
  termErrors?: FieldErrors;
  tryState: TryState;
  flash?: string;
}

function SettingsForm(props: { csrfToken: string; values: ScreeningSettingsValues; errors?: FieldErrors }) {
  const { values, errors } = props;
  const score = { inputmode: 'decimal', pattern: '[0-9.]*' };
  return (
    <section aria-labelledby="screening-thresholds-heading" class="screening-section">
      <h2 id="screening-thresholds-heading">Thresholds and limits</h2>
      <ErrorSummary errors={errors} />
      <form method="post" action={SCREENING_SETTINGS_PATH} class="stack form-narrow" id="screening-settings-form">
        <CsrfField token={props.csrfToken} />
        <div class="screening-thresholds">
          <TextField name="hold" label="Hold for review at score" value={values.hold} errors={errors} extra={score}
            hint="From 0.01 to 1. A comment scoring this or more waits in “Held by screening”. Default 0.40." />
          <TextField name="reject" label="Reject at score" value={values.reject} errors={errors} extra={score}
            hint="From 0.01 to 1, not below the hold score. A comment scoring this or more is rejected. Default 0.90." />
        </div>
        <TextField name="reportThreshold" label="Reader reports that hide a comment" type="number" value={values.reportThreshold} errors={errors}
          hint={`1 to ${MAX_REPORT_THRESHOLD}. A published comment with this many open reports is hidden until a moderator looks at it. Default 3.`}
          extra={{ min: '1', max: String(MAX_REPORT_THRESHOLD), step: '1', inputmode: 'numeric' }} />
        <TextField name="newCommenterApprovals" label="Pre-moderate new commenters until this many comments are approved" type="number"
          value={values.newCommenterApprovals} errors={errors}
          hint={`0 turns this off. Up to ${MAX_NEW_COMMENTER_APPROVALS}.`}
          extra={{ min: '0', max: String(MAX_NEW_COMMENTER_APPROVALS), step: '1', inputmode: 'numeric' }} />
        <TextArea name="blockedDomains" label="Blocked link domains" value={values.blockedDomains} errors={errors} rows={5}
          hint="One domain per line, such as casino.example. Links to it and to its subdomains make a comment very likely to be rejected."
          extra={{ spellcheck: 'false', autocapitalize: 'off' }} />
        <div class="actions"><button type="submit" class="button button-primary">Save settings</button></div>
      </form>
    </section>
  );
}

export function ScreeningSettingsPage(props: ScreeningSettingsPageProps) {
  return (
    <AdminLayout title="Screening" user={props.user} csrfToken={props.csrfToken} current={SCREENING_SETTINGS_PATH}
      flash={props.flash} styles={[SCREENING_STYLESHEET]}>
      <h1>Screening</h1>
      <p class="hint">{`For ${props.siteName}. Every new comment is screened before it is stored; these settings decide what is held for review and what is rejected. Changes apply to new comments, and every change is recorded in the moderation log.`}</p>
      <SettingsForm csrfToken={props.csrfToken} values={props.settings} errors={props.settingsErrors} />
      <ScreeningTermsSection csrfToken={props.csrfToken} terms={props.terms} values={props.termValues} errors={props.termErrors} />
      <TryCommentSection csrfToken={props.csrfToken} state={props.tryState} />
    </AdminLayout>
  );
}
