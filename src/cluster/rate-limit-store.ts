// A store for @fastify/rate-limit (the login limit) over our WindowCounter, so sign-in
// attempts are counted across nodes through Redis with the same fail-safe fallback as
// every other limit. The plugin's own RedisStore would either answer 500 while Redis is
// down (skipOnError: false) or stop limiting altogether (skipOnError: true); this store
// counts in the node's memory meanwhile, so the limit holds per node.
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { WindowCounter } from './redis-rate-limiter.ts';

type Callback = Parameters<FastifyRateLimitStore['incr']>[1];

class CounterStore implements FastifyRateLimitStore {
  constructor(private readonly counter: WindowCounter, private readonly scope: string) {}

  incr(key: string, callback: Callback, timeWindow: number): void {
    this.counter.count(`${this.scope}${key}`, timeWindow).then(
      ({ current, ttlMs }) => callback(null, { current, ttl: ttlMs }),
      (error: Error) => callback(error),
    );
  }

  child(routeOptions: Parameters<FastifyRateLimitStore['child']>[0]): FastifyRateLimitStore {
    // The plugin passes routeInfo (method, url) at run time; the typings name the route options.
    const route = (routeOptions as { routeInfo?: { method: string; url: string } }).routeInfo ?? { method: String(routeOptions.method), url: routeOptions.url };
    return new CounterStore(this.counter, `${this.scope}${route.method}${route.url}:`);
  }
}

/** The `store` option of @fastify/rate-limit, counting through `counter`. */
export function rateLimitStore(counter: WindowCounter, scope = 'route:'): FastifyRateLimitStoreCtor {
  return class {
    constructor() {
      return new CounterStore(counter, scope);
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
