// /admin/settings/comments: how the site moderates comments, and whether threads
// close by themselves some days after publication. Sections and articles may override the mode.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { fieldMessages } from '../admin/field-error-codes.ts';
import { CsrfField, ErrorSummary, fieldId, TextField } from '../admin/forms.tsx';
import { COMMENT_MODES } from '../db/database.ts';
import { t, tParts } from '../i18n/catalog.ts';
import { COMMENT_MODE_DESCRIPTION, COMMENT_MODE_LABEL } from './comment-mode-choice.ts';
import { MAX_CLOSE_AFTER_DAYS, type CommentSettingsValues, type SettingsErrors } from './comment-settings-form.ts';

export const COMMENT_SETTINGS_PATH = '/admin/settings/comments';

export interface CommentSettingsPageProps {
  user: AdminUser;
  csrfToken: string;
  siteName: string;
  values: CommentSettingsValues;
  errors?: SettingsErrors;
  flash?: string;
}

function ModeChoice(props: { value: string; error?: string }) {
  const m = useAdminMessages('adminSettings');
  const errorId = `${fieldId('mode')}-error`;
  return (
    <fieldset class={props.error ? 'stack field-invalid' : 'stack'} aria-describedby={props.error ? errorId : undefined}>
      <legend>{m.moderationLegend}</legend>
      {props.error ? <p class="field-error" id={errorId}>{props.error}</p> : null}
      {COMMENT_MODES.map((mode, i) => {
        const id = i === 0 ? fieldId('mode') : `${fieldId('mode')}-${mode}`;
        return (
          <div class="field-check">
            <input type="radio" id={id} name="mode" value={mode} checked={props.value === mode} aria-describedby={`${id}-hint`} />
            <label for={id}>{m[COMMENT_MODE_LABEL[mode]]}</label>
            <span class="hint" id={`${id}-hint`}>{m[COMMENT_MODE_DESCRIPTION[mode]]}</span>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Not a comment setting, but the same people decide it for the same site (issue 6). */
function FeedChoice(props: { checked: boolean }) {
  const m = useAdminMessages('adminSettings');
  const id = fieldId('feedFullContent');
  return (
    <fieldset class="stack">
      <legend>{m.feedsLegend}</legend>
      <div class="field-check">
        <input type="checkbox" id={id} name="feedFullContent" value="1" checked={props.checked} aria-describedby={`${id}-hint`} />
        <label for={id}>{m.feedFullContentLabel}</label>
        <span class="hint" id={`${id}-hint`}>{m.feedFullContentHint}</span>
      </div>
    </fieldset>
  );
}

export function CommentSettingsPage(props: CommentSettingsPageProps) {
  const m = useAdminMessages('adminSettings');
  const errors = fieldMessages(m, props.errors);
  return (
    <AdminLayout title={m.commentSettingsTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/moderation" flash={props.flash}>
      <p><a href="/admin/moderation">{m.backToModeration}</a></p>
      <h1>{m.commentSettingsTitle}</h1>
      <p class="hint">{tParts(m, 'commentSettingsIntro', { site: <bdi>{props.siteName}</bdi> })}</p>
      <ErrorSummary errors={errors} />
      <form method="post" action={COMMENT_SETTINGS_PATH} class="stack form-narrow" id="comment-settings-form">
        <CsrfField token={props.csrfToken} />
        <ModeChoice value={props.values.mode} error={errors?.mode} />
        <TextField name="closeAfterDays" label={m.closeAfterDaysLabel} type="number"
          value={props.values.closeAfterDays} errors={errors}
          hint={t(m, 'closeAfterDaysHint', { max: MAX_CLOSE_AFTER_DAYS })}
          extra={{ min: '1', max: String(MAX_CLOSE_AFTER_DAYS), step: '1', inputmode: 'numeric' }} />
        <FeedChoice checked={props.values.feedFullContent} />
        <div class="actions"><button type="submit" class="button button-primary">{m.saveSettings}</button></div>
      </form>
    </AdminLayout>
  );
}
