// Rendered public pages, kept in process until content of their site changes.
// Invalidation bumps a per-site generation, so every page of the site is dropped
// at once: the home page, section lists and article pages all show the change.
// A change that shows on one page only (a comment, a vote) bumps that page's own
// generation instead; its key is the path, so every query variant goes with it.
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';

export interface CachedPage {
  body: string;
  etag: string;
  contentType: string;
  status: number;
  /** Target of a cached redirect (status 301). */
  location?: string;
  /** Epoch ms after which the page must be rendered again (e.g. its comments close by themselves then). */
  expiresAt?: number;
  /** CDN surrogate keys the page is sent with (src/cdn/surrogate-keys.ts), besides its site's key. */
  surrogateKeys?: string[];
  /** Body bytes per coding, filled on first use so a cached page is encoded and compressed once, not per request. */
  encoded?: { identity?: Buffer; br?: Buffer; gzip?: Buffer };
}

export type NewPage = Omit<CachedPage, 'etag' | 'encoded'>;

export interface PageCache {
  get(siteId: string, key: string): CachedPage | undefined;
  /**
   * Stores a page (when enabled) and returns it with its ETag. Pass the generation read
   * before rendering: if the site was invalidated meanwhile, the page may be stale and is not stored.
   */
  set(siteId: string, key: string, page: NewPage, renderedAtGeneration?: string): CachedPage;
  /** Changes whenever this page (or its whole site) is invalidated; pass it back to set(). */
  generation(siteId: string, key: string): string;
  invalidateSite(siteId: string): void;
  /**
   * Drops one page (the path without query, so every query variant of it) of the site.
   * `articleId`, when the page is an article's, lets a shared cache purge it from the CDN too.
   */
  invalidatePage(siteId: string, path: string, articleId?: string): void;
  /** Drops every page of every site: after missing invalidations (the cluster bus reconnected). */
  invalidateAll(): void;
  readonly enabled: boolean;
}

export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

/**
 * What a stored page is taken to cost in memory: the body as a string (up to two bytes a
 * character), its UTF-8 bytes, and the compressed copies made on first use.
 */
export function pageCost(identityBytes: number): number {
  return Math.ceil(identityBytes * 2.5) + 512;
}

export interface PageCacheOptions {
  enabled: boolean;
  maxEntries?: number;
  /** Upper bound on the memory the stored pages take (pageCost), so a node's size stays predictable. */
  maxBytes?: number;
  now?: () => number;
}

