// The moderation queue, site-wide (/admin/moderation) or for one article
// (/admin/articles/:id/comments): tabs with counts (work queues by risk, statuses newest
// first), a page at a time, each comment in context with its actions, the same actions
// for the ticked comments, and the hooks the keyboard island uses (#moderation-status,
// #moderation-keys, the island's words in ol#moderation-queue's data-messages), all in the
// admin's language.
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { useAdminLocale } from '../admin/admin-i18n.tsx';
import { CsrfField } from '../admin/forms.tsx';
import { t, tParts } from '../i18n/catalog.ts';
import { articleUrl } from '../lib/urls.ts';
import { BULK_FORM_ID, ModerationItemCard, ReasonSelect } from './ModerationItem.tsx';
import { isWorkQueueTab, listHref, MODERATION_PATH, QUEUE_TABS, type ModerationListQuery, type QueueTab } from './moderation-list.ts';
import type { QueuePage } from './moderation-page-data.ts';
import { COUNT_CAP, type ModeratedArticle } from './moderation.queries.ts';
import { actionLabel, queueIslandMessagesJson, tabLabel, useModerationMessages, type ModerationMessages } from './moderation-words.ts';

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
  /** Prefix for links to public pages: '' on the Host's site, else the admin site's origin (src/admin/public-link.ts). */
  publicBase: string;
  query: ModerationListQuery;
  page: QueuePage;
  /** The keyboard island's URL, when it is built. */
  script?: string;
  flash?: string;
  problem?: ModerationProblem;
}

const countLabel = (m: ModerationMessages, n: number) => (n > COUNT_CAP ? t(m, 'countCapped', { count: COUNT_CAP }) : t(m, 'count', { count: n }));

/** `data-count` (exact counts only) and `data-label` let the island move a count without parsing the text. */
function Tabs(props: { basePath: string; query: ModerationListQuery; counts: QueuePage['counts'] }) {
  const m = useModerationMessages();
  return (
    <nav aria-label={m.tabsLabel}>
      <ul class="pagination status-tabs moderation-tabs">
        {QUEUE_TABS.map((tab) => {
          const n = props.counts[tab];
          return (
            <li><a href={listHref(props.basePath, { tab })} data-label={tabLabel(m, tab)} data-count={n > COUNT_CAP ? undefined : String(n)}
              aria-current={props.query.tab === tab ? 'page' : undefined}
              data-tab={tab}>{t(m, 'tabWithCount', { tab: tabLabel(m, tab), count: countLabel(m, n) })}</a></li>
          );
        })}
      </ul>
    </nav>
  );
}

function Problem(props: { problem: ModerationProblem }) {
  const p = props.problem;
  const m = useModerationMessages();
  return (
    <div class="error-summary" role="alert" tabIndex={-1} id="moderation-problem">
      <h2>{p.message}</h2>
      {p.seeHref ? <p><a href={p.seeHref}>{p.seeLabel ?? m.seeComment}</a></p>
        : p.commentId ? <p><a href={`#moderation-${p.commentId}`}>{m.goToComment}</a></p> : null}
    </div>
  );
}

function BulkForm(props: { action: string; csrfToken: string; tab: QueueTab }) {
  const m = useModerationMessages();
  const targets = (['approved', 'rejected', 'spam', 'pending'] as const).filter((s) => s !== props.tab && !(s === 'pending' && isWorkQueueTab(props.tab)));
  return (
    <form id={BULK_FORM_ID} class="moderation-bulk" method="post" action={props.action}>
      <CsrfField token={props.csrfToken} />
      <span class="moderation-bulk-label">{m.bulkLabel}</span>
      {targets.map((to) => (to === 'rejected'
        ? <span class="moderation-reject"><ReasonSelect id={`${BULK_FORM_ID}-reason`} label={m.bulkReasonLabel} />
          <button type="submit" name="to" value="rejected" class="button button-small">{actionLabel(m, 'rejected')}</button></span>
        : <button type="submit" name="to" value={to} class="button button-small">{actionLabel(m, to)}</button>))}
    </form>
  );
}

