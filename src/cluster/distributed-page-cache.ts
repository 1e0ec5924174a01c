// One node's page cache, kept in step with the other nodes' through the event bus.
// An invalidation made here applies at once, goes to the other nodes as a message and
// asks the CDN to drop the pages (only here: the node where the change happened purges,
// so a change is purged once, not once per node). Messages from other nodes apply
// locally only. When the bus reconnects after an outage, invalidations may have been
// missed, so every page is dropped (a burst of renders beats serving stale pages).
import type { PageCache } from '../http/cache.ts';
import type { EventBus } from './event-bus.ts';
import type { CdnPurger } from '../cdn/purger.ts';
import { articleKey, siteKey } from '../cdn/surrogate-keys.ts';

export interface DistributedPageCache extends PageCache {
  /** Stops listening to the bus (the bus itself is closed by its owner). */
  detach(): void;
}

export function distributedPageCache(cache: PageCache, events: EventBus, purger: CdnPurger): DistributedPageCache {
  const unsubscribe = events.subscribe((message, origin) => {
    // Local messages were applied (and purged) by the methods below before publishing.
    if (origin !== 'remote') return;
    if (message.type === 'invalidate-site') cache.invalidateSite(message.siteId);
    else if (message.type === 'invalidate-page') cache.invalidatePage(message.siteId, message.path);
  });
  const stopResync = events.onResync(() => cache.invalidateAll());
  return {
    get enabled() { return cache.enabled; },
    get: (siteId, key) => cache.get(siteId, key),
    set: (siteId, key, page, renderedAtGeneration) => cache.set(siteId, key, page, renderedAtGeneration),
    generation: (siteId, key) => cache.generation(siteId, key),
    invalidateSite(siteId) {
      cache.invalidateSite(siteId);
      events.publish({ type: 'invalidate-site', siteId });
      purger.purge([siteKey(siteId)]);
    },
    invalidatePage(siteId, path, articleId) {
      cache.invalidatePage(siteId, path);
      events.publish({ type: 'invalidate-page', siteId, path });
      // Without an article id the CDN copy ages out by s-maxage (no key names the page alone).
      if (articleId !== undefined) purger.purge([articleKey(articleId)]);
    },
    invalidateAll: () => cache.invalidateAll(),
    detach() {
      unsubscribe();
      stopResync();
    },
  };
}
