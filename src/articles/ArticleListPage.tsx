// The newsroom's list of articles: status tabs, section and headline filters, newest changes first.
import { PageHeader } from '../admin/PageHeader.tsx';
import { AdminLayout, type AdminUser } from '../admin/AdminLayout.tsx';
import { fieldId } from '../admin/forms.tsx';
import { directionOf } from '../i18n/locale-format.ts';
import { ARTICLE_STATUSES, type ArticleStatus } from '../db/database.ts';
import type { ArticleListItem } from './article-admin-list.queries.ts';
import type { Choice } from './article-editor.queries.ts';
import { EDITOR_STYLES, STATUS_LABEL, StatusBadge, UtcTime } from './StatusBadge.tsx';

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
  const total = ARTICLE_STATUSES.reduce((sum, s) => sum + props.counts[s], 0);
  const tabs: Array<{ status: ArticleStatus | undefined; label: string; n: number }> = [
    { status: undefined, label: 'All', n: total },
    ...ARTICLE_STATUSES.map((s) => ({ status: s, label: STATUS_LABEL[s], n: props.counts[s] })),
  ];
  return (
    <nav aria-label="Articles by status">
      <ul class="pagination status-tabs">
        {tabs.map((t) => (
          <li><a href={listHref(props.query, { status: t.status, page: 1 })} aria-current={props.query.status === t.status ? 'page' : undefined}>{`${t.label} (${t.n})`}</a></li>
        ))}
      </ul>
    </nav>
  );
}

function Filters(props: { query: ArticleListQuery; sections: Choice[] }) {
  const q = props.query;
  return (
    <form method="get" action="/admin/articles" class="filters" role="search">
      {q.status ? <input type="hidden" name="status" value={q.status} /> : null}
      <div class="field">
        <label for={fieldId('q')}>Headline contains</label>
        <input type="search" id={fieldId('q')} name="q" value={q.q ?? ''} dir="auto" />
      </div>
      <div class="field">
        <label for={fieldId('sectionId')}>Section</label>
        <select id={fieldId('sectionId')} name="sectionId">
          <option value="">All sections</option>
          {props.sections.map((s) => <option value={s.id} selected={s.id === q.sectionId}>{s.name}</option>)}
        </select>
      </div>
      <button type="submit" class="button">Filter</button>
    </form>
  );
}

/** The article's locale first, then its translations' (with their status unless published), each linking to it. */
function GroupLocales(props: { item: ArticleListItem }) {
  const { item } = props;
  const others = item.translations.filter((t) => t.id !== item.id);
  return (
    <>
      <strong>{item.locale}</strong>
      {others.map((t) => (
        <>{' · '}<a href={`/admin/articles/${t.id}`} hrefLang={t.locale}>{t.locale}</a>
          {t.status === 'published' ? null : <span class="muted">{` (${STATUS_LABEL[t.status].toLowerCase()})`}</span>}</>
      ))}
    </>
  );
}

function Rows(props: { items: ArticleListItem[] }) {
  return (
    <div class="table-wrap">
      <table>
        <thead><tr><th scope="col">Headline</th><th scope="col">Status</th><th scope="col">Section</th><th scope="col">Languages</th><th scope="col">Byline</th><th scope="col">Reader votes</th><th scope="col">Last change</th></tr></thead>
        <tbody>
          {props.items.map((a) => (
            <tr>
              {/* The headline in its own language and direction: an Arabic headline reads right to left in this LTR table. */}
              <td><a href={`/admin/articles/${a.id}`} lang={a.locale} dir={directionOf(a.locale)}>{a.headline}</a></td>
              <td><StatusBadge status={a.status} />{a.status === 'scheduled' && a.publishAt ? <> <UtcTime iso={a.publishAt} /></> : null}</td>
              <td>{a.sectionName}</td>
              <td><GroupLocales item={a} /></td>
              <td>{a.authorNames.map((name, i) => <>{i > 0 ? ', ' : null}<bdi>{name}</bdi></>)}</td>
              <td>{a.votes.yes + a.votes.no > 0 ? `${a.votes.yes} yes · ${a.votes.no} no` : <span class="muted">None</span>}</td>
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
  return (
    <AdminLayout styles={EDITOR_STYLES} title="Articles" user={props.user} csrfToken={props.csrfToken} current="/admin/articles" flash={props.flash}>
      <PageHeader title="Articles" newHref={props.canCreate ? '/admin/articles/new' : undefined} newLabel="New article" />
      {props.ownOnly ? <p class="hint">You see the articles you created.</p> : null}
      <StatusTabs query={query} counts={props.counts} />
      <Filters query={query} sections={props.sections} />
      {props.items.length > 0 ? <Rows items={props.items} />
        : <p class="empty">{query.status || query.sectionId || query.q ? 'No articles match.' : 'No articles yet.'}</p>}
      {query.page > 1 || props.hasNext ? (
        <nav aria-label="Pages">
          <ul class="pagination">
            {query.page > 1 ? <li><a href={listHref(query, { page: query.page - 1 })} rel="prev">Newer</a></li> : null}
            <li><span aria-current="page">{`Page ${query.page}`}</span></li>
            {props.hasNext ? <li><a href={listHref(query, { page: query.page + 1 })} rel="next">Older</a></li> : null}
          </ul>
        </nav>
      ) : null}
    </AdminLayout>
  );
}
