// GET /{locale}/tags/{slug}: published articles with the tag, newest first, paginated.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
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
    view: (listing, tag) => <TagPage listing={listing} tag={tag} />,
  });
}
