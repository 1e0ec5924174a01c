// Each sitemap document of one site, from its published articles and sections. Pure of
// HTTP: the routes pick the site and the origin (absolute URLs) and cache the result.
import type { AppDeps } from '../app-deps.ts';
import { hreflangLinks, siteWideVersions, translationVersions, type PublishedTranslation } from '../i18n/page-versions.ts';
import { articleUrl, homeUrl, sectionUrl } from '../lib/urls.ts';
import type { Site } from '../sites/site.queries.ts';
import { newsLanguage } from './news-language.ts';
import { articleSitemapName, planArticleSitemaps } from './sitemap-plan.ts';
import {
  listArticleMonths, listArticlesOfMonth, listGroupTranslations, listNewsArticles, listSectionLastmods, listSiteSectionSlugs,
} from './sitemap.queries.ts';
import { newsUrlsetXml, sitemapIndexXml, urlsetXml, type UrlEntry } from './sitemap-xml.ts';

/** Google News lists articles of the last two days only, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const MAX_NEWS_URLS = 1000;

type Deps = Pick<AppDeps, 'db' | 'clock'>;
type SiteFacts = Pick<Site, 'id' | 'name' | 'locales' | 'defaultLocale'>;
/** Where the documents are, for absolute URLs, and how many URLs one article sitemap may hold. */
export interface SitemapContext { site: SiteFacts; origin: string; maxUrls: number }

export async function sitemapIndex(deps: Deps, ctx: SitemapContext): Promise<string> {
  const months = await listArticleMonths(deps.db, ctx.site.id, ctx.site.locales);
  const parts = planArticleSitemaps(months, ctx.maxUrls);
  return sitemapIndexXml([
    { loc: `${ctx.origin}/sitemaps/pages.xml` },
    ...ctx.site.locales.map((locale) => ({ loc: `${ctx.origin}/sitemaps/news-${encodeURIComponent(locale)}.xml` })),
    ...parts.map((p) => ({ loc: `${ctx.origin}/sitemaps/${p.name}.xml`, lastmod: p.lastmod })),
  ]);
}

/** One part of a month's article sitemap; undefined when the part does not exist. */
export async function articleSitemap(deps: Deps, ctx: SitemapContext, month: string, part: number): Promise<string | undefined> {
  const months = await listArticleMonths(deps.db, ctx.site.id, ctx.site.locales);
  const planned = planArticleSitemaps(months, ctx.maxUrls).find((p) => p.name === articleSitemapName(month, part));
  if (!planned) return undefined;
  const articles = await listArticlesOfMonth(deps.db, ctx.site.id, ctx.site.locales, month, planned.limit, planned.offset);
  const translations = await listGroupTranslations(deps.db, ctx.site.id, articles.map((a) => a.translationGroupId));
  const byGroup = new Map<string, PublishedTranslation[]>();
  for (const t of translations) byGroup.set(t.groupId, [...(byGroup.get(t.groupId) ?? []), t]);
  return urlsetXml(articles.map((article): UrlEntry => {
    const path = articleUrl(article.locale, article.slug);
    // The same versions and x-default the article page's own hreflang links name.
    const versions = translationVersions(ctx.site, article.translationGroupId, byGroup.get(article.translationGroupId) ?? []);
    return {
      loc: `${ctx.origin}${path}`,
      lastmod: article.contentUpdatedAt ?? article.publishedAt,
      alternates: hreflangLinks(versions, ctx.origin, { locale: article.locale, path }),
    };
  }));
}

/** Home and section pages in every locale, each with its versions in the other locales. */
export async function pagesSitemap(deps: Deps, ctx: SitemapContext): Promise<string> {
  const { site, origin } = ctx;
  const sections = await listSiteSectionSlugs(deps.db, site.id);
  const lastmods = await listSectionLastmods(deps.db, site.id, site.locales);
  const latest = (match: (r: { sectionId: string; locale: string }) => boolean) =>
    lastmods.filter(match).map((r) => r.lastmod).sort().at(-1);
  const entries: UrlEntry[] = [];
  const add = (locale: string, pathIn: (l: string) => string, lastmod: string | undefined) => {
    const path = pathIn(locale);
    entries.push({ loc: `${origin}${path}`, lastmod, alternates: hreflangLinks(siteWideVersions(site, pathIn), origin, { locale, path }) });
  };
  for (const locale of site.locales) add(locale, homeUrl, latest((r) => r.locale === locale));
  for (const section of sections) {
    for (const locale of site.locales) {
      add(locale, (l) => sectionUrl(l, section.slug), latest((r) => r.locale === locale && r.sectionId === section.id));
    }
  }
  return urlsetXml(entries);
}

/**
 * The Google News sitemap of one locale: articles published in the last 48 hours. The
 * answer goes stale when its oldest article leaves the window, so it says when that is
 * (`expiresAt`); publishing drops the site's cached pages, this one included.
 */
export async function newsSitemap(deps: Deps, ctx: SitemapContext, locale: string): Promise<{ xml: string; expiresAt?: number }> {
  const now = deps.clock.now().getTime();
  const since = new Date(now - NEWS_WINDOW_MS).toISOString();
  const articles = await listNewsArticles(deps.db, ctx.site.id, locale, since, MAX_NEWS_URLS);
  const language = newsLanguage(locale);
  const xml = newsUrlsetXml(articles.map((a) => ({
    loc: `${ctx.origin}${articleUrl(locale, a.slug)}`, publicationName: ctx.site.name, language, publishedAt: a.publishedAt, title: a.headline,
  })));
  const oldest = articles.at(-1);
  return { xml, ...(oldest ? { expiresAt: Date.parse(oldest.publishedAt) + NEWS_WINDOW_MS } : {}) };
}
