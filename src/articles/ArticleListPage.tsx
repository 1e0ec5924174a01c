// The newsroom's list of articles: status tabs, section and headline filters, newest changes first.
import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { fieldId } from '../admin/forms.tsx';
import { useAdminLocale, useAdminMessages } from '../admin/admin-i18n.tsx';
import { t } from '../i18n/catalog.ts';
import { directionOf } from '../i18n/locale-format.ts';
import { ARTICLE_STATUSES, type ArticleStatus } from '../db/database.ts';
import type { ArticleListItem } from './article-admin-list.queries.ts';
import type { Choice } from './article-editor.queries.ts';
import { EDITOR_STYLES, StatusBadge, useStatusLabels, UtcTime } from './StatusBadge.tsx';

export interface ArticleListQuery { status?: ArticleStatus; sectionId?: string; q?: string; page: number }

export interface ArticleListProps {
  user: AdminUser;
  csrfToken: string;
  query: ArticleListQuery;
  items: ArticleListItem[];
  counts: Record<ArticleStatus, number>;
  sections: Choice[];
  /** Authors and contributors see only the articles they created. */
  ownOnly: boolean;
  canCreate: boolean;
  hasNext: boolean;
  flash?: string;
}

export function listHref(query: ArticleListQuery, change: Partial<ArticleListQuery>): string {
  const next = { ...query, ...change };
  const params = new URLSearchParams();
  if (next.status) params.set('status', next.status);
  if (next.sectionId) params.set('sectionId', next.sectionId);
  if (next.q) params.set('q', next.q);
  if (next.page > 1) params.set('page', String(next.page));
  const qs = params.toString();
  return qs ? `/admin/articles?${qs}` : '/admin/articles';
}

function StatusTabs(props: { query: ArticleListQuery; counts: Record<ArticleStatus, number> }) {
  const m = useAdminMessages('adminArticles');
  const labels = useStatusLabels();
  const total = ARTICLE_STATUSES.reduce((sum, s) => sum + props.counts[s], 0);
  const tabs: Array<{ status: ArticleStatus | undefined; label: string; n: number }> = [
    { status: undefined, label: m.allStatuses, n: total },
    ...ARTICLE_STATUSES.map((s) => ({ status: s, label: labels[s], n: props.counts[s] })),
  ];
  return (
    <nav aria-label={m.statusTabsLabel}>
      <ul class="pagination status-tabs">
        {tabs.map((tab) => (
          <li><a href={listHref(props.query, { status: tab.status, page: 1 })} aria-current={props.query.status === tab.status ? 'page' : undefined}>{t(m, 'statusTab', { label: tab.label, count: tab.n })}</a></li>
        ))}
      </ul>
    </nav>
  );
}

function Filters(props: { query: ArticleListQuery; sections: Choice[] }) {
  const m = useAdminMessages('adminArticles');
  const q = props.query;
  return (
    <form method="get" action="/admin/articles" class="filters" role="search">
      {q.status ? <input type="hidden" name="status" value={q.status} /> : null}
      <div class="field">
        <label for={fieldId('q')}>{m.headlineContains}</label>
        <input type="search" id={fieldId('q')} name="q" value={q.q ?? ''} dir="auto" />
      </div>
      <div class="field">
        <label for={fieldId('sectionId')}>{m.section}</label>
        <select id={fieldId('sectionId')} name="sectionId">
          <option value="">{m.allSections}</option>
          {props.sections.map((s) => <option value={s.id} selected={s.id === q.sectionId}>{s.name}</option>)}
        </select>
      </div>
      <button type="submit" class="button">{m.filterButton}</button>
    </form>
  );
}

/** The article's locale first, then its translations' (with their status unless published), each linking to it. */
function GroupLocales(props: { item: ArticleListItem }) {
  const { item } = props;
  const labels = useStatusLabels();
  const adminLocale = useAdminLocale();
  const others = item.translations.filter((t) => t.id !== item.id);
  return (
    <>
      <strong>{item.locale}</strong>
      {others.map((t) => (
        <>{' · '}<a href={`/admin/articles/${t.id}`} hrefLang={t.locale}>{t.locale}</a>
          {t.status === 'published' ? null : <span class="muted">{` (${labels[t.status].toLocaleLowerCase(adminLocale)})`}</span>}</>
      ))}
    </>
  );
}

function Rows(props: { items: ArticleListItem[] }) {
  const m = useAdminMessages('adminArticles');
  return (
    <div class="table-wrap">
      <table>
        <thead><tr>
          <th scope="col">{m.headline}</th><th scope="col">{m.status}</th><th scope="col">{m.section}</th><th scope="col">{m.languages}</th>
          <th scope="col">{m.byline}</th><th scope="col">{m.readerVotes}</th><th scope="col">{m.lastChange}</th>
        </tr></thead>
        <tbody>
          {props.items.map((a) => (
            <tr>
              {/* The headline in its own language and direction: an Arabic headline reads right to left in this LTR table. */}
              <td><a href={`/admin/articles/${a.id}`} lang={a.locale} dir={directionOf(a.locale)}>{a.headline}</a></td>
              <td><StatusBadge status={a.status} />{a.status === 'scheduled' && a.publishAt ? <> <UtcTime iso={a.publishAt} /></> : null}</td>
              <td>{a.sectionName}</td>
              <td><GroupLocales item={a} /></td>
              <td>{a.authorNames.map((name, i) => <>{i > 0 ? ', ' : null}<bdi>{name}</bdi></>)}</td>
              <td>{a.votes.yes + a.votes.no > 0 ? t(m, 'votesCount', { yes: a.votes.yes, no: a.votes.no }) : <span class="muted">{m.noVotes}</span>}</td>
              <td><UtcTime iso={a.updatedAt} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ArticleListPage(props: ArticleListProps) {
  const { query } = props;
  const m = useAdminMessages('adminArticles');
  return (
    <AdminLayout styles={EDITOR_STYLES} title={m.articlesTitle} user={props.user} csrfToken={props.csrfToken} current="/admin/articles" flash={props.flash}>
      <PageHeader title={m.articlesTitle} newHref={props.canCreate ? '/admin/articles/new' : undefined} newLabel={m.newArticle} />
      {props.ownOnly ? <p class="hint">{m.ownArticlesOnly}</p> : null}
      <StatusTabs query={query} counts={props.counts} />
      <Filters query={query} sections={props.sections} />
      {props.items.length > 0 ? <Rows items={props.items} />
        : <p class="empty">{query.status || query.sectionId || query.q ? m.noArticlesMatch : m.noArticlesYet}</p>}
      {query.page > 1 || props.hasNext ? (
        <nav aria-label={m.pagesLabel}>
          <ul class="pagination">
            {query.page > 1 ? <li><a href={listHref(query, { page: query.page - 1 })} rel="prev">{m.newerPage}</a></li> : null}
            <li><span aria-current="page">{t(m, 'pageNumber', { page: query.page })}</span></li>
            {props.hasNext ? <li><a href={listHref(query, { page: query.page + 1 })} rel="next">{m.olderPage}</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
