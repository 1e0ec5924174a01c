// The "Comments" select of the section form and the article editor: inherit, or
// one of the modes. The hint says what "inherit" currently means where it is known.
import { SelectField, type FieldErrors } from '../admin/forms.tsx';
import type { CommentMode } from '../db/database.ts';
import { COMMENT_MODE_FIELD, COMMENT_MODE_LABEL, commentModeOptions } from './comment-mode-choice.ts';

export function CommentModeSelect(props: { value: string; errors?: FieldErrors; inheritLabel: string; inherited?: CommentMode; hint?: string }) {
  const inheritedNow = props.inherited ? ` ${props.inheritLabel} means ${COMMENT_MODE_LABEL[props.inherited]} now.` : '';
  return (
    <SelectField name={COMMENT_MODE_FIELD} label="Comments" value={props.value} errors={props.errors}
      options={commentModeOptions(props.inheritLabel)}
      hint={`${props.hint ?? 'How readers’ comments are moderated.'}${inheritedNow}`} />
  );
}
