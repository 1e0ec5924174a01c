// GET /{locale}/authors/{slug}: the author's name and bio, then their published articles.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { listLocalesWithPublished } from '../articles/published-article.queries.ts';
import { relatedLists } from '../i18n/page-versions.ts';
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
    // The switcher goes to the same list in the locales that have articles for it, else to that locale's home.
    versions: async (deps, site, author) => ({ alternates: {}, related: relatedLists(await listLocalesWithPublished(deps.db, site.id, { authorId: author.id }), (locale) => authorUrl(locale, author.slug)) }),
    view: (listing, author) => <AuthorPage listing={listing} author={author} />,
  });
}
