// The comments under an article: "N Comments", the form (or why there is none), the
// sort switch, one page of the thread and the link to the next page; or, in the reply
// chain view, one top-level comment with a page of its replies and the way back to all
// comments. Everything works as links and forms; client/comment-thread.ts turns the
// next-page link into "Load more", and the form's own island opens it in place under a comment.
import type { ComponentChildren } from 'preact';
import { t } from '../i18n/catalog.ts';
import { liveWordsFor } from '../live/live-words.ts';
import { CommentForm } from './CommentForm.tsx';
import { CommentItem, type ItemContext } from './CommentItem.tsx';
import { commentThreadMessagesFor, type CommentThreadMessages } from './comment-thread.messages.ts';
import type { CommentsSectionData, ThreadPageData } from './comments-section.ts';
import { formatDateTime } from '../i18n/locale-format.ts';
import { CommentText } from './comment-text.tsx';
import type { ThreadCommentRow } from './thread.queries.ts';
import { chainView, threadQueryString, type ReportedNotice } from './thread-query.ts';

function contextOf(page: ThreadPageData, messages: CommentThreadMessages, extra: Partial<ItemContext> = {}): ItemContext {
  const truncated = new Map(page.truncated.map((cut) => [cut.threadId, cut]));
  return { locale: page.locale, messages, view: page.view, open: page.open, truncated, ...extra };
}

/** The top-level comments of one page as list items (also the body of the "Load more" fragment). */
export function ThreadItems(props: { page: ThreadPageData; ctx: ItemContext }) {
  return <>{props.page.nodes.map((node) => <CommentItem node={node} ctx={props.ctx} />)}</>;
}

/** The link to the next page; its data attributes carry what the "Load more" island needs. */
export function ThreadPager(props: { page: ThreadPageData; messages: CommentThreadMessages; startHref?: string }) {
  const { page, messages } = props;
  if (!page.next && !props.startHref) return null;
  return (
    <nav class="comments-pager" aria-label={messages.pages}>
      {page.next?.fragmentHref ? (
        <a class="comments-next" rel="next" href={page.next.href} data-fragment={page.next.fragmentHref}
          data-load-more={messages.loadMore} data-loading={messages.loading} data-failed={messages.loadFailed}>
          {page.view.order === 'oldest' ? messages.newerComments : messages.olderComments}
        </a>
      ) : null}
      {props.startHref ? <a class="comments-start" href={props.startHref}>{messages.backToStart}</a> : null}
    </nav>
  );
}

/**
 * The fragment "Load more" appends: the next page's items, its pager and what to announce.
 * `articlePath` gives its comments their Report links.
 */
export function ThreadFragment(props: { page: ThreadPageData; articlePath: string }) {
  const messages = commentThreadMessagesFor(props.page.locale);
  const added = props.page.nodes.length;
  return (
    <div class="comments-fragment" data-announce={t(messages, 'commentsLoaded', { count: added })}>
      <ol class="comment-list"><ThreadItems page={props.page} ctx={contextOf(props.page, messages, { articlePath: props.articlePath })} /></ol>
      <ThreadPager page={props.page} messages={messages} />
    </div>
  );
}

function OrderSwitch(props: { data: CommentsSectionData; messages: CommentThreadMessages }) {
  const { data, messages } = props;
  const current = data.page.view.order;
  // nofollow: the other order holds the same comments; crawlers need one copy.
  return (
    <nav class="comments-order" aria-label={messages.order}>
      <a href={data.orderHrefs.oldest} rel="nofollow" aria-current={current === 'oldest' ? 'true' : undefined}>{messages.oldestFirst}</a>
      <a href={data.orderHrefs.newest} rel="nofollow" aria-current={current === 'newest' ? 'true' : undefined}>{messages.newestFirst}</a>
    </nav>
  );
}

/** In the reply chain view: the way back to all comments (above the chain). */
function ChainNav(props: { chain: NonNullable<CommentsSectionData['chain']>; messages: CommentThreadMessages }) {
  return (
    <nav class="comments-chain-nav" aria-label={props.messages.chainNav}>
      <a class="comments-all" href={props.chain.backHref}>{props.messages.allComments}</a>
    </nav>
  );
}

