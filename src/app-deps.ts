import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { PageCache } from './http/cache.ts';
import type { Clock } from './lib/clock.ts';
import type { Ids } from './lib/ids.ts';
import type { RateLimiter } from './http/rate-limiter.ts';
import type { SiteDirectory } from './sites/site-directory.ts';
import type { EventBus } from './cluster/event-bus.ts';
import type { WindowCounter } from './cluster/redis-rate-limiter.ts';
import type { CdnPurger } from './cdn/purger.ts';
import type { Metrics } from './operations/metrics.ts';

/** Everything a request handler may need, passed explicitly to each feature plugin. */
export interface AppDeps {
  db: Database['db'];
  engine: Database['engine'];
  config: Config;
  clock: Clock;
  ids: Ids;
  /** Key for CSRF tokens and signed cookies: SERAI_SECRET or one generated into the database. */
  secret: string;
  pageCache: PageCache;
  sites: SiteDirectory;
  /** Counting limits for reader actions (comments, votes). */
  rateLimiter: RateLimiter;
  /** Folder that holds uploaded media and its resized variants. */
  mediaDir: string;
  /** Messages between app nodes (in process on one node, Redis pub/sub on many). */
  events: EventBus;
  /** Hit counters shared by the nodes through Redis (the login limit uses them); absent on one node. */
  sharedCounter?: WindowCounter;
  /** Tells the CDN to drop pages by surrogate key (no-op without SERAI_CDN_PURGE_URL). */
  purger: CdnPurger;
  metrics: Metrics;
}
