// The moderation list, site-wide (/admin/comments) or for one article
// (/admin/articles/:id/comments): status tabs with counts, newest first, a page at a
// time, per-comment actions and the same actions for the ticked comments.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField } from '../admin/forms.tsx';
import { COMMENT_STATUSES, type CommentStatus } from '../db/database.ts';
import { articleUrl } from '../lib/urls.ts';
import { ACTION_LABEL, BULK_FORM_ID, ModerationItemCard } from './ModerationItem.tsx';
import { listHref, MODERATION_PATH, STATUS_TAB_LABEL, type ModerationListQuery } from './moderation-list.ts';
import type { ModeratedArticle, ModerationItem, ParentExcerpt, StatusCounts } from './moderation.queries.ts';

export interface ModerationProblem {
  message: string;
  /** The comment it is about, if it is worth pointing at. */
  commentId?: string;
  /** Where to see that comment now (e.g. another status tab). */
  seeHref?: string;
  seeLabel?: string;
}

export interface ModerationPageProps {
  user: AdminUser;
  csrfToken: string;
  /** Set for one article's comments; absent for the site-wide list. */
  article?: ModeratedArticle;
  /** Admins get a link to the site's comment settings; editors a link to edit the article. */
  links: { settings: boolean; editArticle: boolean };
  basePath: string;
  query: ModerationListQuery;
  counts: StatusCounts;
  items: ModerationItem[];
  parents: Map<string, ParentExcerpt>;
  /** The last comment of this page when there is a next one. */
  nextBefore?: string;
  flash?: string;
  problem?: ModerationProblem;
}

function StatusTabs(props: { basePath: string; query: ModerationListQuery; counts: StatusCounts }) {
  return (
    <nav aria-label="Comments by status">
      <ul class="pagination status-tabs">
        {COMMENT_STATUSES.map((status) => (
          <li><a href={listHref(props.basePath, { status })} aria-current={props.query.status === status ? 'page' : undefined}
            data-status-tab={status}>{`${STATUS_TAB_LABEL[status]} (${props.counts[status]})`}</a></li>
        ))}
      </ul>
    </nav>
  );
}

function Problem(props: { problem: ModerationProblem }) {
  const p = props.problem;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="moderation-problem">
      <h2>{p.message}</h2>
      {p.seeHref ? <p><a href={p.seeHref}>{p.seeLabel ?? 'See the comment'}</a></p>
        : p.commentId ? <p><a href={`#moderation-${p.commentId}`}>Go to the comment</a></p> : null}
    </div>
  );
}

function BulkForm(props: { action: string; csrfToken: string; status: CommentStatus }) {
  const targets = (['approved', 'rejected', 'spam', 'pending'] as const).filter((s) => s !== props.status);
  return (
    <form id={BULK_FORM_ID} class="moderation-bulk" method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <span class="moderation-bulk-label">With the ticked comments:</span>
      {targets.map((to) => <button type="submit" name="to" value={to} class="button button-small">{ACTION_LABEL[to]}</button>)}
    </form>
  );
}

function Heading(props: ModerationPageProps) {
  const a = props.article;
  if (!a) {
    return (
      <div class="page-header">
        <h1>Comments</h1>
        {props.links.settings ? <a class="button" href="/admin/settings/comments">Comment settings</a> : null}
      </div>
    );
  }
  return (
    <>
      <p><a href={MODERATION_PATH}>← All comments</a></p>
      <div class="page-header"><h1>Comments on “<span dir="auto">{a.headline}</span>”</h1></div>
      <p class="moderation-links">
        {a.published ? <a href={articleUrl(a.locale, a.slug)}>View the article</a> : <span class="muted">The article is not published.</span>}
        {props.links.editArticle ? <>{' · '}<a href={`/admin/articles/${encodeURIComponent(a.id)}`}>Edit the article</a></> : null}
      </p>
    </>
  );
}

export function ModerationPage(props: ModerationPageProps) {
  const { query, items } = props;
  const here = listHref(props.basePath, query);
  const title = props.article ? `Comments on: ${props.article.headline}` : 'Comments';
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current={MODERATION_PATH} flash={props.flash}>
      <Heading {...props} />
      {props.problem ? <Problem problem={props.problem} /> : null}
      <StatusTabs basePath={props.basePath} query={query} counts={props.counts} />
      {items.length === 0 ? <p class="empty">{`No ${STATUS_TAB_LABEL[query.status].toLowerCase()} comments${query.before ? ' further back' : ''}.`}</p> : (
        <>
          <BulkForm action={here} csrfToken={props.csrfToken} status={query.status} />
          <ol class="moderation-list" aria-label={`${STATUS_TAB_LABEL[query.status]} comments, newest first`}>
            {items.map((item) => (
              <ModerationItemCard item={item} parent={item.parentId ? props.parents.get(item.parentId) : undefined} csrfToken={props.csrfToken}
                action={here} showArticleLink={!props.article} flagged={props.problem?.commentId === item.id} />
            ))}
          </ol>
        </>
      )}
      {query.before || props.nextBefore ? (
        <nav aria-label="Pages">
          <ul class="pagination">
            {query.before ? <li><a href={listHref(props.basePath, { status: query.status })}>Newest</a></li> : null}
            {props.nextBefore ? <li><a href={listHref(props.basePath, { status: query.status, before: props.nextBefore })} rel="next">Older</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
