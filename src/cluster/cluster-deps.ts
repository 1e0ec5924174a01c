// Production mode in one place: with SERAI_REDIS_URL the node's event bus, page cache,
// site list and rate limits are shared with the other nodes through Redis; without it
// the same parts run in process. Either way the page cache goes through the bus, so
// CDN purges fire on one node as on many.
import type { AppDeps } from '../app-deps.ts';
import { createSiteDirectory } from '../sites/site-directory.ts';
import { distributedPageCache } from './distributed-page-cache.ts';
import { openRedisEventBus } from './redis-event-bus.ts';
import { redisWindowCounter, counterRateLimiter } from './redis-rate-limiter.ts';
import type { ClusterLog } from './redis-connection.ts';

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];

// Errors do not survive JSON.stringify (no enumerable fields): keep their name, code and message.
function plain(obj: object): object {
  const entries = Object.entries(obj).map(([key, value]) => [key, value instanceof Error
    ? { type: value.name, message: value.message, ...('code' in value ? { code: (value as { code: unknown }).code } : {}) }
    : value]);
  return Object.fromEntries(entries);
}

/** JSON lines on stderr at the configured level, for the parts that run before Fastify's logger exists. */
export function stderrLog(level: string): ClusterLog {
  const min = level === 'silent' ? Infinity : LEVELS.indexOf(level);
  const write = (name: string) => (obj: object, msg: string) => {
    if (LEVELS.indexOf(name) < min) return;
    process.stderr.write(`${JSON.stringify({ level: name, time: Date.now(), component: 'cluster', ...plain(obj), msg })}\n`);
  };
  return { info: write('info'), warn: write('warn') };
}

/**
 * Replaces the in-process events, pageCache, sites and rateLimiter of `deps` by their
 * shared forms when config.redisUrl is set (and wraps the page cache either way).
 * Closing deps.events closes the Redis connections.
 */
export function withClusterDeps(deps: AppDeps, log: ClusterLog = stderrLog(deps.config.logLevel)): AppDeps {
  const { config } = deps;
  if (!config.redisUrl) {
    return { ...deps, pageCache: distributedPageCache(deps.pageCache, deps.events, deps.purger), sites: createSiteDirectory(deps.db, deps.clock, deps.events) };
  }
  const events = openRedisEventBus({ url: config.redisUrl, prefix: config.redisPrefix, log });
  const sharedCounter = redisWindowCounter({ redis: events.commands, prefix: config.redisPrefix, clock: deps.clock, log });
  void deps.events.close(); // the in-process bus it replaces had no subscribers yet
  return {
    ...deps,
    events,
    pageCache: distributedPageCache(deps.pageCache, events, deps.purger),
    sites: createSiteDirectory(deps.db, deps.clock, events),
    rateLimiter: counterRateLimiter(sharedCounter),
    sharedCounter,
  };
}
