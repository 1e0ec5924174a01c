// schema.org data for an article page: a NewsArticle with its publisher, and the breadcrumb
// trail home › section › article. Pure functions of what the page already loaded; every URL is
// absolute (search engines resolve nothing), so these are only built when the site has a
// trustworthy origin (see CONTEXT.md). Fields follow Google's Article documentation: headline,
// image (1:1, 4:3, 16:9), datePublished, dateModified, author with url.
import { commentPolicyUrl } from '../comment-policy/comment-policy-url.ts';
import { articleUrl, authorUrl, homeUrl, mediaUrl, sectionUrl } from '../lib/urls.ts';
import { imageCrops } from '../media/crop-geometry.ts';
import type { AuthorLink, PublishedArticle, TagLink } from '../public/public-content.ts';
import type { SiteLogo } from '../sites/site.queries.ts';
import { updatedAfterPublication } from './updated.ts';

type Thing = Record<string, unknown>;

export interface SiteFacts {
  /** Absolute origin, e.g. https://news.example; never empty here. */
  origin: string;
  siteName: string;
  logo: SiteLogo | null;
  locale: string;
}

export interface ArticleFacts extends SiteFacts {
  article: PublishedArticle;
  authors: AuthorLink[];
  tags: TagLink[];
}

/** The site's logo as an ImageObject: its smallest stored JPEG variant (at least 480 px, or the upload itself). */
function logoObject(origin: string, logo: SiteLogo): Thing {
  const width = logo.widths[0] ?? logo.width;
  const height = Math.max(1, Math.round((width * logo.height) / Math.max(1, logo.width)));
  return { '@type': 'ImageObject', url: origin + mediaUrl(logo.storageKey, width, 'jpg'), width, height };
}

/** The publisher: a news organisation with its logo (when the site has one) and its policy page. */
export function publisherSchema(site: SiteFacts): Thing {
  const policy = site.origin + commentPolicyUrl(site.locale);
  return {
    '@type': 'NewsMediaOrganization',
    name: site.siteName,
    url: site.origin + homeUrl(site.locale),
    ...(site.logo ? { logo: logoObject(site.origin, site.logo) } : {}),
    publishingPrinciples: policy,
    actionableFeedbackPolicy: policy,
  };
}

export function articleImageUrls(origin: string, article: Pick<PublishedArticle, 'lead'>): string[] {
  return article.lead ? imageCrops(article.lead).map((crop) => origin + crop.url) : [];
}

export function newsArticleSchema(facts: ArticleFacts): Thing {
  const { origin, article, locale } = facts;
  const url = origin + articleUrl(locale, article.slug);
  const images = articleImageUrls(origin, article);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: article.headline,
    ...(article.summary ? { description: article.summary } : {}),
    ...(images.length ? { image: images } : {}),
    datePublished: article.publishedAt,
    dateModified: updatedAfterPublication(article) ?? article.publishedAt,
    author: facts.authors.map((author) => ({ '@type': 'Person', name: author.name, url: origin + authorUrl(locale, author.slug) })),
    publisher: publisherSchema(facts),
    articleSection: article.section.name,
    ...(facts.tags.length ? { keywords: facts.tags.map((tag) => tag.name) } : {}),
    inLanguage: locale,
    isAccessibleForFree: true,
  };
}

export interface Crumb { name: string; path: string }

/** A BreadcrumbList; the last crumb is the page itself. */
export function breadcrumbSchema(origin: string, crumbs: Crumb[]): Thing {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: origin + crumb.path })),
  };
}

/** home › section › article */
export function articleCrumbs(facts: ArticleFacts): Crumb[] {
  const { article, locale } = facts;
  return [
    { name: facts.siteName, path: homeUrl(locale) },
    { name: article.section.name, path: sectionUrl(locale, article.section.slug) },
    { name: article.headline, path: articleUrl(locale, article.slug) },
  ];
}
