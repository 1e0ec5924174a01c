// One comment and, below it, its replies. Names and bodies are reader text: rendered
// as text (preact escapes it), isolated (<bdi>, dir="auto") so a right-to-left name
// cannot reorder the line around it.
import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../i18n/locale-format.ts';
import { CommentText } from './comment-text.tsx';
import { fill, type CommentThreadMessages } from './comment-thread.messages.ts';
import type { ThreadCommentRow } from './thread.queries.ts';
import { replyHref, type ThreadQuery } from './thread-query.ts';
import type { InReplyTo, ThreadNode } from './thread-tree.ts';

export interface ItemContext {
  locale: string;
  messages: CommentThreadMessages;
  view: ThreadQuery;
  open: boolean;
  truncated: ReadonlySet<string>;
  /** The reply form (no JavaScript), rendered right under this comment. */
  formUnder?: string;
  form?: ComponentChildren;
}

function InReplyToNote(props: { to: InReplyTo; messages: CommentThreadMessages }) {
  const { to, messages } = props;
  if (to === 'removed') return <span class="comment-in-reply-to">{messages.inReplyToRemoved}</span>;
  return (
    <span class="comment-in-reply-to">
      {messages.inReplyTo} <a href={`#comment-${to.id}`}><bdi dir="auto">{to.name}</bdi></a>
    </span>
  );
}

function ReplyLink(props: { comment: ThreadCommentRow; ctx: ItemContext }) {
  const { comment, ctx } = props;
  return (
    <p class="comment-actions">
      <a class="comment-reply" href={replyHref(ctx.view, comment.id)} data-reply-to={comment.id} data-reply-name={comment.authorName}
        aria-label={fill(ctx.messages.replyTo, { name: comment.authorName })}>{ctx.messages.reply}</a>
    </p>
  );
}

function CommentArticle(props: { node: ThreadNode<ThreadCommentRow>; ctx: ItemContext }) {
  const { node, ctx } = props;
  const { comment } = node;
  const pending = comment.status === 'pending';
  return (
    <article id={`comment-${comment.id}`} class={`comment depth-${node.level}${pending ? ' comment-pending' : ''}`}>
      <header class="comment-meta">
        <bdi class="comment-author" dir="auto">{comment.authorName}</bdi>
        {node.inReplyTo ? <> <InReplyToNote to={node.inReplyTo} messages={ctx.messages} /></> : null}
        {' '}
        <a class="comment-permalink" href={`#comment-${comment.id}`}>
          <time datetime={comment.createdAt}>{formatDateTime(ctx.locale, comment.createdAt)}</time>
        </a>
      </header>
      {pending ? <p class="comment-status">{ctx.messages.awaitingModeration}</p> : null}
      <div class="comment-body" dir="auto"><CommentText text={comment.body} /></div>
      {ctx.open && !pending ? <ReplyLink comment={comment} ctx={ctx} /> : null}
    </article>
  );
}

export function CommentItem(props: { node: ThreadNode<ThreadCommentRow>; ctx: ItemContext }) {
  const { node, ctx } = props;
  const id = node.comment.id;
  return (
    <li class="comment-entry">
      <CommentArticle node={node} ctx={ctx} />
      {ctx.formUnder === id ? <div class="comment-reply-form">{ctx.form}</div> : null}
      {node.replies.length > 0 ? (
        <ol class="comment-replies">{node.replies.map((reply) => <CommentItem node={reply} ctx={ctx} />)}</ol>
      ) : null}
      {ctx.truncated.has(id) ? <p class="comment-replies-cut">{ctx.messages.repliesCut}</p> : null}
    </li>
  );
}
