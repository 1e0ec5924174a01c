// Small forms that act on the commenter behind a comment (ban, pre-moderate). They post
// to the commenters' routes (src/commenters), which identify the commenter by the
// comment's email hash and send the moderator back to `back`, the queue page.
import { CsrfField } from '../admin/forms.tsx';

const DURATIONS = [['1d', '1 day'], ['7d', '7 days'], ['30d', '30 days'], ['365d', '1 year'], ['permanent', 'Until lifted']] as const;

export const BAN_PATH = '/admin/moderation/ban';
export const PREMODERATE_PATH = '/admin/moderation/premoderate';

function DurationSelect(props: { id: string; preselect: string }) {
  return (
    <select id={props.id} name="duration">
      {DURATIONS.map(([value, label]) => <option value={value} selected={value === props.preselect}>{label}</option>)}
    </select>
  );
}

export function CommenterForms(props: { commentId: string; csrfToken: string; back: string }) {
  const base = `moderation-${props.commentId}`;
  return (
    <details class="moderation-commenter">
      <summary>Ban or pre-moderate this commenter</summary>
      <form class="moderation-ban" method="post" action={BAN_PATH}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="comment" value={props.commentId} />
        <input type="hidden" name="back" value={props.back} />
        <label for={`${base}-ban-duration`}>Ban for</label>
        <DurationSelect id={`${base}-ban-duration`} preselect="7d" />
        <label for={`${base}-ban-reason`}>Reason (optional)</label>
        <input type="text" id={`${base}-ban-reason`} name="reason" maxLength={500} aria-describedby={`${base}-ban-reason-hint`} />
        <span class="hint" id={`${base}-ban-reason-hint`}>Kept in the permanent moderation log: no names, emails or phone numbers.</span>
        <button type="submit" class="button button-small button-danger">Ban commenter</button>
      </form>
      <form class="moderation-premoderate" method="post" action={PREMODERATE_PATH}>
        <CsrfField token={props.csrfToken} />
        <input type="hidden" name="comment" value={props.commentId} />
        <input type="hidden" name="back" value={props.back} />
        <label for={`${base}-premoderate-duration`}>Pre-moderate for</label>
        <DurationSelect id={`${base}-premoderate-duration`} preselect="30d" />
        <button type="submit" class="button button-small">Pre-moderate commenter</button>
      </form>
    </details>
  );
}
