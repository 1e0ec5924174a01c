// The generic purge hook: one HTTP request per surrogate key to a configured URL template
// (SERAI_CDN_PURGE_URL with `{key}`, method SERAI_CDN_PURGE_METHOD, optional Authorization),
// also naming the key in a `Surrogate-Key` header for CDNs that purge by header. Works with
// Fastly (`POST …/service/<id>/purge/{key}`), Varnish/Souin-style `PURGE` endpoints, or a small
// adapter in front of any other CDN's API.
// Fire and forget: purge() returns at once; requests run in the background with a timeout and
// a few retries. A failing CDN costs at most stale copies until s-maxage, never a slow editor.
import type { CdnPurger } from './purger.ts';
import type { Metrics } from '../operations/metrics.ts';

export interface PurgeLog { warn(fields: Record<string, unknown>, message: string): void }

export interface HttpPurgerOptions {
  /** URL with `{key}` where the (URL-encoded) surrogate key goes. */
  urlTemplate: string;
  method: string;
  /** Sent as the Authorization header when set (e.g. `Bearer …`, or a Fastly token via an adapter). */
  authorization?: string | undefined;
  log?: PurgeLog;
  metrics?: Pick<Metrics, 'purgeDone'>;
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Waits before the 2nd, 3rd… attempt; its length + 1 is the number of attempts. */
  retryDelaysMs?: readonly number[];
  /** Keys waiting or in flight beyond this are dropped (and counted): a CDN outage must not grow memory. */
  maxPending?: number;
  concurrency?: number;
}

export interface HttpPurger extends CdnPurger {
  /** Resolves once nothing is waiting or in flight (tests; shutdown may await it briefly). */
  idle(): Promise<void>;
}

const PURGE_TIMEOUT_MS = 5000;
const PURGE_RETRY_DELAYS_MS = [250, 1000] as const;
const MAX_PENDING_PURGES = 1000;
const CONCURRENCY = 8;

/** Writes a pino-compatible JSON line (level 40 = warn) when no app logger is at hand (deps are built before the app). */
const stderrLog: PurgeLog = {
  warn(fields, message) {
    process.stderr.write(`${JSON.stringify({ level: 40, time: Date.now(), ...fields, msg: message })}\n`);
  },
};

type Attempt = { ok: true } | { ok: false; retry: boolean; reason: string };

export function createHttpPurger(options: HttpPurgerOptions): HttpPurger {
  const doFetch = options.fetch ?? fetch;
  const log = options.log ?? stderrLog;
  const timeoutMs = options.timeoutMs ?? PURGE_TIMEOUT_MS;
  const delays = options.retryDelaysMs ?? PURGE_RETRY_DELAYS_MS;
  const maxPending = options.maxPending ?? MAX_PENDING_PURGES;
  const concurrency = options.concurrency ?? CONCURRENCY;
  const waiting = new Set<string>(); // insertion-ordered; a key already waiting is not queued twice
  let active = 0;
  let scheduled = false;
  let dropped = 0;
  let idleWaiters: Array<() => void> = [];

  async function attempt(key: string): Promise<Attempt> {
    const headers: Record<string, string> = { 'surrogate-key': key };
    if (options.authorization) headers.authorization = options.authorization;
    try {
      const url = options.urlTemplate.replaceAll('{key}', encodeURIComponent(key));
      const response = await doFetch(url, { method: options.method, headers, signal: AbortSignal.timeout(timeoutMs) });
      await response.body?.cancel(); // the answer's body is not needed; free the connection
      if (response.ok) return { ok: true };
      // 4xx will not change by asking again (wrong token, unknown service); 5xx may.
      return { ok: false, retry: response.status >= 500, reason: `status ${response.status}` };
    } catch (error) {
      const name = (error as Error).name;
      return { ok: false, retry: true, reason: name === 'TimeoutError' ? 'timeout' : 'network error' };
    }
  }

  async function purgeKey(key: string): Promise<void> {
    for (let n = 0; ; n++) {
      const result = await attempt(key);
      if (result.ok) return options.metrics?.purgeDone('sent');
      if (!result.retry || n >= delays.length) {
        options.metrics?.purgeDone('failed');
        // The key names an article, section or site id: nothing personal; the URL may hold a token, so it is not logged.
        return log.warn({ event: 'cdn_purge_failed', key, attempts: n + 1, reason: result.reason }, 'CDN purge failed');
      }
      await new Promise((resolve) => setTimeout(resolve, delays[n]));
    }
  }

  function settleIdle(): void {
    if (active > 0 || waiting.size > 0) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  function pump(): void {
    scheduled = false;
    while (active < concurrency && waiting.size > 0) {
      const key = waiting.values().next().value!;
      waiting.delete(key);
      active++;
      void purgeKey(key).finally(() => {
        active--;
        pump();
        settleIdle();
      });
    }
  }

  return {
    purge(keys) {
      for (const key of keys) {
        if (waiting.has(key)) continue;
        if (waiting.size + active >= maxPending) {
          dropped++;
          options.metrics?.purgeDone('dropped');
          // One line per 100 dropped keys: a CDN outage must not flood the log either.
          if (dropped % 100 === 1) log.warn({ event: 'cdn_purge_dropped', dropped }, 'CDN purge queue full: keys dropped');
          continue;
        }
        waiting.add(key);
      }
      // Starting on the next turn lets a burst in this tick (publish + approvals) share keys.
      if (!scheduled && waiting.size > 0) {
        scheduled = true;
        setImmediate(pump);
      }
    },
    idle() {
      if (active === 0 && waiting.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
  };
}
