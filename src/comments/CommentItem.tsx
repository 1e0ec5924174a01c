// One comment and, below it, its replies. Names and bodies are reader text: rendered
// as text (preact escapes it), isolated (<bdi>, dir="auto") so a right-to-left name
// cannot reorder the line around it.
import type { ComponentChildren } from 'preact';
import { formatDateTime } from '../i18n/locale-format.ts';
import { t } from '../i18n/catalog.ts';
import { reportUrl } from '../reports/report-url.ts';
import { CommentText } from './comment-text.tsx';
import type { CommentThreadMessages } from './comment-thread.messages.ts';
import type { CutChain } from './comments-section.ts';
import type { ThreadCommentRow } from './thread.queries.ts';
import { replyHref, type ThreadQuery } from './thread-query.ts';
import type { InReplyTo, ThreadNode } from './thread-tree.ts';

export interface ItemContext {
  locale: string;
  messages: CommentThreadMessages;
  view: ThreadQuery;
  open: boolean;
  /** Top-level comments whose replies this page cuts short, by id. */
  truncated: ReadonlyMap<string, CutChain>;
  /** The reply form (no JavaScript), rendered right under this comment. */
  formUnder?: string;
  form?: ComponentChildren;
  /** The article's address: every visible comment links to its report form under it. */
  articlePath?: string;
}

function InReplyToNote(props: { to: InReplyTo; messages: CommentThreadMessages }) {
  const { to, messages } = props;
  if (to === 'removed') return <span class="comment-in-reply-to">{messages.inReplyToRemoved}</span>;
  // Answering a comment on an earlier page of the chain: no anchor on this page to link to.
  if (to.elsewhere) return <span class="comment-in-reply-to">{messages.inReplyTo} <bdi dir="auto">{to.name}</bdi></span>;
  return (
    <span class="comment-in-reply-to">
      {messages.inReplyTo} <a href={`#comment-${to.id}`}><bdi dir="auto">{to.name}</bdi></a>
    </span>
  );
}

/** Reply (comments open) and Report (always, for a visible comment): plain links, working without JavaScript. */
function CommentActions(props: { comment: ThreadCommentRow; ctx: ItemContext }) {
  const { comment, ctx } = props;
  const reply = ctx.open;
  const report = ctx.articlePath !== undefined;
  if (!reply && !report) return null;
  return (
    <p class="comment-actions">
      {/* nofollow: each Reply address is the same page with a form; crawlers need none of them. */}
      {reply ? (
        <a class="comment-reply" rel="nofollow" href={replyHref(ctx.view, comment.id)} data-reply-to={comment.id} data-reply-name={comment.authorName}
          aria-label={t(ctx.messages, 'replyTo', { name: comment.authorName })}>{ctx.messages.reply}</a>
      ) : null}
      {reply && report ? ' ' : null}
      {ctx.articlePath !== undefined ? (
        <a class="comment-report" rel="nofollow" href={reportUrl(ctx.articlePath, comment.id)}
          aria-label={t(ctx.messages, 'reportComment', { name: comment.authorName })}>{ctx.messages.report}</a>
      ) : null}
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
        {comment.featured && !pending ? <> <span class="comment-featured-badge">{ctx.messages.featured}</span></> : null}
        {node.inReplyTo ? <> <InReplyToNote to={node.inReplyTo} messages={ctx.messages} /></> : null}
        {' '}
        <a class="comment-permalink" href={`#comment-${comment.id}`}>
          <time datetime={comment.createdAt}>{formatDateTime(ctx.locale, comment.createdAt)}</time>
        </a>
      </header>
      {pending ? <p class="comment-status">{ctx.messages.awaitingModeration}</p> : null}
      <div class="comment-body" dir="auto"><CommentText text={comment.body} /></div>
      {!pending ? <CommentActions comment={comment} ctx={ctx} /> : null}
    </article>
  );
}

/** Where a page stops showing a chain's replies: says so, and links to the view that shows them all. */
function RepliesCut(props: { cut: CutChain; ctx: ItemContext }) {
  const { cut, ctx } = props;
  return (
    <p class="comment-replies-cut">
      {ctx.messages.repliesCut}{' '}
      <a class="comment-replies-all" href={cut.href}>{t(ctx.messages, 'showAllReplies', { count: cut.replies })}</a>
    </p>
  );
}

export function CommentItem(props: { node: ThreadNode<ThreadCommentRow>; ctx: ItemContext }) {
  const { node, ctx } = props;
  const id = node.comment.id;
  const cut = ctx.truncated.get(id);
  return (
    <li class="comment-entry">
      <CommentArticle node={node} ctx={ctx} />
      {ctx.formUnder === id ? <div class="comment-reply-form">{ctx.form}</div> : null}
      {node.replies.length > 0 ? (
        <ol class="comment-replies">{node.replies.map((reply) => <CommentItem node={reply} ctx={ctx} />)}</ol>
      ) : null}
      {cut ? <RepliesCut cut={cut} ctx={ctx} /> : null}
    </li>
  );
}
