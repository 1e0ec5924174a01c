// GET /{locale}/tags/{slug}: published articles with the tag, newest first, paginated.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { listLocalesWithPublished } from '../articles/published-article.queries.ts';
import { relatedLists } from '../i18n/page-versions.ts';
import { tagUrl } from '../lib/urls.ts';
import { registerListingRoute } from '../public/listing-route.tsx';
import { findTagBySlug } from './tag-page.queries.ts';
import { TagPage } from './TagPage.tsx';

export async function tagPageRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  registerListingRoute(app, opts.deps, {
    pattern: '/:locale/tags/:slug',
    urlOf: tagUrl,
    find: (deps, siteId, _locale, slug) => findTagBySlug(deps.db, siteId, slug),
    filter: (tag) => ({ tagId: tag.id }),
    // The switcher goes to the same list in the locales that have articles for it, else to that locale's home.
    versions: async (deps, site, tag) => ({ alternates: {}, related: relatedLists(await listLocalesWithPublished(deps.db, site.id, { tagId: tag.id }), (locale) => tagUrl(locale, tag.slug)) }),
    view: (listing, tag) => <TagPage listing={listing} tag={tag} />,
  });
}
