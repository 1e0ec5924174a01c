// How an article appears in lists: section label, headline link, summary, time.
import type { Teaser } from '../public/public-content.ts';
import { articleUrl, sectionUrl } from '../lib/urls.ts';
import { directionOf } from '../i18n/locale-format.ts';
import { DateTime } from './DateTime.tsx';

export function ArticleTeaser(props: { article: Teaser; showSection?: boolean; headingLevel?: 2 | 3 }) {
  const { article } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  // The headline and summary are in the article's language, which says their direction: dir="auto"
  // would guess from the first letter and turn an Arabic headline opening with "COP29" left-to-right.
  return (
    <article class="teaser" lang={article.locale} dir={directionOf(article.locale)}>
      {props.showSection !== false ? (
        <p class="kicker"><a href={sectionUrl(article.locale, article.section.slug)}>{article.section.name}</a></p>
      ) : null}
      <Heading class="teaser-headline"><a href={articleUrl(article.locale, article.slug)}>{article.headline}</a></Heading>
      {article.summary ? <p class="teaser-summary">{article.summary}</p> : null}
      <p class="meta"><DateTime iso={article.publishedAt} locale={article.locale} /></p>
    </article>
  );
}

export function TeaserList(props: { articles: Teaser[]; showSection?: boolean; headingLevel?: 2 | 3 }) {
  return (
    <ul class="teaser-list">
      {props.articles.map((article) => (
        <li><ArticleTeaser article={article} showSection={props.showSection} headingLevel={props.headingLevel} /></li>
      ))}
    </ul>
  );
}
