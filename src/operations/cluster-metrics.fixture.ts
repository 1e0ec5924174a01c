// Run by cluster-metrics.test.ts as a real Node cluster (`node --import tsx <this file>`):
// the primary sets up aggregation and forks two workers; each counts one held comment; then
// worker 1 answers a "scrape" as /metrics would, and the primary prints what it got.
import cluster from 'node:cluster';
import { hostMetricsText, joinClusterMetrics, setupPrimaryMetrics } from './cluster-metrics.ts';
import { createMetrics } from './metrics.ts';

const WORKERS = 2;

if (cluster.isPrimary) {
  setupPrimaryMetrics();
  cluster.setupPrimary({ execArgv: ['--import', 'tsx'] });
  const workers = Array.from({ length: WORKERS }, () => cluster.fork());
  let ready = 0;
  const giveUp = setTimeout(() => { console.error('timed out'); process.exit(2); }, 15_000);
  for (const worker of workers) {
    worker.on('message', (message: { kind?: string; text?: string }) => {
      if (message.kind === 'ready' && ++ready === WORKERS) workers[0]!.send({ kind: 'scrape' });
      if (message.kind === 'scraped') {
        process.stdout.write(JSON.stringify({ text: message.text }));
        clearTimeout(giveUp);
        for (const w of workers) w.kill();
      }
    });
  }
} else {
  const metrics = createMetrics({ defaults: false });
  joinClusterMetrics(metrics.registry);
  metrics.commentPosted('held');
  process.on('message', (message: { kind?: string }) => {
    if (message.kind === 'scrape') void hostMetricsText(metrics.registry).then((text) => process.send!({ kind: 'scraped', text }));
  });
  process.send!({ kind: 'ready' });
}
