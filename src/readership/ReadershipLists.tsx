// The two side lists of readership: "Related articles" under an article and "Most read" on
// the home page. Pure views: the data comes from related.queries.ts / readership.queries.ts.
import { messagesIn } from '../i18n/catalog.ts';
import { articleUrl } from '../lib/urls.ts';
import type { ArticleLink } from './article-link.ts';

function Links(props: { articles: ArticleLink[] }) {
  return <>{props.articles.map((a) => <li><a href={articleUrl(a.locale, a.slug)}>{a.headline}</a></li>)}</>;
}

export function RelatedArticles(props: { articles: ArticleLink[]; locale: string }) {
  if (props.articles.length === 0) return null;
  return (
    <nav class="related-articles" aria-labelledby="related-heading">
      <h2 id="related-heading" class="block-heading">{messagesIn(props.locale, 'readership').related}</h2>
      <ul><Links articles={props.articles} /></ul>
    </nav>
  );
}

/** Ranked: an ordered list. */
export function MostRead(props: { articles: ArticleLink[]; locale: string }) {
  if (props.articles.length === 0) return null;
  return (
    <section class="most-read" aria-labelledby="most-read-heading">
      <h2 id="most-read-heading" class="block-heading">{messagesIn(props.locale, 'readership').mostRead}</h2>
      <ol><Links articles={props.articles} /></ol>
    </section>
  );
}
