// One comment in the moderation list: who wrote it (with the email only moderators
// see), when, on which article, what it answers, the text as typed (escaped, line
// breaks kept, dir=auto for right-to-left writing) and the actions it can take.
import { CsrfField } from '../admin/forms.tsx';
import { UtcTime } from '../articles/StatusBadge.tsx';
import type { CommentStatus } from '../db/database.ts';
import { articleUrl } from '../lib/urls.ts';
import { excerpt } from './excerpt.ts';
import { articleCommentsPath, STATUS_TAB_LABEL } from './moderation-list.ts';
import type { ModerationItem, ParentExcerpt } from './moderation.queries.ts';

/** The bulk form the checkboxes belong to (they sit outside it: forms cannot nest). */
export const BULK_FORM_ID = 'bulk-moderation';

export const ACTION_LABEL: Record<CommentStatus, string> = { approved: 'Approve', rejected: 'Reject', spam: 'Mark spam', pending: 'Restore to pending' };
const ACTION_CLASS: Record<CommentStatus, string> = {
  approved: 'button button-small button-primary', rejected: 'button button-small', spam: 'button button-small button-danger', pending: 'button button-small',
};

/** Where a comment can go from here: every other status, approval first. */
export const actionsFrom = (status: CommentStatus): CommentStatus[] => (['approved', 'rejected', 'spam', 'pending'] as const).filter((s) => s !== status);

export function CommentStatusBadge(props: { status: CommentStatus }) {
  return <span class={`badge badge-comment-${props.status}`}>{STATUS_TAB_LABEL[props.status]}</span>;
}

function ArticleLine(props: { item: ModerationItem; showArticleLink: boolean }) {
  const { article } = props.item;
  return (
    <p class="moderation-article">
      {'On '}
      {article.published
        ? <a href={`${articleUrl(article.locale, article.slug)}#comments`} dir="auto">{article.headline}</a>
        : <><span dir="auto">{article.headline}</span> <span class="muted">(not published)</span></>}
      {props.showArticleLink ? <>{' · '}<a href={articleCommentsPath(article.id)}>All comments on this article</a></> : null}
    </p>
  );
}

function ParentLine(props: { parent: ParentExcerpt | undefined }) {
  if (!props.parent) return <p class="moderation-parent">A reply to a comment that no longer exists.</p>;
  return (
    <p class="moderation-parent">
      {'In reply to '}<bdi>{props.parent.authorName}</bdi>{` (${STATUS_TAB_LABEL[props.parent.status].toLowerCase()}): `}
      <q dir="auto">{excerpt(props.parent.body)}</q>
    </p>
  );
}

export interface ModerationItemProps {
  item: ModerationItem;
  parent: ParentExcerpt | undefined;
  csrfToken: string;
  /** Where the action forms post (the list itself, so the moderator comes back to it). */
  action: string;
  showArticleLink: boolean;
  /** This comment is the one a conflict message is about. */
  flagged: boolean;
}

export function ModerationItemCard(props: ModerationItemProps) {
  const { item } = props;
  const base = `moderation-${item.id}`;
  return (
    <li class={props.flagged ? 'moderation-item moderation-flagged' : 'moderation-item'} id={base}
      data-comment-id={item.id} data-status={item.status} data-version={String(item.version)}>
      <article aria-labelledby={`${base}-author`}>
        <div class="moderation-meta">
          <span class="field-check moderation-select">
            <input type="checkbox" id={`${base}-select`} name="selected" value={`${item.id}:${item.version}`} form={BULK_FORM_ID} />
            <label for={`${base}-select`}><span class="visually-hidden">Select the comment by {item.authorName}</span></label>
          </span>
          <strong class="moderation-author" id={`${base}-author`} dir="auto">{item.authorName}</strong>
          <span class="moderation-email" dir="ltr">{item.authorEmail}</span>
          <UtcTime iso={item.createdAt} />
          <CommentStatusBadge status={item.status} />
        </div>
        <ArticleLine item={item} showArticleLink={props.showArticleLink} />
        {item.parentId ? <ParentLine parent={props.parent} /> : null}
        <div class="moderation-body" dir="auto">{item.body}</div>
        <form class="moderation-actions" method="post" action={props.action}>
          <CsrfField token={props.csrfToken} />
          <input type="hidden" name="comment" value={item.id} />
          <input type="hidden" name="version" value={String(item.version)} />
          {actionsFrom(item.status).map((to) => (
            <button type="submit" name="to" value={to} class={ACTION_CLASS[to]} aria-describedby={`${base}-author`}>{ACTION_LABEL[to]}</button>
          ))}
        </form>
      </article>
    </li>
  );
}
