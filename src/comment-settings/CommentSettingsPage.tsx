// /admin/settings/comments: how the site moderates comments, and whether threads
// close by themselves some days after publication. Sections and articles may override the mode.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField, ErrorSummary, fieldId, TextField, type FieldErrors } from '../admin/forms.tsx';
import { COMMENT_MODES } from '../db/database.ts';
import { COMMENT_MODE_DESCRIPTION, COMMENT_MODE_LABEL } from './comment-mode-choice.ts';
import { MAX_CLOSE_AFTER_DAYS, type CommentSettingsValues } from './comment-settings-form.ts';

export const COMMENT_SETTINGS_PATH = '/admin/settings/comments';

export interface CommentSettingsPageProps {
  user: AdminUser;
  csrfToken: string;
  siteName: string;
  values: CommentSettingsValues;
  errors?: FieldErrors;
  flash?: string;
}

function ModeChoice(props: { value: string; error?: string }) {
  const errorId = `${fieldId('mode')}-error`;
  return (
    <fieldset class={props.error ? 'stack field-invalid' : 'stack'} aria-describedby={props.error ? errorId : undefined}>
      <legend>Moderation</legend>
      {props.error ? <p class="field-error" id={errorId}>{props.error}</p> : null}
      {COMMENT_MODES.map((mode, i) => {
        const id = i === 0 ? fieldId('mode') : `${fieldId('mode')}-${mode}`;
        return (
          <div class="field-check">
            <input type="radio" id={id} name="mode" value={mode} checked={props.value === mode} aria-describedby={`${id}-hint`} />
            <label for={id}>{COMMENT_MODE_LABEL[mode]}</label>
            <span class="hint" id={`${id}-hint`}>{COMMENT_MODE_DESCRIPTION[mode]}</span>
          </div>
        );
      })}
    </fieldset>
  );
}

export function CommentSettingsPage(props: CommentSettingsPageProps) {
  return (
    <AdminLayout title="Comment settings" user={props.user} csrfToken={props.csrfToken} current="/admin/moderation" flash={props.flash}>
      <p><a href="/admin/moderation">← Moderation</a></p>
      <h1>Comment settings</h1>
      <p class="hint">{`For ${props.siteName}. Each section, and each article, can choose its own moderation instead.`}</p>
      <ErrorSummary errors={props.errors} />
      <form method="post" action={COMMENT_SETTINGS_PATH} class="stack form-narrow" id="comment-settings-form">
        <CsrfField token={props.csrfToken} />
        <ModeChoice value={props.values.mode} error={props.errors?.mode} />
        <TextField name="closeAfterDays" label="Close comments automatically N days after publication" type="number"
          value={props.values.closeAfterDays} errors={props.errors}
          hint={`Number of days, 1 to ${MAX_CLOSE_AFTER_DAYS}. Leave empty to keep comments open. Existing comments stay visible when a thread closes.`}
          extra={{ min: '1', max: String(MAX_CLOSE_AFTER_DAYS), step: '1', inputmode: 'numeric' }} />
        <div class="actions"><button type="submit" class="button button-primary">Save settings</button></div>
      </form>
    </AdminLayout>
  );
}
