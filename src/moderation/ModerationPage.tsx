// The moderation queue, site-wide (/admin/moderation) or for one article
// (/admin/articles/:id/comments): tabs with counts (work queues by risk, statuses newest
// first), a page at a time, each comment in context with its actions, the same actions
// for the ticked comments, and the hooks the keyboard island uses (#moderation-status,
// #moderation-keys).
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { CsrfField } from '../admin/forms.tsx';
import { articleUrl } from '../lib/urls.ts';
import { ACTION_LABEL, BULK_FORM_ID, ModerationItemCard, ReasonSelect } from './ModerationItem.tsx';
import { isWorkQueueTab, listHref, MODERATION_PATH, QUEUE_TABS, TAB_LABEL, type ModerationListQuery, type QueueTab } from './moderation-list.ts';
import type { QueuePage } from './moderation-page-data.ts';
import { COUNT_CAP, type ModeratedArticle } from './moderation.queries.ts';

export interface ModerationProblem {
  message: string;
  /** The comment it is about, if it is worth pointing at. */
  commentId?: string;
  /** Where to see that comment now (e.g. another tab). */
  seeHref?: string;
  seeLabel?: string;
}

export interface ModerationPageProps {
  user: AdminUser;
  csrfToken: string;
  /** Set for one article's comments; absent for the site-wide queue. */
  article?: ModeratedArticle;
  /** Admins get a link to the site's comment settings; editors a link to edit the article. */
  links: { settings: boolean; editArticle: boolean };
  basePath: string;
  query: ModerationListQuery;
  page: QueuePage;
  /** The keyboard island's URL, when it is built. */
  script?: string;
  flash?: string;
  problem?: ModerationProblem;
}

const countLabel = (n: number) => (n > COUNT_CAP ? `${COUNT_CAP.toLocaleString('en')}+` : String(n));

function Tabs(props: { basePath: string; query: ModerationListQuery; counts: QueuePage['counts'] }) {
  return (
    <nav aria-label="Moderation tabs">
      <ul class="pagination status-tabs moderation-tabs">
        {QUEUE_TABS.map((tab) => (
          <li><a href={listHref(props.basePath, { tab })} aria-current={props.query.tab === tab ? 'page' : undefined}
            data-tab={tab}>{`${TAB_LABEL[tab]} (${countLabel(props.counts[tab])})`}</a></li>
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

function BulkForm(props: { action: string; csrfToken: string; tab: QueueTab }) {
  const targets = (['approved', 'rejected', 'spam', 'pending'] as const).filter((s) => s !== props.tab && !(s === 'pending' && isWorkQueueTab(props.tab)));
  return (
    <form id={BULK_FORM_ID} class="moderation-bulk" method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <span class="moderation-bulk-label">With the ticked comments:</span>
      {targets.map((to) => (to === 'rejected'
        ? <span class="moderation-reject"><ReasonSelect id={`${BULK_FORM_ID}-reason`} label="Reason for rejecting the ticked comments" />
          <button type="submit" name="to" value="rejected" class="button button-small">Reject</button></span>
        : <button type="submit" name="to" value={to} class="button button-small">{ACTION_LABEL[to]}</button>))}
    </form>
  );
}

function Heading(props: ModerationPageProps) {
  const a = props.article;
  if (!a) {
    return (
      <div class="page-header">
        <h1>Moderation</h1>
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

/** The island's focus ring and in-item problem (public/moderation-keys.css, the keyboard island's). */
const KEYS_STYLESHEET = '/assets/moderation-keys.css';

const ORDER: Record<'work' | 'status', string> = { work: 'highest risk first, then newest', status: 'newest first' };

function Pages(props: { basePath: string; query: ModerationListQuery; page: QueuePage }) {
  const { query, page } = props;
  if (!page.after && !page.nextAfter) return null;
  return (
    <nav aria-label="Pages">
      <ul class="pagination">
        {page.after ? <li><a href={listHref(props.basePath, { tab: query.tab })}>First page</a></li> : null}
        {page.nextAfter ? <li><a href={listHref(props.basePath, { tab: query.tab, after: page.nextAfter })} rel="next">Next page</a></li> : null}
      </ul>
    </nav>
  );
}

export function ModerationPage(props: ModerationPageProps) {
  const { query, page } = props;
  const here = listHref(props.basePath, query);
  const title = props.article ? `Comments on: ${props.article.headline}` : 'Moderation';
  const label = TAB_LABEL[query.tab];
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current={MODERATION_PATH} flash={props.flash}
      scripts={props.script ? [props.script] : undefined} styles={props.script ? [KEYS_STYLESHEET] : undefined}>
      <Heading {...props} />
      {props.problem ? <Problem problem={props.problem} /> : null}
      <Tabs basePath={props.basePath} query={query} counts={page.counts} />
      <p id="moderation-status" role="status" class="moderation-status"></p>
      {props.script ? (
        <p id="moderation-keys" class="hint">
          Keys: <kbd>j</kbd> / <kbd>k</kbd> next / previous comment, <kbd>a</kbd> approve, <kbd>s</kbd> spam,
          {' '}<kbd>r</kbd> choose a reason, then <kbd>Enter</kbd> to reject.
        </p>
      ) : null}
      {page.entries.length === 0 ? <p class="empty">{`No comments under ${label}${page.after ? ' further on' : ''}.`}</p> : (
        <>
          <BulkForm action={here} csrfToken={props.csrfToken} tab={query.tab} />
          <ol id="moderation-queue" class="moderation-list" aria-label={`${label}: ${ORDER[isWorkQueueTab(query.tab) ? 'work' : 'status']}`}>
            {page.entries.map((entry) => (
              <ModerationItemCard entry={entry} csrfToken={props.csrfToken} action={here} showQueueLink={!props.article}
                flagged={props.problem?.commentId === entry.item.id} />
            ))}
          </ol>
        </>
      )}
      <Pages basePath={props.basePath} query={query} page={page} />
    </AdminLayout>
  );
}
