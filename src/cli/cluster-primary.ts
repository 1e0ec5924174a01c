// The primary of `serai serve --workers N`: prepares the database once (migrations, demo seed,
// default site), then forks N workers that share the port (node:cluster), replaces a worker
// that dies (with a backoff; gives up when they crash-loop), and on SIGTERM/SIGINT forwards the
// signal, waits for every worker to drain, and exits. It serves no requests itself.
import cluster, { type Worker } from 'node:cluster';
import path from 'node:path';
import type { Config } from '../config.ts';
import { setupPrimaryMetrics } from '../operations/cluster-metrics.ts';
import { ensureDefaultSite } from '../sites/bootstrap.ts';
import { missingMemoryFlags } from './node-flags.ts';
import { openDatabase, prepareDeps } from '../server.ts';

/** The worker runs the same binary (tsx registers itself there) and sees cluster.isWorker. */
const SERAI_BIN = path.resolve(import.meta.dirname, '../../bin/serai.js');

/** More deaths than this within the window (not counting shutdown) means a crash loop: stop trying. */
const CRASH_LOOP = { deaths: 5, windowMs: 30_000 } as const;
/** The primary waits this much longer than a worker's own limit before killing it. */
const SHUTDOWN_MARGIN_MS = 5_000;

export interface PrimaryOptions {
  workers: number;
  demoIfEmpty: boolean;
}

const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'];
/** SERAI_LOG_LEVEL, as the workers' loggers honour it. */
let minimumLevel = 'info';

/** One JSON line, as the workers' pino lines, without personal data. */
function logLine(level: 'info' | 'warn' | 'error', event: string, fields: Record<string, unknown> = {}): void {
  if (LEVELS.indexOf(level) < LEVELS.indexOf(minimumLevel)) return;
  const line = JSON.stringify({ level, time: Date.now(), pid: process.pid, role: 'primary', event, ...fields });
  if (level === 'info') console.log(line);
  else console.error(line);
}

/** Migrations, demo seed and default site run here once, never raced by N workers. */
async function prepareOnce(config: Config, demoIfEmpty: boolean): Promise<void> {
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    if (demoIfEmpty) {
      const { seedDemoIfEmpty } = await import('../demo/seed-demo.ts');
      await seedDemoIfEmpty(deps, (line) => console.log(line));
    }
    await ensureDefaultSite(deps);
    await deps.events.close();
  } finally {
    await database.close();
  }
}

function restartDelayMs(recentDeaths: number): number {
  return Math.min(5_000, 250 * 2 ** Math.max(0, recentDeaths - 1));
}

export async function runPrimary(config: Config, env: Record<string, string | undefined>, options: PrimaryOptions): Promise<number> {
  minimumLevel = config.logLevel;
  await prepareOnce(config, options.demoIfEmpty);
  // Workers get the primary's node flags, plus the memory flags if the primary was started without them.
  cluster.setupPrimary({ exec: SERAI_BIN, args: ['serve'], execArgv: [...process.execArgv, ...missingMemoryFlags(process.execArgv)] });
  // Any worker's /metrics then answers for all of them (prom-client's AggregatorRegistry, over IPC).
  setupPrimaryMetrics();
  return supervise(config, env, options.workers);
}

function supervise(config: Config, env: Record<string, string | undefined>, count: number): Promise<number> {
  const forkEnv = Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const alive = new Map<number, Worker>();
  const listening = new Set<number>();
  const deaths: number[] = [];
  const restarts = new Set<NodeJS.Timeout>();
  let announced = false;
  let stopping = false;
  let failedDuringStop = false;

  return new Promise<number>((resolve) => {
    const fork = () => {
      const worker = cluster.fork(forkEnv);
      alive.set(worker.id, worker);
    };
    let onAllExited: (() => void) | undefined;
    let finish = (code: number) => {
      finish = () => undefined;
      resolve(code);
    };

    const stop = (reason: string, code: number) => {
      if (stopping) return;
      stopping = true;
      for (const timer of restarts) clearTimeout(timer);
      logLine('info', 'shutdown_draining', { reason, workers: alive.size });
      for (const worker of alive.values()) worker.process.kill('SIGTERM');
      const limit = setTimeout(() => {
        logLine('error', 'shutdown_timeout', { unfinished: alive.size, timeoutSeconds: config.shutdownTimeoutSeconds });
        for (const worker of alive.values()) worker.process.kill('SIGKILL');
        finish(1);
      }, config.shutdownTimeoutSeconds * 1000 + SHUTDOWN_MARGIN_MS);
      limit.unref();
      const done = () => {
        clearTimeout(limit);
        logLine('info', 'shutdown_drained', { exitCode: code || (failedDuringStop ? 1 : 0) });
        finish(code || (failedDuringStop ? 1 : 0));
      };
      if (alive.size === 0) done();
      else onAllExited = done;
    };

    cluster.on('listening', (worker, address) => {
      listening.add(worker.id);
      if (announced) {
        logLine('info', 'worker_listening', { workerPid: worker.process.pid });
        return;
      }
      if (listening.size < count) return;
      announced = true;
      const base = `http://${address.address && address.address !== '0.0.0.0' && address.address !== '::' ? address.address : 'localhost'}:${address.port}`;
      console.log(`Serai is serving on ${base} with ${count} worker${count === 1 ? '' : 's'} (admin: ${base}/admin)`);
    });

    cluster.on('exit', (worker, exitCode, signal) => {
      const wasServing = listening.has(worker.id);
      alive.delete(worker.id);
      listening.delete(worker.id);
      if (stopping) {
        // A worker still starting up dies of the SIGTERM before its handler exists: it held no request.
        if (exitCode !== 0 && !(signal === 'SIGTERM' && !wasServing)) failedDuringStop = true;
        if (alive.size === 0) onAllExited?.();
        return;
      }
      const now = Date.now();
      deaths.push(now);
      while (deaths.length && deaths[0]! < now - CRASH_LOOP.windowMs) deaths.shift();
      if (deaths.length >= CRASH_LOOP.deaths) {
        logLine('error', 'workers_crash_looping', { deaths: deaths.length, windowSeconds: CRASH_LOOP.windowMs / 1000 });
        stop('crash_loop', 1);
        return;
      }
      const delayMs = restartDelayMs(deaths.length);
      logLine('warn', 'worker_died', { workerPid: worker.process.pid, exitCode, signal, restartInMs: delayMs });
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) fork();
      }, delayMs);
      restarts.add(timer);
    });

    // process.on, not once: a second signal during the drain must not kill the primary before its workers.
    process.on('SIGTERM', () => stop('SIGTERM', 0));
    process.on('SIGINT', () => stop('SIGINT', 0));
    for (let i = 0; i < count; i++) fork();
  });
}
