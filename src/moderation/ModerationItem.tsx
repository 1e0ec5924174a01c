// One comment in the moderation queue: who wrote it (with the email only moderators
// see) and their history, when, on which article, what it answers, readers' reports,
// the screening verdict, the text as typed with the matched words marked (escaped, line
// breaks kept, dir=auto for right-to-left writing) and the actions it can take.
import { CsrfField } from '../admin/forms.tsx';
import { UtcTime } from '../articles/StatusBadge.tsx';
import type { CommentStatus } from '../db/database.ts';
import { CommenterForms } from './CommenterForms.tsx';
import { ArticleLine, CommenterHistoryLine, ParentLine, ReportsLine, ScreeningVerdict } from './ItemContext.tsx';
import type { ComponentChildren } from 'preact';
import { t, tParts } from '../i18n/catalog.ts';
import type { QueueEntry } from './moderation-page-data.ts';
import type { ModerationItem } from './moderation.queries.ts';
import { actionLabel, rejectReasonLabel, statusLabel, useModerationMessages } from './moderation-words.ts';
import { isRejectReason, REJECT_REASONS } from './reject-reasons.ts';

/** The bulk form the checkboxes belong to (they sit outside it: forms cannot nest). */
export const BULK_FORM_ID = 'bulk-moderation';

export function CommentStatusBadge(props: { status: CommentStatus }) {
  return <span class={`badge badge-comment-${props.status}`}>{statusLabel(useModerationMessages(), props.status)}</span>;
}

export function ReasonSelect(props: { id: string; label: ComponentChildren }) {
  const m = useModerationMessages();
  return (
    <>
      <label for={props.id} class="visually-hidden">{props.label}</label>
      <select id={props.id} name="reason" class="moderation-reason">
        <option value="">{m.chooseReason}</option>
        {REJECT_REASONS.map((r) => <option value={r}>{rejectReasonLabel(m, r)}</option>)}
      </select>
    </>
  );
}

function Actions(props: { item: ModerationItem; csrfToken: string; action: string }) {
  const { item } = props;
  const m = useModerationMessages();
  const base = `moderation-${item.id}`;
  const button = (to: CommentStatus, cls: string) => (
    <button type="submit" name="to" value={to} class={`button button-small ${cls}`.trim()} aria-describedby={`${base}-author`}>{actionLabel(m, to)}</button>
  );
  return (
    <form class="moderation-actions" method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <input type="hidden" name="comment" value={item.id} />
      <input type="hidden" name="version" value={String(item.version)} />
      {/* An approved comment out of the queues has nothing to approve; a reported one does (it dismisses the reports). */}
      {item.status !== 'approved' || item.queue !== null ? button('approved', 'button-primary') : null}
      {item.status !== 'spam' ? button('spam', 'button-danger') : null}
      {item.status !== 'rejected' ? (
        <span class="moderation-reject">
          <ReasonSelect id={`${base}-reason`} label={tParts(m, 'rejectReasonFor', { name: <bdi>{item.authorName}</bdi> })} />
          {button('rejected', '')}
        </span>
      ) : null}
      {item.status !== 'pending' ? button('pending', '') : null}
      {item.featuredAt !== null
        ? <button type="submit" name="do" value="unfeature" class="button button-small" aria-describedby={`${base}-author`}>{m.actionUnfeature}</button>
        : item.status === 'approved' ? <button type="submit" name="do" value="feature" class="button button-small" aria-describedby={`${base}-author`}>{m.actionFeature}</button> : null}
    </form>
  );
}

export interface ModerationItemProps {
  entry: QueueEntry;
  csrfToken: string;
  /** Where the action forms post (the list itself, so the moderator comes back to it). */
  action: string;
  showQueueLink: boolean;
  /** Prefix for the article's public link: '' on the Host's site, else the admin site's origin. */
  publicBase: string;
  /** This comment is the one a problem message is about. */
  flagged: boolean;
}

export function ModerationItemCard(props: ModerationItemProps) {
  const { item } = props.entry;
  const m = useModerationMessages();
  const base = `moderation-${item.id}`;
  const reason = item.status === 'rejected' && item.rejectReason && isRejectReason(item.rejectReason) ? rejectReasonLabel(m, item.rejectReason) : undefined;
  return (
    <li class={props.flagged ? 'moderation-item moderation-flagged' : 'moderation-item'} id={base} tabIndex={-1}
      data-comment-id={item.id} data-status={item.status} data-version={String(item.version)} data-queue={item.queue ?? ''}>
      <article aria-labelledby={`${base}-author`}>
        <div class="moderation-meta">
          <span class="field-check moderation-select">
            <input type="checkbox" id={`${base}-select`} name="selected" value={`${item.id}:${item.version}`} form={BULK_FORM_ID} />
            <label for={`${base}-select`}><span class="visually-hidden">{tParts(m, 'selectComment', { name: <bdi>{item.authorName}</bdi> })}</span></label>
          </span>
          <strong class="moderation-author" id={`${base}-author`} dir="auto">{item.authorName}</strong>
          <span class="moderation-email" dir="ltr">{item.authorEmail}</span>
          <UtcTime iso={item.createdAt} />
          <CommentStatusBadge status={item.status} />
          {reason ? <span class="moderation-reject-reason">{t(m, 'rejectedBecause', { reason })}</span> : null}
          {item.featuredAt ? <span class="badge badge-featured">{m.featuredBadge}</span> : null}
        </div>
        <CommenterHistoryLine history={props.entry.history} firstComment={props.entry.firstComment} />
        <ArticleLine item={item} showQueueLink={props.showQueueLink} publicBase={props.publicBase} />
        {item.parentId ? <ParentLine parent={props.entry.parent} /> : null}
        <ReportsLine count={item.reportCount} reasons={props.entry.reports} />
        <ScreeningVerdict screening={props.entry.screening} />
        <div class="moderation-body" dir="auto">
          {props.entry.bodyParts.map((part) => (part.mark ? <mark class="screening-match">{part.text}</mark> : part.text))}
        </div>
        <Actions item={item} csrfToken={props.csrfToken} action={props.action} />
        <CommenterForms commentId={item.id} csrfToken={props.csrfToken} back={props.action} />
      </article>
    </li>
  );
}
