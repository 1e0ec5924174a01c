// GET /{locale}/authors/{slug}: the author's name and bio, then their published articles.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { authorUrl } from '../lib/urls.ts';
import { registerListingRoute } from '../public/listing-route.tsx';
import { findAuthorBySlug } from './author-page.queries.ts';
import { AuthorPage } from './AuthorPage.tsx';

export async function authorPageRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  registerListingRoute(app, opts.deps, {
    pattern: '/:locale/authors/:slug',
    urlOf: authorUrl,
    find: (deps, siteId, _locale, slug) => findAuthorBySlug(deps.db, siteId, slug),
    filter: (author) => ({ authorId: author.id }),
    view: (listing, author) => <AuthorPage listing={listing} author={author} />,
  });
}
