// Rendered public pages, kept in process until content of their site changes.
// Invalidation bumps a per-site generation, so every page of the site is dropped
// at once: the home page, section lists and article pages all show the change.
import { createHash } from 'node:crypto';

export interface CachedPage {
  body: string;
  etag: string;
  contentType: string;
  status: number;
}

export interface PageCache {
  get(siteId: string, key: string): CachedPage | undefined;
  set(siteId: string, key: string, page: Omit<CachedPage, 'etag'>): CachedPage;
  invalidateSite(siteId: string): void;
  readonly enabled: boolean;
}

export function etagOf(body: string): string {
  return `"${createHash('sha1').update(body).digest('base64url')}"`;
}

export function createPageCache(options: { enabled: boolean; maxEntries?: number }): PageCache {
  const maxEntries = options.maxEntries ?? 5000;
  const entries = new Map<string, CachedPage>();
  const generations = new Map<string, number>();
  const fullKey = (siteId: string, key: string) => `${siteId}\u0000${generations.get(siteId) ?? 0}\u0000${key}`;
  return {
    enabled: options.enabled,
    get(siteId, key) {
      if (!options.enabled) return undefined;
      const k = fullKey(siteId, key);
      const page = entries.get(k);
      if (page) {
        entries.delete(k); // keep most recently used last
        entries.set(k, page);
      }
      return page;
    },
    set(siteId, key, page) {
      const cached = { ...page, etag: etagOf(page.body) };
      if (!options.enabled) return cached;
      entries.set(fullKey(siteId, key), cached);
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      return cached;
    },
    invalidateSite(siteId) {
      generations.set(siteId, (generations.get(siteId) ?? 0) + 1);
      const prefix = `${siteId}\u0000`;
      for (const k of entries.keys()) if (k.startsWith(prefix)) entries.delete(k);
    },
  };
}
