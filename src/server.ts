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
import { createLocalEventBus } from './cluster/event-bus.ts';
import { noPurging } from './cdn/purger.ts';
import { createMetrics } from './operations/metrics.ts';

export function openDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? connect({ engine: 'postgres', url: config.databaseUrl })
    : connect({ engine: 'sqlite', filename: path.join(config.dataDir, 'serai.db') });
}

export async function prepareDeps(config: Config, database: Database): Promise<AppDeps> {
  await migrateToLatest(database.db);
  return {
    db: database.db,
    engine: database.engine,
    config,
    clock: systemClock,
    ids: idGenerator(),
    secret: await resolveSecret(database.db, config.secret),
    pageCache: createPageCache({ enabled: config.pageCache, now: () => systemClock.now().getTime() }),
    sites: createSiteDirectory(database.db, systemClock),
    rateLimiter: createMemoryRateLimiter(systemClock),
    mediaDir: path.join(config.dataDir, 'media'),
    events: createLocalEventBus(),
    purger: noPurging,
    metrics: createMetrics(),
  };
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  stop(): Promise<void>;
}

export async function startServer(deps: AppDeps, database: Database): Promise<RunningServer> {
  const app = await buildApp(deps, {
    logger: {
      level: deps.config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      // Query strings can carry what readers typed: log the path only.
      serializers: { req: (req: { method: string; url: string; id: string }) => ({ id: req.id, method: req.method, path: req.url.split('?')[0] }) },
    },
  });
  const stoppers: Array<() => void> = [];
  const address = await app.listen({ port: deps.config.port, host: deps.config.host });
  stoppers.push(startScheduler(deps, app.log), startSessionCleanup(deps, app.log));
  return {
    app,
    url: address,
    async stop() {
      for (const stop of stoppers) stop();
      await app.close();
      await deps.events.close();
      await database.close();
    },
  };
}