export function createPageCache(options: PageCacheOptions): PageCache {
  const now = options.now ?? Date.now;
  const maxEntries = options.maxEntries ?? 5000;
  const maxBytes = options.maxBytes ?? 32 * 1024 * 1024;
  const entries = new Map<string, CachedPage>();
  const costs = new Map<string, number>();
  let usedBytes = 0;
  const remove = (k: string) => {
    usedBytes -= costs.get(k) ?? 0;
    costs.delete(k);
    entries.delete(k);
  };
  const store = (k: string, page: CachedPage, cost: number) => {
    remove(k);
    entries.set(k, page);
    costs.set(k, cost);
    usedBytes += cost;
    // Least recently used first: Map keeps insertion order and get() re-inserts.
    while (entries.size > 0 && (entries.size > maxEntries || usedBytes > maxBytes)) remove(entries.keys().next().value!);
  };
  const generations = new Map<string, number>();
  const pageGenerations = new Map<string, number>();
  const siteGeneration = (siteId: string) => generations.get(siteId) ?? 0;
  const pathOf = (key: string) => key.split('?', 1)[0]!;
  let epoch = 0; // bumped by invalidateAll, so pages rendered before it are not stored after it
  const generation = (siteId: string, key: string) =>
    `${epoch}.${siteGeneration(siteId)}.${pageGenerations.get(`${siteId}\u0000${pathOf(key)}`) ?? 0}`;
  // Entries of an older generation are never read again and age out of the LRU order.
  const fullKey = (siteId: string, key: string) => `${siteId}\u0000${generation(siteId, key)}\u0000${key}`;
  return {
    enabled: options.enabled,
    get(siteId, key) {
      if (!options.enabled) return undefined;
      const k = fullKey(siteId, key);
      const page = entries.get(k);
      if (page?.expiresAt !== undefined && page.expiresAt <= now()) {
        remove(k);
        return undefined;
      }
      if (page) {
        entries.delete(k); // keep most recently used last
        entries.set(k, page);
      }
      return page;
    },
    set(siteId, key, page, renderedAtGeneration) {
      // The bytes are needed to answer anyway: encode once, hash the bytes.
      const identity = Buffer.from(page.body);
      const cached: CachedPage = { ...page, etag: etagOf(identity), encoded: { identity } };
      if (!options.enabled) return cached;
      if (renderedAtGeneration !== undefined && renderedAtGeneration !== generation(siteId, key)) return cached;
      const cost = pageCost(identity.length);
      // A page bigger than the whole budget is answered, not stored.
      if (cost <= maxBytes) store(fullKey(siteId, key), cached, cost);
      return cached;
    },
    generation,
    invalidateSite(siteId) {
      generations.set(siteId, siteGeneration(siteId) + 1);
      const prefix = `${siteId}\u0000`;
      for (const k of [...entries.keys()]) if (k.startsWith(prefix)) remove(k);
      for (const k of pageGenerations.keys()) if (k.startsWith(prefix)) pageGenerations.delete(k);
    },
    invalidatePage(siteId, path) {
      const pageKey = `${siteId}\u0000${pathOf(path)}`;
      pageGenerations.set(pageKey, (pageGenerations.get(pageKey) ?? 0) + 1);
      // Bounded: past the limit, forgetting page generations safely means dropping the whole site.
      if (pageGenerations.size > maxEntries * 10) this.invalidateSite(siteId);
    },
    invalidateAll() {
      epoch++;
      entries.clear();
      costs.clear();
      usedBytes = 0;
      pageGenerations.clear();
    },
  };
}

export type ContentCoding = 'br' | 'gzip';

/** The body as bytes in the given coding (plain UTF-8 for 'identity'), computed once and kept on the entry. */
export function encodedBody(page: CachedPage, coding: ContentCoding | 'identity'): Buffer {
  page.encoded ??= {};
  const existing = page.encoded[coding];
  if (existing) return existing;
  const raw = page.encoded.identity ??= Buffer.from(page.body);
  if (coding === 'identity') return raw;
  // Brotli quality 5 compresses nearly as well as 11 on HTML at a fraction of the CPU,
  // which matters when the cache is off and every request compresses.
  const made = coding === 'br'
    ? brotliCompressSync(raw, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length } })
    : gzipSync(raw, { level: 6 });
  page.encoded[coding] = made;
  return made;
}

/** Picks br or gzip from Accept-Encoding (q=0 excludes), or undefined for identity. */
export function preferredCoding(acceptEncoding: string | undefined): ContentCoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.toLowerCase().split(',')) {
    const [name, ...params] = part.trim().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) accepted.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const quality = (coding: string) => accepted.get(coding) ?? accepted.get('*') ?? 0;
  const br = quality('br');
  const gzip = quality('gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : undefined;
}

/** A strong ETag per content coding: caches must not treat gzip and br bytes as the same entity. */
export function variantEtag(etag: string, coding: ContentCoding | undefined): string {
  return coding ? `${etag.slice(0, -1)}-${coding}"` : etag;
}

/** Every ETag a stored body may have been sent with, in any coding. */
export function allVariantEtags(etag: string): string[] {
  return [etag, variantEtag(etag, 'br'), variantEtag(etag, 'gzip')];
}

/** Weak comparison, as If-None-Match requires (RFC 9110 13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etags: readonly string[]): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = new Set(etags.map(opaque));
  return ifNoneMatch.split(',').some((tag) => wanted.has(opaque(tag)));
}
