// The <head> additions of an article page: Open Graph and article:* properties, the Twitter card,
// and the NewsArticle and BreadcrumbList JSON-LD. Anything carrying a URL needs the site's absolute
// origin (chrome.origin, from SERAI_PUBLIC_URL): without one those are left out (CONTEXT.md).
import type { AuthorLink, PublishedArticle, TagLink } from '../public/public-content.ts';
import type { Chrome } from '../public/public-site.ts';
import { articleUrl, authorUrl } from '../lib/urls.ts';
import { imageCrops } from '../media/crop-geometry.ts';
import { articleCrumbs, breadcrumbSchema, newsArticleSchema, type ArticleFacts } from './article-schema.ts';
import { JsonLd } from './JsonLd.tsx';
import { alternateLocales, ogLocale } from './social-meta.ts';
import { updatedAfterPublication } from './updated.ts';

export interface ArticleHeadProps {
  chrome: Chrome;
  article: PublishedArticle;
  authors: AuthorLink[];
  tags: TagLink[];
  /** Locales of the published translations (this one included or not). */
  translationLocales: readonly string[];
}

function CardImage(props: { origin: string; article: PublishedArticle }) {
  const { article, origin } = props;
  const card = article.lead ? imageCrops(article.lead)[0] : undefined;
  if (!origin || !card) return null;
  return (
    <>
      <meta property="og:image" content={origin + card.url} />
      <meta property="og:image:type" content="image/jpeg" />
      <meta property="og:image:width" content={String(card.width)} />
      <meta property="og:image:height" content={String(card.height)} />
      {article.leadAlt ? <meta property="og:image:alt" content={article.leadAlt} /> : null}
      {article.leadAlt ? <meta name="twitter:image:alt" content={article.leadAlt} /> : null}
    </>
  );
}

export function ArticleHead(props: ArticleHeadProps) {
  const { chrome, article } = props;
  const { origin, locale } = chrome;
  const facts: ArticleFacts = { origin, siteName: chrome.siteName, logo: chrome.logo, locale, article, authors: props.authors, tags: props.tags };
  const hasCard = Boolean(origin && article.lead);
  return (
    <>
      <meta property="og:type" content="article" />
      <meta property="og:title" content={article.headline} />
      {article.summary ? <meta property="og:description" content={article.summary} /> : null}
      {origin ? <meta property="og:url" content={origin + articleUrl(locale, article.slug)} /> : null}
      <meta property="og:site_name" content={chrome.siteName} />
      <meta property="og:locale" content={ogLocale(locale)} />
      {alternateLocales(locale, props.translationLocales).map((other) => <meta property="og:locale:alternate" content={ogLocale(other)} />)}
      <CardImage origin={origin} article={article} />
      <meta property="article:published_time" content={article.publishedAt} />
      <meta property="article:modified_time" content={updatedAfterPublication(article) ?? article.publishedAt} />
      <meta property="article:section" content={article.section.name} />
      {props.tags.map((tag) => <meta property="article:tag" content={tag.name} />)}
      {/* Open Graph wants the author's profile URL; without an origin, the name. */}
      {props.authors.map((author) => <meta property="article:author" content={origin ? origin + authorUrl(locale, author.slug) : author.name} />)}
      <meta name="twitter:card" content={hasCard ? 'summary_large_image' : 'summary'} />
      {origin ? <JsonLd data={newsArticleSchema(facts)} /> : null}
      {origin ? <JsonLd data={breadcrumbSchema(origin, articleCrumbs(facts))} /> : null}
    </>
  );
}
