// The "Comments" select of the section form and the article editor: inherit, or
// one of the modes. The hint says what "inherit" currently means where it is known.
// Callers pass the inherit label and the hint already in the admin's language.
import { useAdminMessages } from '../admin/admin-i18n.tsx';
import { SelectField, type FieldErrors } from '../admin/forms.tsx';
import type { CommentMode } from '../db/database.ts';
import { t } from '../i18n/catalog.ts';
import { COMMENT_MODE_FIELD, COMMENT_MODE_LABEL, commentModeOptions } from './comment-mode-choice.ts';

export function CommentModeSelect(props: { value: string; errors?: FieldErrors; inheritLabel: string; inherited?: CommentMode; hint?: string }) {
  const m = useAdminMessages('adminSettings');
  const inheritedNow = props.inherited ? ` ${t(m, 'inheritMeansNow', { inherit: props.inheritLabel, mode: m[COMMENT_MODE_LABEL[props.inherited]] })}` : '';
  return (
    <SelectField name={COMMENT_MODE_FIELD} label={m.commentsLabel} value={props.value} errors={props.errors}
      options={commentModeOptions(props.inheritLabel, m)}
      hint={`${props.hint ?? m.commentModeHint}${inheritedNow}`} />
  );
}
