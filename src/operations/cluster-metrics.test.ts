// /metrics in a Node cluster answers for every worker (through the primary), and falls back
// to the worker's own metrics when the primary does not answer.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { askPrimary, hostMetricsText, type PrimaryChannel } from './cluster-metrics.ts';
import { createMetrics } from './metrics.ts';

const run = promisify(execFile);

/** A primary that answers each request with `answer` (or never, when undefined). */
function fakePrimary(answer: string | undefined): PrimaryChannel & { requests: number } {
  const handlers = new Set<(message: unknown) => void>();
  const channel = {
    requests: 0,
    send(message: { id: number }) {
      channel.requests++;
      if (answer !== undefined) queueMicrotask(() => { for (const h of handlers) h({ type: 'serai:metrics-response', id: message.id, text: answer }); });
    },
    onMessage(handler: (message: unknown) => void) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
  };
  return channel;
}

describe('cluster metrics', () => {
  it('returns the primary\'s answer to the matching request', async () => {
    const primary = fakePrimary('aggregated 1');
    expect(await askPrimary(primary, 1000)).toBe('aggregated 1');
    expect(primary.requests).toBe(1);
  });

  it('falls back to the worker\'s own registry when the primary stays silent', async () => {
    const metrics = createMetrics({ defaults: false });
    metrics.commentApproved();
    const text = await hostMetricsText(metrics.registry, fakePrimary(undefined), 20);
    expect(text).toContain('serai_comments_approved_total 1');
    expect(text).toContain('# serai_metrics_scope worker_only');
  });

  it('answers with this app\'s registry outside a cluster', async () => {
    const metrics = createMetrics({ defaults: false });
    metrics.commentPosted('published');
    const text = await hostMetricsText(metrics.registry, undefined);
    expect(text).toContain('serai_comments_posted_total{outcome="published"} 1');
    expect(text).not.toContain('serai_metrics_scope');
  });

  it('sums the workers of a real Node cluster', async () => {
    const fixture = path.join(import.meta.dirname, 'cluster-metrics.fixture.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', fixture], { timeout: 30_000, cwd: path.resolve(import.meta.dirname, '../..') });
    const { text } = JSON.parse(stdout) as { text: string };
    expect(text).toContain('serai_comments_posted_total{outcome="held"} 2');
    expect(text).toContain('# serai_metrics_scope cluster');
  }, 40_000);
});
