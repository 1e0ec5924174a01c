// The absolute origin feed links are written with. SERAI_PUBLIC_URL (per site, site-origin.ts)
// when set; otherwise the request's own scheme and Host, because a feed without absolute
// links is broken in every reader. Such a feed differs per Host, so its page-cache key
// carries the origin (feedCacheKey): one reader's Host never reaches another host's readers.
import type { FastifyRequest } from 'fastify';
import { notFound } from '../http/errors.ts';
import type { Site } from '../sites/site.queries.ts';
import { siteOrigin } from '../sites/site-origin.ts';

const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?(?::\d{1,5})?$|^\[[0-9a-f:.]+\](?::\d{1,5})?$/;

export interface FeedOrigin { origin: string; fromRequest: boolean }

export function feedOrigin(site: Pick<Site, 'host'>, publicUrl: string | undefined, request: Pick<FastifyRequest, 'protocol' | 'host'>): FeedOrigin {
  const configured = siteOrigin(site, publicUrl);
  if (configured) return { origin: configured, fromRequest: false };
  const host = (request.host ?? '').toLowerCase();
  // A Host that is not a plain host name (quotes, spaces, paths) must not be written into XML links.
  if (!HOST.test(host) || host.length > 260) throw notFound();
  return { origin: new URL(`${request.protocol === 'https' ? 'https' : 'http'}://${host}`).origin, fromRequest: true };
}

/** The page-cache key of a feed: its path, plus the origin when that came from the request. */
export function feedCacheKey(path: string, origin: FeedOrigin): string {
  // After `?`: the cache's per-page invalidation keys on the path before it, which stays the feed's path.
  return origin.fromRequest ? `${path}?origin=${encodeURIComponent(origin.origin)}` : path;
}