/** In the reply chain view: later replies, and back to the first ones (plain links; "Load more" is for top-level pages). */
function ChainPager(props: { page: ThreadPageData; chain: NonNullable<CommentsSectionData['chain']>; messages: CommentThreadMessages }) {
  const { page, chain, messages } = props;
  return (
    <nav class="comments-pager" aria-label={messages.chainPages}>
      {page.next ? <a class="comments-next" rel="next" href={page.next.href}>{messages.moreReplies}</a> : null}
      {chain.startHref ? <a class="comments-start" href={chain.startHref}>{messages.firstReplies}</a> : null}
      <a class="comments-all" href={chain.backHref}>{messages.allComments}</a>
    </nav>
  );
}

/**
 * Up to three featured comments above the thread. Not the comments themselves (they keep their
 * place, and their id, in the thread): a quote with the author, the time and a link to the
 * reply chain that holds it.
 */
function FeaturedComments(props: { comments: ThreadCommentRow[]; articlePath: string; locale: string; messages: CommentThreadMessages }) {
  const { comments, messages, locale } = props;
  return (
    <section class="comments-featured" aria-labelledby="comments-featured-heading">
      <h3 id="comments-featured-heading">{messages.featuredHeading}</h3>
      <ol class="comments-featured-list">
        {comments.map((comment) => (
          <li class="comments-featured-item" data-comment-id={comment.id}>
            <p class="comment-meta">
              <bdi class="comment-author" dir="auto">{comment.authorName}</bdi>{' '}
              <span class="comment-featured-badge">{messages.featured}</span>{' '}
              <time datetime={comment.createdAt}>{formatDateTime(locale, comment.createdAt)}</time>
            </p>
            <div class="comment-body" dir="auto"><CommentText text={comment.body} /></div>
            <p class="comment-actions">
              <a href={`${props.articlePath}${threadQueryString(chainView(comment.threadId))}#comment-${comment.id}`}>{messages.featuredInThread}</a>
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}

function ReportedNote(props: { notice: ReportedNotice; messages: CommentThreadMessages }) {
  return (
    <p id="comments-reported" class="comments-posted comments-reported" role="status">
      {props.notice === 'already' ? props.messages.reportedAlready : props.messages.reportedThanks}
    </p>
  );
}

function FormOrNotice(props: { data: CommentsSectionData; messages: CommentThreadMessages; form: ComponentChildren }) {
  const { data, messages } = props;
  if (data.mode === 'closed') return <p class="comments-closed">{data.autoClosed ? messages.autoClosed : messages.closed}</p>;
  if (data.formUnder) return null;
  return <div class="comment-form-slot">{props.form}</div>;
}

export function CommentsSection(props: { data: CommentsSectionData; locale: string }) {
  const { data, locale } = props;
  const { articlePath } = data;
  const messages = commentThreadMessagesFor(locale);
  const form = data.form ? (
    <>
      {data.mode === 'pre' ? <p class="comments-note">{messages.preModerated}</p> : null}
      <CommentForm {...data.form} />
    </>
  ) : null;
  const ctx = contextOf(data.page, messages, { articlePath, ...(data.formUnder ? { formUnder: data.formUnder, form } : {}) });
  return (
    <div class="comments" data-live={data.live.url} data-live-order={data.live.order} data-live-words={JSON.stringify(liveWordsFor(locale))}>
      <h2 id="comments-heading" class="comments-heading">{t(messages, 'commentCount', { count: data.count })}</h2>
      {data.posted ? <p id="comments-posted" class="comments-posted" role="status">{messages.postedPending}</p> : null}
      {data.reported ? <ReportedNote notice={data.reported} messages={messages} /> : null}
      {data.featured && data.featured.length > 0
        ? <FeaturedComments comments={data.featured} articlePath={articlePath} locale={locale} messages={messages} /> : null}
      <FormOrNotice data={data} messages={messages} form={form} />
      {data.chain ? <ChainNav chain={data.chain} messages={messages} />
        : data.count > 1 ? <OrderSwitch data={data} messages={messages} /> : null}
      {data.page.nodes.length > 0
        ? <ol class="comment-list" id="comment-list"><ThreadItems page={data.page} ctx={ctx} /></ol>
        : data.firstPage ? <p class="comments-empty">{messages.noComments}</p> : null}
      {data.chain ? <ChainPager page={data.page} chain={data.chain} messages={messages} />
        : <ThreadPager page={data.page} messages={messages} startHref={data.startHref} />}
      <p id="comments-live" class="visually-hidden" role="status"></p>
    </div>
  );
}
