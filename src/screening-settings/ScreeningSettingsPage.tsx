// /admin/settings/screening: the site's thresholds, report threshold, new-commenter pre-moderation and blocked link
// domains; its added lexicon words and allow words; and a box to try a comment against all of it.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldMessages, type CodedErrors } from '../admin/field-error-codes.ts';
import { CsrfField, ErrorSummary, TextArea, TextField, type FieldErrors } from '../admin/forms.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { MAX_NEW_COMMENTER_APPROVALS, MAX_REPORT_THRESHOLD, type ScreeningErrors, type ScreeningSettingsValues } from './screening-settings-form.ts';
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
  settingsErrors?: ScreeningErrors;
  terms: StoredSiteTerm[];
  termValues: TermFormValues;
  termErrors?: CodedErrors<'adminSettings'>;
  tryState: TryState;
  flash?: string;
}

function SettingsForm(props: { csrfToken: string; values: ScreeningSettingsValues; errors?: FieldErrors }) {
  const m = useAdminMessages('adminSettings');
  const { values, errors } = props;
  const score = { inputmode: 'decimal', pattern: '[0-9.,]*' };
  return (
    <section aria-labelledby="screening-thresholds-heading" class="screening-section">
      <h2 id="screening-thresholds-heading">{m.thresholdsHeading}</h2>
      <ErrorSummary errors={errors} />
      <form method="post" action={SCREENING_SETTINGS_PATH} class="stack form-narrow" id="screening-settings-form">
        <CsrfField token={props.csrfToken} />
        <div class="screening-thresholds">
          <TextField name="hold" label={m.holdLabel} value={values.hold} errors={errors} extra={score} hint={m.holdHint} />
          <TextField name="reject" label={m.rejectLabel} value={values.reject} errors={errors} extra={score} hint={m.rejectHint} />
        </div>
        <TextField name="reportThreshold" label={m.reportThresholdLabel} type="number" value={values.reportThreshold} errors={errors}
          hint={t(m, 'reportThresholdHint', { max: MAX_REPORT_THRESHOLD })}
          extra={{ min: '1', max: String(MAX_REPORT_THRESHOLD), step: '1', inputmode: 'numeric' }} />
        <TextField name="newCommenterApprovals" label={m.newCommenterLabel} type="number"
          value={values.newCommenterApprovals} errors={errors}
          hint={t(m, 'newCommenterHint', { max: MAX_NEW_COMMENTER_APPROVALS })}
          extra={{ min: '0', max: String(MAX_NEW_COMMENTER_APPROVALS), step: '1', inputmode: 'numeric' }} />
        <TextArea name="blockedDomains" label={m.blockedDomainsLabel} value={values.blockedDomains} errors={errors} rows={5}
          hint={m.blockedDomainsHint}
          extra={{ spellcheck: 'false', autocapitalize: 'off' }} />
        <div class="actions"><button type="submit" class="button button-primary">{m.saveSettings}</button></div>
      </form>
    </section>
  );
}

export function ScreeningSettingsPage(props: ScreeningSettingsPageProps) {
  const m = useAdminMessages('adminSettings');
  return (
    <AdminLayout title={m.screeningTitle} user={props.user} csrfToken={props.csrfToken} current={SCREENING_SETTINGS_PATH}
      flash={props.flash} styles={[SCREENING_STYLESHEET]}>
      <h1>{m.screeningTitle}</h1>
      <p class="hint">{tParts(m, 'screeningIntro', { site: <bdi>{props.siteName}</bdi> })}</p>
      <SettingsForm csrfToken={props.csrfToken} values={props.settings} errors={fieldMessages(m, props.settingsErrors)} />
      <ScreeningTermsSection csrfToken={props.csrfToken} terms={props.terms} values={props.termValues} errors={fieldMessages(m, props.termErrors)} />
      <TryCommentSection csrfToken={props.csrfToken} state={props.tryState} />
    </AdminLayout>
  );
}
