// A complete app over a fresh migrated database, for route tests through inject().
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../src/app-deps.ts';
import { buildApp } from '../src/app.ts';
import { loadConfig, type Config, type DatabaseEngine } from '../src/config.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createPageCache } from '../src/http/cache.ts';
import { createMemoryRateLimiter } from '../src/http/rate-limiter.ts';
import { manualClock } from '../src/lib/clock.ts';
import { idGenerator } from '../src/lib/ids.ts';
import { ensureDefaultSite } from '../src/sites/bootstrap.ts';
import { createSiteDirectory } from '../src/sites/site-directory.ts';
import { openTestDatabase } from './engines.ts';
import { createLocalEventBus } from '../src/cluster/event-bus.ts';
import { noPurging } from '../src/cdn/purger.ts';
import { createMetrics } from '../src/operations/metrics.ts';

export interface TestContext {
  app: FastifyInstance;
  deps: AppDeps & { clock: ReturnType<typeof manualClock> };
  close(): Promise<void>;
}

export const TEST_START = '2026-06-08T09:00:00.000Z';

export async function buildTestApp(engine: DatabaseEngine, overrides: Partial<Config> = {}): Promise<TestContext> {
  const database = await openTestDatabase(engine);
  await migrateToLatest(database.db);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'serai-test-'));
  const config = { ...loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' }), ...overrides };
  const clock = manualClock(TEST_START);
  const deps = {
    db: database.db,
    engine: database.engine,
    config,
    clock,
    ids: idGenerator(() => clock.now().getTime()),
    secret: 'test-secret-test-secret-test-secret-0123',
    pageCache: createPageCache({ enabled: config.pageCache, now: () => clock.now().getTime() }),
    sites: createSiteDirectory(database.db, clock),
    rateLimiter: createMemoryRateLimiter(clock),
    mediaDir: path.join(dataDir, 'media'),
    events: createLocalEventBus(),
    purger: noPurging,
    metrics: createMetrics(),
  };
  await ensureDefaultSite(deps);
  const app = await buildApp(deps);
  await app.ready();
  return {
    app,
    deps,
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
