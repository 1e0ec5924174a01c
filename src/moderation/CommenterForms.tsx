// Small forms that act on the commenter behind a comment (ban, pre-moderate). They post
// to the commenters' routes (src/commenters), which identify the commenter by the
// comment's email hash and send the moderator back to `back`, the queue page.
import { CsrfField } from '../admin/forms.tsx';
import { TERM_KEY, useModerationMessages } from './moderation-words.ts';

/** The terms offered (codes the commenters' routes accept: DURATIONS in commenter-actions.ts). */
const TERMS = ['1d', '7d', '30d', '365d', 'permanent'] as const;

export const BAN_PATH = '/admin/moderation/ban';
export const PREMODERATE_PATH = '/admin/moderation/premoderate';

function DurationSelect(props: { id: string; preselect: string }) {
  const m = useModerationMessages();
  return (
    <select id={props.id} name="duration">
      {TERMS.map((value) => <option value={value} selected={value === props.preselect}>{m[TERM_KEY[value]]}</option>)}
    </select>
  );
}

export function CommenterForms(props: { commentId: string; csrfToken: string; back: string }) {
  const base = `moderation-${props.commentId}`;
  const m = useModerationMessages();
  return (
    <details class="moderation-commenter">
      <summary>{m.commenterSummary}</summary>
      <form class="moderation-ban" method="post" action={BAN_PATH}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="comment" value={props.commentId} />
        <input type="hidden" name="back" value={props.back} />
        <label for={`${base}-ban-duration`}>{m.banFor}</label>
        <DurationSelect id={`${base}-ban-duration`} preselect="7d" />
        <label for={`${base}-ban-reason`}>{m.banReasonLabel}</label>
        <input type="text" id={`${base}-ban-reason`} name="reason" maxLength={500} aria-describedby={`${base}-ban-reason-hint`} />
        <span class="hint" id={`${base}-ban-reason-hint`}>{m.banReasonHint}</span>
        <button type="submit" class="button button-small button-danger">{m.banSubmit}</button>
      </form>
      <form class="moderation-premoderate" method="post" action={PREMODERATE_PATH}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="comment" value={props.commentId} />
        <input type="hidden" name="back" value={props.back} />
        <label for={`${base}-premoderate-duration`}>{m.premoderateFor}</label>
        <DurationSelect id={`${base}-premoderate-duration`} preselect="30d" />
        <button type="submit" class="button button-small">{m.premoderateSubmit}</button>
      </form>
    </details>
  );
}
