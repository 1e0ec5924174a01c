// Publishes scheduled articles when their time comes. The schedule lives in the database,
// so it survives restarts, and every app node may run this loop: runDueSchedules lets
// exactly one node publish each article.
import type { AppDeps } from '../app-deps.ts';
import { runDueSchedules } from './article-workflow.ts';

export interface SchedulerLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Runs at once and then every `schedulerIntervalSeconds`; returns a function that stops it. */
export function startScheduler(deps: Pick<AppDeps, 'db' | 'engine' | 'clock' | 'ids' | 'pageCache' | 'config'>, log: SchedulerLog): () => void {
  let running = false;
  let stopped = false;
  const tick = async () => {
    // A slow database must not pile up overlapping runs.
    if (running || stopped) return;
    running = true;
    try {
      const published = await runDueSchedules(deps, log);
      if (published > 0) log.info({ published }, 'published scheduled articles');
    } catch (error) {
      log.error({ err: error }, 'scheduled publishing failed; will retry');
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), deps.config.schedulerIntervalSeconds * 1000);
  // The loop alone must not keep the process alive (tests, CLI commands, shutdown).
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
