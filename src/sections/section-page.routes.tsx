// GET /{locale}/sections/{slug}: the section's published articles, newest first, paginated.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { siteWideVersions } from '../i18n/page-versions.ts';
import { sectionUrl } from '../lib/urls.ts';
import { registerListingRoute } from '../public/listing-route.tsx';
import { sectionKey } from '../cdn/surrogate-keys.ts';
import { findSectionBySlug } from './section-page.queries.ts';
import { SectionPage } from './SectionPage.tsx';

export async function sectionPageRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  registerListingRoute(app, opts.deps, {
    pattern: '/:locale/sections/:slug',
    urlOf: sectionUrl,
    find: (deps, siteId, locale, slug) => findSectionBySlug(deps.db, siteId, locale, slug),
    filter: (section) => ({ sectionId: section.id }),
    surrogateKeys: (section) => [sectionKey(section.id)],
    view: (listing, section) => <SectionPage listing={listing} section={section} />,
    // A section exists in every locale of the site (named by its per-locale label).
    versions: (_deps, site, section) => siteWideVersions(site, (locale) => sectionUrl(locale, section.slug)),
  });
}
