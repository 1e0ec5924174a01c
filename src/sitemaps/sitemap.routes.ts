// Sitemaps and robots.txt, per site (by Host): GET /sitemap.xml (the index),
// /sitemaps/articles-2026-11.xml (a month's articles; -2, -3… when a month overflows),
// /sitemaps/pages.xml (home and section pages), /sitemaps/news-{locale}.xml (Google News,
// the last 48 hours) and /robots.txt. All come from the page cache, so publishing (which
// drops the site's pages) updates them; the news sitemap also expires as its window moves.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { notFound } from '../http/errors.ts';
import { createPageResponder, type PageOutcome } from '../public/page-response.ts';
import { siteFor } from '../public/public-site.ts';
import type { Site } from '../sites/site.queries.ts';
import { siteOrigin } from '../sites/site-origin.ts';
import { articleSitemap, newsSitemap, pagesSitemap, sitemapIndex, type SitemapContext } from './sitemap-documents.ts';
import { MAX_URLS_PER_SITEMAP, parseSitemapFile, type SitemapFile } from './sitemap-plan.ts';
import { robotsTxt } from './robots.ts';

const XML = 'application/xml; charset=utf-8';
const TEXT = 'text/plain; charset=utf-8';
// Linear (no nested quantifiers: the Host header is the client's to choose); URL() checks the rest.
const HOST_SHAPE = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

export interface SitemapOptions {
  deps: AppDeps;
  /** URLs per article sitemap before a month is split (tests make it small). */
  maxUrlsPerSitemap?: number;
}

/**
 * The absolute origin the documents name, and the cache key suffix that goes with it.
 * SERAI_PUBLIC_URL gives the site's origin. Without it, these machine documents (which must
 * hold absolute URLs) take the request's own scheme and Host; then the cache key carries
 * that origin, so one Host's document is never served to a request for another.
 */
function documentOrigin(deps: AppDeps, site: Site, request: FastifyRequest): { origin: string; keySuffix: string } {
  const configured = siteOrigin(site, deps.config.publicUrl);
  if (configured) return { origin: configured, keySuffix: '' };
  const host = request.headers.host ?? '';
  // Only a plain name or address with an optional port: a Host with a path, user info
  // or other oddities names no origin of ours.
  if (!HOST_SHAPE.test(host)) throw notFound();
  let origin: string;
  try {
    origin = new URL(`${request.protocol}://${host}`).origin;
  } catch {
    throw notFound();
  }
  return { origin, keySuffix: `?origin=${encodeURIComponent(origin)}` };
}

/** The page responder stores HTML's type; these answers say what they really are. */
function answerAs(type: string) {
  return async (_request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    if (reply.statusCode === 200) reply.header('content-type', type);
    return payload;
  };
}

const page = (body: string, expiresAt?: number): PageOutcome =>
  ({ kind: 'page', html: body, ...(expiresAt !== undefined ? { expiresAt } : {}) });

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
  const xmlRoute = { compress: false as const, onSend: answerAs(XML) };

  /**
   * Documents written with SERAI_PUBLIC_URL's origin are cached per site and path. Without it their
   * links come from the request's Host, and any Host maps to the default site: caching one copy per
   * Host would let made-up Host headers push real pages out of the cache, so those are sent privately.
   */
  function sendDocument(request: FastifyRequest, reply: FastifyReply, ctx: SitemapContext, keySuffix: string, path: string, render: () => Promise<PageOutcome>) {
    return keySuffix === '' ? pages.send(request, reply, ctx.site.id, path, render) : pages.sendPrivate(request, reply, render);
  }

  async function contextOf(request: FastifyRequest): Promise<{ ctx: SitemapContext; keySuffix: string }> {
    const site = await siteFor(deps, request);
    const { origin, keySuffix } = documentOrigin(deps, site, request);
    return { ctx: { site, origin, maxUrls }, keySuffix };
  }

  app.get('/robots.txt', { compress: false, onSend: answerAs(TEXT) }, async (request, reply) => {
    const { ctx, keySuffix } = await contextOf(request);
    return sendDocument(request, reply, ctx, keySuffix, '/robots.txt', async () => page(robotsTxt(ctx.origin)));
  });

  app.get('/sitemap.xml', xmlRoute, async (request, reply) => {
    const { ctx, keySuffix } = await contextOf(request);
    return sendDocument(request, reply, ctx, keySuffix, '/sitemap.xml', async () => page(await sitemapIndex(deps, ctx)));
  });

  app.get<{ Params: { file: string } }>('/sitemaps/:file', xmlRoute, async (request, reply) => {
    const file = parseSitemapFile(request.params.file);
    if (!file) throw notFound();
    const { ctx, keySuffix } = await contextOf(request);
    if (file.kind === 'news' && !ctx.site.locales.includes(file.locale)) throw notFound();
    return sendDocument(request, reply, ctx, keySuffix, `/sitemaps/${request.params.file}`, () => renderSitemapFile(deps, ctx, file));
  });
}
