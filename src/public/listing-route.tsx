// Registers a GET /{locale}/<kind>/{slug} list page (section, tag, author): site and
// locale check, ?page validation, page cache, 404 for unknown slugs and pages.
import type { FastifyInstance } from 'fastify';
import type { VNode } from 'preact';
import type { AppDeps } from '../app-deps.ts';
import type { ListingFilter } from '../articles/published-article.queries.ts';
import { notFound } from '../http/errors.ts';
import type { PageVersions } from '../i18n/page-versions.ts';
import type { Site } from '../sites/site.queries.ts';
import { renderDocument } from '../views/render.tsx';
import { loadListing, type ListingData } from './listing.ts';
import { createPageResponder } from './page-response.ts';
import { pageHref, requestedPage } from './pagination.ts';
import { assertPlausibleSlug, siteAndLocale } from './public-site.ts';

export interface ListingRoute<T> {
  /** Route pattern with :locale and :slug, e.g. /:locale/tags/:slug */
  pattern: string;
  urlOf(locale: string, slug: string): string;
  find(deps: AppDeps, siteId: string, locale: string, slug: string): Promise<T | undefined>;
  filter(entity: T): ListingFilter;
  view(listing: ListingData, entity: T): VNode;
  /** The same list in the site's other locales, for the language switcher and hreflang (issue 5). */
  versions?(deps: AppDeps, site: Site, entity: T): Promise<PageVersions> | PageVersions;
  /** CDN surrogate keys naming this list besides the site's (a section's key). */
  surrogateKeys?(entity: T): string[];
}

export function registerListingRoute<T>(app: FastifyInstance, deps: AppDeps, route: ListingRoute<T>): void {
  const pages = createPageResponder(deps);
  app.get<{ Params: { locale: string; slug: string } }>(route.pattern, { compress: false }, async (request, reply) => {
    const { locale, slug } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    assertPlausibleSlug(slug);
    const page = requestedPage(request.query);
    if (page === undefined) throw notFound();
    return pages.send(request, reply, site.id, pageHref(route.urlOf(locale, slug), page), async () => {
      const entity = await route.find(deps, site.id, locale, slug);
      const listing = entity && (await loadListing(deps, site, locale, route.filter(entity), page));
      if (!entity || !listing) return { kind: 'not_found' };
      if (route.versions) listing.chrome.versions = await route.versions(deps, site, entity);
      return { kind: 'page', html: renderDocument(route.view(listing, entity)), ...(route.surrogateKeys ? { surrogateKeys: route.surrogateKeys(entity) } : {}) };
    });
  });
}
