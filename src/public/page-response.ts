// The one way public pages are answered: from the page cache when it holds the
// page, else rendered (once, however many readers ask at the same moment) and
// stored. Every answer carries a strong ETag and Cache-Control, a matching
// If-None-Match gets 304, and bodies are compressed once per cached page.
// Shared answers also tell a CDN how long to keep them (s-maxage, stale-while-revalidate)
// and which surrogate keys name them, so a purge by article, section or site drops them.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppDeps } from '../app-deps.ts';
import { allVariantEtags, encodedBody, etagOf, etagMatches, preferredCoding, variantEtag, type CachedPage, type ContentCoding, type NewPage } from '../http/cache.ts';
import { notFound } from '../http/errors.ts';
import { siteKey } from '../cdn/surrogate-keys.ts';
import type { Config } from '../config.ts';

/** A CDN may keep serving its copy this long while Serai answers errors or is unreachable (RFC 5861). */
export const STALE_IF_ERROR_SECONDS = 86_400;

/**
 * Browsers keep a shared page a minute; a CDN as configured (with purging, that can be hours).
 * `freshForSeconds` caps both for a page that changes by itself then (its comments close): no purge
 * announces that moment, so no copy may outlive it.
 */
export function publicCacheControl(config: Pick<Config, 'cdnMaxAgeSeconds' | 'staleWhileRevalidateSeconds'>, freshForSeconds = Infinity): string {
  const cap = (seconds: number) => Math.max(0, Math.min(seconds, freshForSeconds));
  return `public, max-age=${cap(60)}, s-maxage=${cap(config.cdnMaxAgeSeconds)}, stale-while-revalidate=${config.staleWhileRevalidateSeconds}, stale-if-error=${STALE_IF_ERROR_SECONDS}`;
}
const HTML = 'text/html; charset=utf-8';
/** Below this, compression costs more than it saves (the global compress plugin uses the same). */
const COMPRESS_THRESHOLD = 1024;

export type PageOutcome =
  /** `contentType` defaults to HTML; feeds and sitemaps name their own (the body is still text). */
  | {
    kind: 'page'; html: string; expiresAt?: number; contentType?: string;
    /** CDN keys beyond the site's (always added): the article's, the section's (src/cdn/surrogate-keys.ts). */
    surrogateKeys?: string[];
  }
  | { kind: 'redirect'; location: string }
  | { kind: 'not_found' };

export const PRIVATE_CACHE_CONTROL = 'private, no-store';

export interface SendOptions {
  /**
   * The page differs for readers with the reader cookie (their vote, their pending comments):
   * browsers must not answer from a copy fetched before the cookie changed.
   */
  varyOnCookie?: boolean;
}

export interface PageResponder {
  /** `key` identifies the page within the site: its canonical path plus any query that changes it. */
  send(request: FastifyRequest, reply: FastifyReply, siteId: string, key: string, render: () => Promise<PageOutcome>, options?: SendOptions): Promise<FastifyReply>;
  /** Renders for this reader alone: never stored, never shared (`Cache-Control: private, no-store`). */
  sendPrivate(request: FastifyRequest, reply: FastifyReply, render: () => Promise<PageOutcome>, status?: number): Promise<FastifyReply>;
}

/** `siteId` given: a shared page, whose surrogate keys (the site's first) are settled once here, not per answer. */
function toNewPage(outcome: Exclude<PageOutcome, { kind: 'not_found' }>, siteId?: string): NewPage {
  return outcome.kind === 'page'
    ? {
      status: 200, body: outcome.html, contentType: outcome.contentType ?? HTML,
      ...(outcome.expiresAt !== undefined ? { expiresAt: outcome.expiresAt } : {}),
      ...(siteId !== undefined ? { surrogateKeys: [...new Set([siteKey(siteId), ...(outcome.surrogateKeys ?? [])])] } : {}),
    }
    : { status: 301, body: '', contentType: HTML, location: outcome.location };
}

