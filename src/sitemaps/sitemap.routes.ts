// Sitemaps and robots.txt, per site (by Host): GET /sitemap.xml (the index),
// /sitemaps/articles-2026-11.xml (a month's articles; -2, -3… when a month overflows),
// /sitemaps/pages.xml (home and section pages), /sitemaps/news-{locale}.xml (Google News,
// the last 48 hours) and /robots.txt. All come from the page cache, so publishing (which
// drops the site's pages) updates them; the news sitemap also expires as its window moves.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../http/errors.ts';
import { createPageResponder, type PageOutcome } from '../public/page-response.ts';
import { siteFor } from '../public/public-site.ts';
import { documentOrigin, sendDocument, type DocumentOrigin } from '../public/document-origin.ts';
import { articleSitemap, newsSitemap, pagesSitemap, sitemapIndex, type SitemapContext } from './sitemap-documents.ts';
import { MAX_URLS_PER_SITEMAP, parseSitemapFile, type SitemapFile } from './sitemap-plan.ts';
import { robotsTxt } from './robots.ts';

const XML = 'application/xml; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';

export interface SitemapOptions {
  deps: AppDeps;
  /** URLs per article sitemap before a month is split (tests make it small). */
  maxUrlsPerSitemap?: number;
}

const page = (body: string, expiresAt?: number, contentType = XML): PageOutcome =>
  ({ kind: 'page', html: body, contentType, ...(expiresAt !== undefined ? { expiresAt } : {}) });

async function renderSitemapFile(deps: AppDeps, ctx: SitemapContext, file: SitemapFile): Promise<PageOutcome> {
  switch (file.kind) {
    case 'pages': return page(await pagesSitemap(deps, ctx));
    case 'news': {
      const news = await newsSitemap(deps, ctx, file.locale);
      return page(news.xml, news.expiresAt);
    }
    case 'articles': {
      const xml = await articleSitemap(deps, ctx, file.month, file.part);
      return xml === undefined ? { kind: 'not_found' } : page(xml);
    }
  }
}

export async function sitemapRoutes(app: FastifyInstance, opts: SitemapOptions): Promise<void> {
  const { deps } = opts;
  const maxUrls = opts.maxUrlsPerSitemap ?? MAX_URLS_PER_SITEMAP;
  const pages = createPageResponder(deps);
  const xmlRoute = { compress: false as const };

  async function contextOf(request: FastifyRequest): Promise<{ ctx: SitemapContext; origin: DocumentOrigin }> {
    const site = await siteFor(deps, request);
    const origin = documentOrigin(site, deps.config.publicUrl, request);
    return { ctx: { site, origin: origin.origin, maxUrls }, origin };
  }

  app.get('/robots.txt', { compress: false }, async (request, reply) => {
    const { ctx, origin } = await contextOf(request);
    return sendDocument(pages, request, reply, ctx.site.id, '/robots.txt', origin, async () => page(robotsTxt(ctx.origin), undefined, TEXT));
  });

  app.get('/sitemap.xml', xmlRoute, async (request, reply) => {
    const { ctx, origin } = await contextOf(request);
    return sendDocument(pages, request, reply, ctx.site.id, '/sitemap.xml', origin, async () => page(await sitemapIndex(deps, ctx)));
  });

  app.get<{ Params: { file: string } }>('/sitemaps/:file', xmlRoute, async (request, reply) => {
    const file = parseSitemapFile(request.params.file);
    if (!file) throw notFound();
    const { ctx, origin } = await contextOf(request);
    if (file.kind === 'news' && !ctx.site.locales.includes(file.locale)) throw notFound();
    return sendDocument(pages, request, reply, ctx.site.id, `/sitemaps/${request.params.file}`, origin, () => renderSitemapFile(deps, ctx, file));
  });
}
