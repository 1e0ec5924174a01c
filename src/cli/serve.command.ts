import cluster from 'node:cluster';
import { parseArgs } from 'node:util';
import { loadConfig, type Config } from '../config.ts';
import { ensureDefaultSite } from '../sites/bootstrap.ts';
import { openDatabase, prepareDeps, startServer, type RunningServer } from '../server.ts';
import { runPrimary } from './cluster-primary.ts';
import { parseWorkerCount } from './worker-count.ts';
import { UsageError, type Command } from './command.ts';

export const serveCommand: Command = {
  name: 'serve',
  summary: 'Run the web server (public site and /admin).',
  usage: `serai serve [--demo-if-empty] [--workers N|auto]

  Migrates the database, then serves on SERAI_HOST:SERAI_PORT.
  --demo-if-empty   on an empty database, create the demo newsroom and an admin
                    account whose password is printed once (used by npm start).
  --workers N       run N worker processes (1 to 64, or "auto": one per CPU) on the
                    same port; a worker that dies is replaced. More than one worker
                    needs SERAI_REDIS_URL (cache invalidation and live comments
                    cross processes through Redis).

  SIGTERM or SIGINT: stop accepting, finish in-flight requests, then exit 0; after
  SERAI_SHUTDOWN_TIMEOUT seconds, exit 1.`,
  async run(args, env) {
    const { values } = parseArgs({
      args, strict: true,
      options: { 'demo-if-empty': { type: 'boolean', default: false }, workers: { type: 'string' } },
    });
    const config = loadConfig(env);
    const workers = parseWorkerCount(values.workers);
    if (cluster.isWorker) {
      // A worker that cannot start (port taken, database down) must exit so the primary sees it die;
      // its IPC channel would keep it alive otherwise. main.ts prints the failure first (microtasks run
      // before the immediate).
      return serveInProcess(config, { demoIfEmpty: false, worker: true }).catch((error: unknown) => {
        setImmediate(() => process.exit(1));
        throw error;
      });
    }
    if (workers === undefined) return serveInProcess(config, { demoIfEmpty: values['demo-if-empty'], worker: false });
    if (workers > 1 && !config.redisUrl) {
      throw new UsageError(`--workers ${workers} needs SERAI_REDIS_URL: with several processes, page-cache invalidation, live comments and rate limits must cross processes through Redis. Set SERAI_REDIS_URL, or run one worker.`);
    }
    return runPrimary(config, env, { workers, demoIfEmpty: values['demo-if-empty'] });
  },
};

/** One server in this process: the plain `serai serve`, or one cluster worker (the primary prepared the database). */
async function serveInProcess(config: Config, options: { demoIfEmpty: boolean; worker: boolean }): Promise<number> {
  const database = await openDatabase(config);
  const deps = await prepareDeps(config, database, { migrate: !options.worker });
  if (!options.worker) {
    if (options.demoIfEmpty) {
      const { seedDemoIfEmpty } = await import('../demo/seed-demo.ts');
      await seedDemoIfEmpty(deps, (line) => console.log(line));
    }
    await ensureDefaultSite(deps);
  }
  const server = await startServer(deps, database);
  if (!options.worker) {
    const base = server.url.replace('0.0.0.0', 'localhost');
    console.log(`Serai is serving on ${base} (admin: ${base}/admin)`);
  }
  await new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  // Ctrl-C reaches the primary and every worker at once, and the primary forwards SIGTERM too: one drain only.
  process.on('SIGINT', () => undefined);
  process.on('SIGTERM', () => undefined);
  const code = await drain(server, config.shutdownTimeoutSeconds);
  // Exit explicitly: a cluster worker's IPC channel (or any forgotten handle) would otherwise keep the process up.
  process.exit(code);
}

/** Stops the server gracefully; past the hard limit, logs it and answers 1 without waiting any longer. */
async function drain(server: RunningServer, timeoutSeconds: number): Promise<number> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<number>((resolve) => {
    timer = setTimeout(() => {
      server.app.log.error({ event: 'shutdown_timeout', timeoutSeconds }, 'shutdown took longer than SERAI_SHUTDOWN_TIMEOUT: exiting with requests unfinished');
      resolve(1);
    }, timeoutSeconds * 1000);
  });
  const stopped = server.stop().then(() => 0, (error: unknown) => {
    server.app.log.error({ event: 'shutdown_failed', err: error }, 'graceful shutdown failed');
    return 1;
  });
  const code = await Promise.race([stopped, timedOut]);
  clearTimeout(timer);
  return code;
}
