import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createPageCache } from '../http/cache.ts';
import { createLocalEventBus, type EventBus } from './event-bus.ts';
import { distributedPageCache } from './distributed-page-cache.ts';
import { openRedisEventBus } from './redis-event-bus.ts';
import type { CdnPurger } from '../cdn/purger.ts';
import { deleteKeys, redisTestUrl, sharedRedisUrls, uniquePrefix, waitFor } from '../../test/redis.ts';

const page = { body: '<p>x</p>', contentType: 'text/html', status: 200 };
const recordingPurger = () => {
  const purged: string[][] = [];
  return { purged, purger: { purge: (keys: readonly string[]) => { purged.push([...keys]); } } satisfies CdnPurger };
};
const buses: EventBus[] = [];
afterEach(async () => { await Promise.all(buses.splice(0).map((b) => b.close())); });

describe('distributed page cache on one node (in-process bus)', () => {
  it('invalidates locally and purges the CDN by site and by article', () => {
    const bus = createLocalEventBus();
    buses.push(bus);
    const { purged, purger } = recordingPurger();
    const cache = distributedPageCache(createPageCache({ enabled: true }), bus, purger);
    cache.set('s1', '/en/a', page);
    cache.set('s1', '/en/b', page);
    cache.invalidatePage('s1', '/en/a', 'art-1');
    expect(cache.get('s1', '/en/a')).toBeUndefined();
    expect(cache.get('s1', '/en/b')).toBeDefined();
    cache.invalidatePage('s1', '/en/b'); // no article id: nothing to name to the CDN
    cache.invalidateSite('s2');
    expect(purged).toEqual([['article-art-1'], ['site-s2']]);
  });

  it('drops every page on resync', () => {
    const resyncs: Array<() => void> = [];
    const bus: EventBus = { ...createLocalEventBus(), onResync: (h) => { resyncs.push(h); return () => undefined; } };
    const cache = distributedPageCache(createPageCache({ enabled: true }), bus, recordingPurger().purger);
    cache.set('s1', '/', page);
    const before = cache.generation('s2', '/');
    resyncs.forEach((h) => h());
    expect(cache.get('s1', '/')).toBeUndefined();
    // A render that started before the resync is not stored after it.
    cache.set('s2', '/', page, before);
    expect(cache.get('s2', '/')).toBeUndefined();
  });
});

describe.each(sharedRedisUrls)('distributed page cache across two nodes (Redis at %s)', () => {
  const prefix = uniquePrefix();
  afterAll(async () => { await deleteKeys(redisTestUrl!, prefix); });

  it("an invalidation on node A drops node B's page; only A purges", async () => {
    const busA = openRedisEventBus({ url: redisTestUrl!, prefix });
    const busB = openRedisEventBus({ url: redisTestUrl!, prefix });
    buses.push(busA, busB);
    await waitFor(() => busA.status() === 'connected' && busB.status() === 'connected', 5000, 'buses connected');
    const a = recordingPurger();
    const b = recordingPurger();
    const cacheA = distributedPageCache(createPageCache({ enabled: true }), busA, a.purger);
    const cacheB = distributedPageCache(createPageCache({ enabled: true }), busB, b.purger);
    for (const cache of [cacheA, cacheB]) {
      cache.set('s1', '/en/story', page);
      cache.set('s1', '/en/other', page);
      cache.set('s2', '/', page);
    }
    cacheA.invalidatePage('s1', '/en/story?page=2', 'art-9');
    await waitFor(() => cacheB.get('s1', '/en/story') === undefined, 5000, 'page dropped on B');
    expect(cacheB.get('s1', '/en/other')).toBeDefined();
    cacheA.invalidateSite('s2');
    await waitFor(() => cacheB.get('s2', '/') === undefined, 5000, 'site dropped on B');
    expect(cacheB.get('s1', '/en/other')).toBeDefined();
    expect(a.purged).toEqual([['article-art-9'], ['site-s2']]);
    expect(b.purged).toEqual([]);
  });
});
