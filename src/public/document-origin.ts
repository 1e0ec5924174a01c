// The absolute origin machine documents (feeds, sitemaps, robots.txt) write their links with.
// SERAI_PUBLIC_URL (per site, site-origin.ts) when set; otherwise the request's own scheme and
// Host, because a feed or sitemap without absolute links is broken. Any Host reaches the default
// site, so a document built from the request's Host is sent privately and never cached: one copy
// per made-up Host would push real pages out of the shared page cache.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../http/errors.ts';
import type { Site } from '../sites/site.queries.ts';
import { siteOrigin } from '../sites/site-origin.ts';
import type { PageOutcome, PageResponder } from './page-response.ts';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/;

export interface DocumentOrigin { origin: string; fromRequest: boolean }

export function documentOrigin(site: Pick<Site, 'host'>, publicUrl: string | undefined, request: Pick<FastifyRequest, 'protocol' | 'host'>): DocumentOrigin {
  const configured = siteOrigin(site, publicUrl);
  if (configured) return { origin: configured, fromRequest: false };
  const host = (request.host ?? '').toLowerCase();
  // A Host that is not a plain host name (quotes, spaces, paths, user info) names no origin of ours.
  if (!HOST.test(host) || host.length > 260) throw notFound();
  return { origin: new URL(`${request.protocol === 'https' ? 'https' : 'http'}://${host}`).origin, fromRequest: true };
}

/** Cached per site and path when the origin is configured; private when it came from the request. */
export function sendDocument(
  pages: PageResponder, request: FastifyRequest, reply: FastifyReply, siteId: string, path: string,
  origin: DocumentOrigin, render: () => Promise<PageOutcome>,
): Promise<FastifyReply> {
  return origin.fromRequest ? pages.sendPrivate(request, reply, render) : pages.send(request, reply, siteId, path, render);
}