/** `Surrogate-Key` (Fastly, space-separated) and `Cache-Tag` (Cloudflare and others, comma-separated): the same keys. */
function sendSurrogateKeys(reply: FastifyReply, siteId: string, page: CachedPage): void {
  const keys = page.surrogateKeys ?? [siteKey(siteId)];
  reply.header('surrogate-key', keys.join(' ')).header('cache-tag', keys.join(','));
}

function sendPage(request: FastifyRequest, reply: FastifyReply, page: CachedPage, options: SendOptions, cacheControl: string): FastifyReply {
  reply.header('cache-control', cacheControl);
  if (page.status !== 200) {
    // Preconditions apply to 2xx answers only (RFC 9110 13.2.1): a redirect is just sent.
    if (page.location) reply.header('location', page.location);
    return reply.code(page.status).type(page.contentType).send(page.body);
  }
  const wanted = preferredCoding(request.headers['accept-encoding']);
  const plain = encodedBody(page, 'identity');
  const coding = wanted && plain.length >= COMPRESS_THRESHOLD ? wanted : undefined;
  reply.header('vary', options.varyOnCookie ? 'Accept-Encoding, Cookie' : 'Accept-Encoding').header('etag', variantEtag(page.etag, coding));
  const known = allVariantEtags(page.etag);
  if (etagMatches(request.headers['if-none-match'], known)) return reply.code(304).send();
  reply.code(200).type(page.contentType);
  if (!coding) return reply.send(plain);
  return reply.header('content-encoding', coding).send(encodedBody(page, coding));
}

export function createPageResponder(deps: Pick<AppDeps, 'pageCache' | 'config' | 'metrics' | 'clock'>): PageResponder {
  const cache = deps.pageCache;
  const sharedCacheControl = publicCacheControl(deps.config);
  const inFlight = new Map<string, Promise<CachedPage | undefined>>();

  async function render(siteId: string, key: string, renderPage: () => Promise<PageOutcome>): Promise<CachedPage | undefined> {
    const generation = cache.generation(siteId, key);
    const outcome = await renderPage();
    // Missing pages are not stored: arbitrary URLs would push real pages out of the cache.
    if (outcome.kind === 'not_found') return undefined;
    return cache.set(siteId, key, toNewPage(outcome, siteId), generation);
  }

  function renderOnce(siteId: string, key: string, renderPage: () => Promise<PageOutcome>): Promise<CachedPage | undefined> {
    // With the cache off every request renders (that is what the setting is for).
    if (!cache.enabled) return render(siteId, key, renderPage);
    const flight = `${siteId}\u0000${cache.generation(siteId, key)}\u0000${key}`;
    let pending = inFlight.get(flight);
    if (!pending) {
      pending = render(siteId, key, renderPage).finally(() => inFlight.delete(flight));
      inFlight.set(flight, pending);
    }
    return pending;
  }

  return {
    async send(request, reply, siteId, key, renderPage, options) {
      const cached = cache.get(siteId, key);
      if (cache.enabled) deps.metrics.pageCacheLookup(cached !== undefined);
      const page = cached ?? (await renderOnce(siteId, key, renderPage));
      if (!page) throw notFound();
      sendSurrogateKeys(reply, siteId, page);
      const cacheControl = page.expiresAt === undefined
        ? sharedCacheControl
        : publicCacheControl(deps.config, Math.floor((page.expiresAt - deps.clock.now().getTime()) / 1000));
      return sendPage(request, reply, page, options ?? {}, cacheControl);
    },
    async sendPrivate(request, reply, renderPage, status = 200) {
      const outcome = await renderPage();
      if (outcome.kind === 'not_found') throw notFound();
      const page: CachedPage = { ...toNewPage(outcome), etag: etagOf(outcome.kind === 'page' ? outcome.html : outcome.location) };
      if (page.status === 200) page.status = status;
      return sendPage(request, reply, page, { varyOnCookie: true }, PRIVATE_CACHE_CONTROL);
    },
  };
}
