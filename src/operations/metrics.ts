// Prometheus metrics of one app instance (issue 7, part 4). Each app owns its own
// registry, never prom-client's global one: tests build many apps in one process, and
// one registry per app keeps their counters apart (and avoids duplicate-metric errors).
// In a cluster worker, cluster-metrics.ts hands this registry to the primary's aggregator.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type CommentOutcomeLabel = 'published' | 'held' | 'rejected';

/** Waiting comments per work queue ('pending' | 'held' | 'reported'). */
export type QueueSizes = Record<string, number>;

export interface Metrics {
  /** A comment POST stored a new comment with this outcome. */
  commentPosted(outcome: CommentOutcomeLabel): void;
  /** A moderator (or rule) made a comment visible. */
  commentApproved(): void;
  /** A public page lookup in the page cache. */
  pageCacheLookup(hit: boolean): void;
  /** One answered request: `route` is the route pattern ('unmatched' when none), never the raw URL. */
  requestDone(method: string, route: string, status: number, seconds: number): void;
  /** CDN purge requests: one per key, counted once it finally succeeded or failed. */
  purgeDone(result: 'sent' | 'failed' | 'dropped'): void;
  /** Where the moderation queue gauge reads its sizes on scrape (the operations plugin sets it). */
  watchQueues(read: () => Promise<QueueSizes>): void;
  readonly registry: Registry;
}

/** How long a read queue size is reused: scrapes every few seconds must not each count the queue. */
const QUEUE_SIZE_TTL_MS = 5000;
/** Seconds; finer at the low end, where cached pages answer. */
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function statusClass(status: number): string {
  return status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other';
}

export interface MetricsOptions {
  /** Default process metrics (event-loop lag, RSS, heap...); on unless turned off. */
  defaults?: boolean;
  now?: () => number;
}

export function createMetrics(options: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const registers = [registry];
  const now = options.now ?? Date.now;
  if (options.defaults !== false) collectDefaultMetrics({ register: registry });

  const duration = new Histogram({
    name: 'http_request_duration_seconds', help: 'Time to answer a request, by route pattern and status class.',
    labelNames: ['method', 'route', 'status'] as const, buckets: DURATION_BUCKETS, registers,
  });
  const posted = new Counter({
    name: 'serai_comments_posted_total', help: 'Comments stored from reader POSTs, by screening outcome.', labelNames: ['outcome'] as const, registers,
  });
  const approved = new Counter({ name: 'serai_comments_approved_total', help: 'Comments made visible by a moderator or rule.', registers });
  const lookups = new Counter({
    name: 'serai_page_cache_lookups_total', help: 'Public page cache lookups.', labelNames: ['result'] as const, registers,
  });
  const purges = new Counter({
    name: 'serai_cdn_purges_total', help: 'CDN purge requests by result (dropped: queue full).', labelNames: ['result'] as const, registers,
  });
  for (const outcome of ['published', 'held', 'rejected']) posted.inc({ outcome }, 0);
  for (const result of ['hit', 'miss']) lookups.inc({ result }, 0);
  let hits = 0;
  let misses = 0;
  new Gauge({
    name: 'serai_page_cache_hit_ratio', help: 'Page cache hits / lookups since start (0 before any lookup).', registers,
    aggregator: 'average',
    collect() { this.set(hits + misses === 0 ? 0 : hits / (hits + misses)); },
  });

  let readQueues: (() => Promise<QueueSizes>) | undefined;
  let cached: { at: number; sizes: QueueSizes } | undefined;
  new Gauge({
    name: 'serai_moderation_queue_size', help: 'Comments waiting for a moderator, per work queue.', labelNames: ['queue'] as const, registers,
    // Every node reads the same database: the cluster total is one reading, not a sum.
    aggregator: 'max',
    async collect() {
      if (!readQueues) return;
      if (!cached || now() - cached.at > QUEUE_SIZE_TTL_MS) cached = { at: now(), sizes: await readQueues() };
      for (const [queue, size] of Object.entries(cached.sizes)) this.set({ queue }, size);
    },
  });

  return {
    registry,
    commentPosted: (outcome) => posted.inc({ outcome }),
    commentApproved: () => approved.inc(),
    pageCacheLookup(hit) {
      if (hit) hits++;
      else misses++;
      lookups.inc({ result: hit ? 'hit' : 'miss' });
    },
    requestDone: (method, route, status, seconds) => duration.observe({ method, route, status: statusClass(status) }, seconds),
    purgeDone: (result) => purges.inc({ result }),
    watchQueues(read) {
      readQueues = read;
      cached = undefined;
    },
  };
}
