// GET /{locale}/articles/{slug}: a published article, a 301 from an old slug, or 404.
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { articleUrl } from '../lib/urls.ts';
import { createPageResponder, type PageOutcome } from '../public/page-response.ts';
import { assertPlausibleSlug, loadChrome, siteAndLocale } from '../public/public-site.ts';
import type { Site } from '../sites/site.queries.ts';
import { renderDocument } from '../views/render.tsx';
import { ArticlePage } from './ArticlePage.tsx';
import { findPublishedArticle, findSlugRedirect, listArticleTags, listBylines } from './published-article.queries.ts';

async function renderArticle(deps: AppDeps, site: Site, locale: string, slug: string): Promise<PageOutcome> {
  const article = await findPublishedArticle(deps.db, site.id, locale, slug);
  if (!article) {
    const moved = await findSlugRedirect(deps.db, site.id, locale, slug);
    return moved ? { kind: 'redirect', location: articleUrl(moved.locale, moved.slug) } : { kind: 'not_found' };
  }
  const [chrome, bylines, tags] = await Promise.all([
    loadChrome(deps, site, locale),
    listBylines(deps.db, [article.id]),
    listArticleTags(deps.db, [article.id]),
  ]);
  const html = renderDocument(<ArticlePage chrome={chrome} article={article} authors={bylines.get(article.id) ?? []} tags={tags.get(article.id) ?? []} />);
  return { kind: 'page', html };
}

export async function articlePageRoutes(app: FastifyInstance, opts: { deps: AppDeps }): Promise<void> {
  const { deps } = opts;
  const pages = createPageResponder(deps);
  app.get<{ Params: { locale: string; slug: string } }>('/:locale/articles/:slug', { compress: false }, async (request, reply) => {
    const { locale, slug } = request.params;
    const site = await siteAndLocale(deps, request, locale);
    assertPlausibleSlug(slug);
    return pages.send(request, reply, site.id, articleUrl(locale, slug), () => renderArticle(deps, site, locale, slug));
  });
}
