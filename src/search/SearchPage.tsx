// The results page: the full search form (words, section, dates), then the hits with their
// matches marked, then previous/next. Every part of a hit is text: Preact escapes it.
// Styled with the listing classes of site.css: the stylesheet has a size budget.
import { messagesIn, t, type Messages } from '../i18n/catalog.ts';
import type { TextPart } from '../lib/highlight.ts';
import type { Chrome } from '../public/public-site.ts';
import { DateTime } from '../views/DateTime.tsx';
import { Layout } from '../views/Layout.tsx';
import type { SearchHit, SearchOutcome } from './run-search.ts';
import { searchHref, type SearchParams } from './search-params.ts';
import { searchUrl } from './search-url.ts';

export interface SearchPageProps { chrome: Chrome; params: SearchParams; outcome: SearchOutcome }

function Marked(props: { parts: TextPart[] }) {
  return <>{props.parts.map((p) => (p.mark ? <mark>{p.text}</mark> : p.text))}</>;
}

function SearchForm(props: { chrome: Chrome; params: SearchParams; m: Messages<'search'> }) {
  const { chrome, params, m } = props;
  return (
    // Named by the page heading: the masthead form is the page's one search landmark.
    <form class="search-form" aria-labelledby="search-title" action={searchUrl(chrome.locale)} method="get">
      <p>
        <label for="search-q">{m.label}</label>{' '}
        <input id="search-q" type="search" name="q" value={params.q} maxLength={1000} />{' '}
        <button type="submit">{m.submit}</button>
      </p>
      <fieldset>
        <legend>{m.filters}</legend>
        <label for="search-section">{m.section}</label>{' '}
        <select id="search-section" name="section">
          <option value="">{m.allSections}</option>
          {chrome.sections.map((s) => <option value={s.slug} selected={s.slug === params.section}>{s.name}</option>)}
        </select>{' '}
        <label for="search-from">{m.from}</label>{' '}
        <input id="search-from" type="date" name="from" value={params.from} />{' '}
        <label for="search-to">{m.to}</label>{' '}
        <input id="search-to" type="date" name="to" value={params.to} />
      </fieldset>
    </form>
  );
}

function Hit(props: { hit: SearchHit; locale: string; m: Messages<'search'> }) {
  const { hit } = props;
  return (
    <li class="search-hit">
      <h2 class="teaser-headline"><a href={hit.url}><Marked parts={hit.headline} /></a></h2>
      <p class="teaser-summary"><Marked parts={hit.snippet} /></p>
      <p class="teaser-meta">{hit.sectionName} · <DateTime iso={hit.publishedAt} locale={props.locale} /></p>
    </li>
  );
}

function Results(props: SearchPageProps & { m: Messages<'search'> }) {
  const { outcome, params, m, chrome } = props;
  if (outcome.kind === 'empty') return <p class="search-message">{m.emptyQuery}</p>;
  if (outcome.kind === 'no_words') return <p class="search-message" role="status">{m.noWords}</p>;
  if (outcome.kind === 'bad_date') return <p class="search-message" role="alert">{m.badDate}</p>;
  const path = searchUrl(chrome.locale);
  return (
    <section aria-labelledby="search-results-title">
      <h2 id="search-results-title" class="visually-hidden">{m.results}</h2>
      {outcome.truncated ? <p class="search-message" role="status">{m.truncated}</p> : null}
      {outcome.hits.length === 0
        ? <p class="search-message" role="status">{t(m, 'noResults', { query: params.q })}</p>
        : <ol class="teaser-list">{outcome.hits.map((hit) => <Hit hit={hit} locale={chrome.locale} m={m} />)}</ol>}
      {params.page > 1 || outcome.hasNext ? (
        <nav class="pagination" aria-label={chrome.messages.pagination}>
          {params.page > 1 ? <a rel="prev" href={searchHref(path, params, params.page - 1)}>{m.previous}</a> : null}{' '}
          {outcome.hasNext ? <a rel="next" href={searchHref(path, params, params.page + 1)}>{m.next}</a> : null}
        </nav>
      ) : null}
    </section>
  );
}

export function SearchPage(props: SearchPageProps) {
  const m = messagesIn(props.chrome.locale, 'search');
  const { q } = props.params;
  const heading = q && props.outcome.kind === 'results' ? t(m, 'resultsFor', { query: q }) : m.title;
  return (
    <Layout chrome={props.chrome} title={q ? `${t(m, 'titleFor', { query: q })} · ${props.chrome.siteName}` : `${m.title} · ${props.chrome.siteName}`} noindex>
      <div class="listing">
        <h1 id="search-title">{heading}</h1>
        <SearchForm chrome={props.chrome} params={props.params} m={m} />
        <Results {...props} m={m} />
      </div>
    </Layout>
  );
}
