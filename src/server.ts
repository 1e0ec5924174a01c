// Turns configuration into running parts: database, app, listener. Nothing else.
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { AppDeps } from './app-deps.ts';
import { buildApp } from './app.ts';
import { connect } from './db/connect.ts';
import type { Database } from './db/database.ts';
import { migrateToLatest } from './db/migrate.ts';
import { createPageCache } from './http/cache.ts';
import { createMemoryRateLimiter } from './http/rate-limiter.ts';
import { systemClock } from './lib/clock.ts';
import { idGenerator } from './lib/ids.ts';
import { resolveSecret } from './sites/bootstrap.ts';
import { createSiteDirectory } from './sites/site-directory.ts';
import { startScheduler } from './articles/article-scheduler.ts';
import { startSessionCleanup } from './accounts/session-cleanup.ts';
import { startLiveEventPruning } from './live/live-event-pruning.ts';
import { createLocalEventBus } from './cluster/event-bus.ts';
import { noPurging } from './cdn/purger.ts';
import { createHttpPurger } from './cdn/http-purger.ts';
import { createMetrics } from './operations/metrics.ts';
import { withClusterDeps } from './cluster/cluster-deps.ts';
import { loggerOptions } from './operations/request-log.ts';

export function openDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? connect({ engine: 'postgres', url: config.databaseUrl })
    : connect({ engine: 'sqlite', filename: path.join(config.dataDir, 'serai.db') });
}

export interface PrepareOptions {
  /** false in cluster workers: the primary already migrated, and N processes must not race on the schema. */
  migrate?: boolean;
}

export async function prepareDeps(config: Config, database: Database, options: PrepareOptions = {}): Promise<AppDeps> {
  if (options.migrate !== false) await migrateToLatest(database.db);
  const metrics = createMetrics();
  // With SERAI_REDIS_URL: events, page cache, site list and rate limits shared through Redis.
  return withClusterDeps({
    db: database.db,
    engine: database.engine,
    config,
    clock: systemClock,
    ids: idGenerator(),
    secret: await resolveSecret(database.db, config.secret),
    pageCache: createPageCache({ enabled: config.pageCache, maxBytes: config.pageCacheMegabytes * 1024 * 1024, now: () => systemClock.now().getTime() }),
    sites: createSiteDirectory(database.db, systemClock),
    rateLimiter: createMemoryRateLimiter(systemClock),
    mediaDir: path.join(config.dataDir, 'media'),
    events: createLocalEventBus(),
    purger: config.cdnPurgeUrl
      ? createHttpPurger({ urlTemplate: config.cdnPurgeUrl, method: config.cdnPurgeMethod, authorization: config.cdnPurgeAuthorization, metrics })
      : noPurging,
    metrics,
  });
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(deps: AppDeps, database: Database): Promise<RunningServer> {
  const app = await buildApp(deps, {
    // JSON lines, one per request, with no personal data (operations/request-log.ts).
    logger: loggerOptions(deps.config.logLevel),
  });
  const stoppers: Array<() => void> = [];
  const address = await app.listen({ port: deps.config.port, host: deps.config.host });
  stoppers.push(startScheduler(deps, app.log), startSessionCleanup(deps, app.log));
  stoppers.push(startLiveEventPruning(deps, app.log));
  return {
    app,
    url: address,
    // Graceful: Fastify answers new requests 503 (Connection: close), closes idle keep-alive sockets,
    // waits for in-flight requests (an accepted comment is stored), runs onClose hooks (live streams end);
    // then the loops, the event bus (Redis) and the database close.
    async stop() {
      const started = Date.now();
      app.log.info({ event: 'shutdown_draining' }, 'draining: refusing new requests, finishing in-flight ones');
      for (const stop of stoppers) stop();
      // Fastify closes the sockets idle when close() starts; a keep-alive socket whose request finishes
      // later would hold close() open until the client hangs up. Reap those as they turn idle.
      const reaper = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(reaper);
      }
      // Purges queued by the last edits go out before the node leaves (bounded: a dead CDN must not hold it).
      if (deps.purger.idle) await Promise.race([deps.purger.idle(), new Promise((resolve) => setTimeout(resolve, 5_000).unref())]);
      await deps.events.close();
      await database.close();
      app.log.info({ event: 'shutdown_drained', durationMs: Date.now() - started }, 'drained: every request answered, connections closed');
    },
  };
}
