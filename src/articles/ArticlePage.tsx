// The article as a reader sees it: section label, headline, standfirst, byline,
// times, lead photo with caption and [credit], body opening with the dateline,
// tags, and the two places later features fill (reactions vote, comments).
import type { ComponentChildren } from 'preact';
import type { AuthorLink, PublishedArticle, TagLink } from '../public/public-content.ts';
import type { Chrome } from '../public/public-site.ts';
import type { Messages } from '../i18n/messages.ts';
import { joinNatural } from '../i18n/locale-format.ts';
import { articleUrl, authorUrl, sectionUrl, tagUrl } from '../lib/urls.ts';
import { DateTime } from '../views/DateTime.tsx';
import { Layout } from '../views/Layout.tsx';
import { Picture } from '../views/Picture.tsx';
import { TrustedHtml } from '../views/render.tsx';
import { withDateline } from './article-body.ts';
import { updatedAfterPublication } from '../structured-data/updated.ts';

export interface ArticlePageProps {
  chrome: Chrome;
  article: PublishedArticle;
  authors: AuthorLink[];
  tags: TagLink[];
  /** The "Do you like this article?" block. */
  reactions?: ComponentChildren;
  /** The comments: count, thread, form or closed notice. */
  comments?: ComponentChildren;
  scripts?: string[];
  /** A transient view of the page (the reply form opened without JavaScript): kept out of search engines. */
  noindex?: boolean;
  /** Related articles (src/readership), after the article. */
  related?: ComponentChildren;
  /** Where client/readership.ts posts one view of this article. */
  viewBeacon?: string;
  /** Social cards and structured data for <head> (src/structured-data/ArticleHead.tsx). */
  head?: ComponentChildren;
}

/** The column is at most ~42rem wide; below that the photo fills the screen. */
const LEAD_SIZES = '(min-width: 46rem) 42rem, 100vw';

export function Byline(props: { authors: AuthorLink[]; locale: string; messages: Messages }) {
  const { authors, messages } = props;
  if (authors.length === 0) return null;
  // Each name isolated: a Latin name in an Arabic byline (or the reverse) keeps its place in the sentence.
  const links = authors.map((author) => <a href={authorUrl(props.locale, author.slug)} rel="author"><bdi>{author.name}</bdi></a>);
  return <p class="byline">{authors.length > 1 ? messages.byMany : messages.by} {joinNatural(links, messages.and)}</p>;
}

function LeadFigure(props: { article: PublishedArticle }) {
  const { article } = props;
  if (!article.lead) return null;
  const hasCaption = article.leadCaption.trim() !== '' || article.leadCredit.trim() !== '';
  return (
    <figure class="lead-figure">
      <Picture image={article.lead} alt={article.leadAlt} sizes={LEAD_SIZES} priority />
      {hasCaption ? (
        <figcaption>
          {article.leadCaption}
          {article.leadCredit.trim() ? <>{article.leadCaption ? ' ' : null}<span class="credit">[<bdi>{article.leadCredit}</bdi>]</span></> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

function Tags(props: { tags: TagLink[]; locale: string; messages: Messages }) {
  if (props.tags.length === 0) return null;
  return (
    <nav class="article-tags" aria-label={props.messages.tags}>
      <h2>{props.messages.tags}</h2>
      <ul>
        {props.tags.map((tag) => <li><a href={tagUrl(props.locale, tag.slug)} rel="tag"><bdi>{tag.name}</bdi></a></li>)}
      </ul>
    </nav>
  );
}

export function ArticlePage(props: ArticlePageProps) {
  const { chrome, article } = props;
  const { messages, locale } = chrome;
  // "Updated" only when the content changed after publication, not for any later stamp.
  const updated = updatedAfterPublication(article);
  return (
    <Layout chrome={chrome} title={`${article.headline} – ${chrome.siteName}`} description={article.summary || undefined}
      canonicalPath={articleUrl(locale, article.slug)} currentSection={article.section.slug} scripts={props.scripts}
      noindex={props.noindex} head={props.head}>
      <article class="article" data-view-beacon={props.viewBeacon}>
        <header class="article-header">
          <p class="kicker"><a href={sectionUrl(locale, article.section.slug)}>{article.section.name}</a></p>
          <h1>{article.headline}</h1>
          {article.summary ? <p class="standfirst">{article.summary}</p> : null}
          <Byline authors={props.authors} locale={locale} messages={messages} />
          <p class="meta">
            <DateTime iso={article.publishedAt} locale={locale} />
            {updated ? <span class="updated">{messages.updated} <DateTime iso={updated} locale={locale} /></span> : null}
          </p>
        </header>
        <LeadFigure article={article} />
        <TrustedHtml class="article-body" html={withDateline(article.bodyHtml, article.dateline)} />
        <Tags tags={props.tags} locale={locale} messages={messages} />
      </article>
      {props.related}
      <section id="reactions" class="reactions-slot" aria-label={messages.reactions}>{props.reactions}</section>
      <section id="comments" class="comments-slot" aria-label={messages.comments}>{props.comments}</section>
    </Layout>
  );
}