function Heading(props: ModerationPageProps) {
  const a = props.article;
  const m = useModerationMessages();
  if (!a) {
    return (
      <div class="page-header">
        <h1>{m.pageTitle}</h1>
        {props.links.settings ? <a class="button" href="/admin/settings/comments">{m.commentSettings}</a> : null}
      </div>
    );
  }
  return (
    <>
      <p><a href={MODERATION_PATH}>{m.allComments}</a></p>
      <div class="page-header"><h1>{tParts(m, 'articleCommentsHeading', { headline: <span dir="auto">{a.headline}</span> })}</h1></div>
      <p class="moderation-links">
        {a.published ? <a href={`${props.publicBase}${articleUrl(a.locale, a.slug)}`}>{m.viewArticle}</a> : <span class="muted">{m.articleNotPublished}</span>}
        {props.links.editArticle ? <>{' · '}<a href={`/admin/articles/${encodeURIComponent(a.id)}`}>{m.editArticle}</a></> : null}
      </p>
    </>
  );
}

/** The island's focus ring and in-item problem (public/moderation-keys.css, the keyboard island's). */
const KEYS_STYLESHEET = '/assets/moderation-keys.css';

function Pages(props: { basePath: string; query: ModerationListQuery; page: QueuePage }) {
  const { query, page } = props;
  const m = useModerationMessages();
  if (!page.after && !page.nextAfter) return null;
  return (
    <nav aria-label={m.pagesLabel}>
      <ul class="pagination">
        {page.after ? <li><a href={listHref(props.basePath, { tab: query.tab })}>{m.firstPage}</a></li> : null}
        {page.nextAfter ? <li><a href={listHref(props.basePath, { tab: query.tab, after: page.nextAfter })} rel="next">{m.nextPage}</a></li> : null}
      </ul>
    </nav>
  );
}

/** The island's keys; the letters are the keys' own (Latin, whatever the keyboard layout: the island reads the key's place too). */
function KeysHelp() {
  const m = useModerationMessages();
  const kbd = (key: string) => <kbd>{key}</kbd>;
  return (
    <p id="moderation-keys" class="hint">
      {tParts(m, 'keysHelp', { j: kbd('j'), k: kbd('k'), a: kbd('a'), s: kbd('s'), r: kbd('r'), enter: kbd('Enter') })}
    </p>
  );
}

function Queue(props: ModerationPageProps & { here: string }) {
  const { query, page } = props;
  const m = useModerationMessages();
  const locale = useAdminLocale();
  const label = tabLabel(m, query.tab);
  if (page.entries.length === 0) return <p class="empty">{t(m, page.after ? 'emptyTabFurther' : 'emptyTab', { tab: label })}</p>;
  return (
    <>
      <BulkForm action={props.here} csrfToken={props.csrfToken} tab={query.tab} />
      <ol id="moderation-queue" class="moderation-list" aria-label={t(m, isWorkQueueTab(query.tab) ? 'queueOrderWork' : 'queueOrderStatus', { tab: label })}
        data-messages={props.script ? queueIslandMessagesJson(locale) : undefined}>
        {page.entries.map((entry) => (
          <ModerationItemCard entry={entry} csrfToken={props.csrfToken} action={props.here} showQueueLink={!props.article} publicBase={props.publicBase}
            flagged={props.problem?.commentId === entry.item.id} />
        ))}
      </ol>
    </>
  );
}

export function ModerationPage(props: ModerationPageProps) {
  const m = useModerationMessages();
  const here = listHref(props.basePath, props.query);
  const title = props.article ? t(m, 'articleCommentsTitle', { headline: props.article.headline }) : m.pageTitle;
  return (
    <AdminLayout title={title} user={props.user} csrfToken={props.csrfToken} current={MODERATION_PATH} flash={props.flash}
      scripts={props.script ? [props.script] : undefined} styles={props.script ? [KEYS_STYLESHEET] : undefined}>
      <Heading {...props} />
      {props.problem ? <Problem problem={props.problem} /> : null}
      <Tabs basePath={props.basePath} query={props.query} counts={props.page.counts} />
      <p id="moderation-status" role="status" class="moderation-status"></p>
      {props.script ? <KeysHelp /> : null}
      <Queue {...props} here={here} />
      <Pages basePath={props.basePath} query={props.query} page={props.page} />
    </AdminLayout>
  );
}
