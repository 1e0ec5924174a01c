// The purge hook against a real HTTP server on loopback: what it sends, how it retries,
// gives up, times out, de-duplicates and bounds its queue.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpPurger, type PurgeLog } from './http-purger.ts';

interface Received { method: string; url: string; surrogateKey?: string; authorization?: string }

/** A CDN stand-in: answers each request with the next status from `statuses` (then 200); 'hang' never answers. */
async function fakeCdn(statuses: Array<number | 'hang'> = []) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    received.push({ method: req.method!, url: req.url!, surrogateKey: req.headers['surrogate-key'] as string | undefined, authorization: req.headers.authorization });
    const status = statuses.shift() ?? 200;
    if (status === 'hang') return;
    res.writeHead(status).end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    template: `http://127.0.0.1:${port}/purge/{key}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function recorder() {
  const warnings: Array<Record<string, unknown>> = [];
  const counts = { sent: 0, failed: 0, dropped: 0 };
  const log: PurgeLog = { warn: (fields) => warnings.push(fields) };
  return { warnings, counts, log, metrics: { purgeDone: (result: keyof typeof counts) => { counts[result]++; } } };
}

describe('HTTP purger', () => {
  let cdn: Awaited<ReturnType<typeof fakeCdn>> | undefined;
  afterEach(async () => { await cdn?.close(); cdn = undefined; });

  it('sends one request per key with the method, encoded key, Surrogate-Key and Authorization', async () => {
    cdn = await fakeCdn();
    const r = recorder();
    const purger = createHttpPurger({ urlTemplate: cdn.template, method: 'PURGE', authorization: 'Bearer cdn-token', ...r });
    purger.purge(['site-1', 'article-a b']);
    await purger.idle();
    expect(cdn.received.map((x) => x.url).sort()).toEqual(['/purge/article-a%20b', '/purge/site-1']);
    for (const request of cdn.received) {
      expect(request.method).toBe('PURGE');
      expect(request.authorization).toBe('Bearer cdn-token');
      expect(request.url).toBe(`/purge/${encodeURIComponent(request.surrogateKey!)}`);
    }
    expect(r.counts).toEqual({ sent: 2, failed: 0, dropped: 0 });
  });

  it('returns at once: purge() never waits for the CDN', async () => {
    cdn = await fakeCdn();
    const purger = createHttpPurger({ urlTemplate: cdn.template, method: 'POST', ...recorder() });
    purger.purge(['site-1']);
    expect(cdn.received).toHaveLength(0);
    await purger.idle();
    expect(cdn.received).toHaveLength(1);
  });

  it('retries a 5xx and succeeds', async () => {
    cdn = await fakeCdn([500, 503]);
    const r = recorder();
    const purger = createHttpPurger({ urlTemplate: cdn.template, method: 'PURGE', retryDelaysMs: [1, 1], ...r });
    purger.purge(['article-1']);
    await purger.idle();
    expect(cdn.received).toHaveLength(3);
    expect(r.counts).toEqual({ sent: 1, failed: 0, dropped: 0 });
    expect(r.warnings).toEqual([]);
  });

  it('gives up after three attempts and logs the key without the URL', async () => {
    cdn = await fakeCdn([500, 500, 500, 500]);
    const r = recorder();
    const purger = createHttpPurger({ urlTemplate: `${cdn.template}?token=secret`, method: 'PURGE', retryDelaysMs: [1, 1], ...r });
    purger.purge(['article-1']);
    await purger.idle();
    expect(cdn.received).toHaveLength(3);
    expect(r.counts.failed).toBe(1);
    expect(r.warnings).toEqual([{ event: 'cdn_purge_failed', key: 'article-1', attempts: 3, reason: 'status 500' }]);
  });

  it('does not retry a 4xx', async () => {
    cdn = await fakeCdn([401]);
    const r = recorder();
    const purger = createHttpPurger({ urlTemplate: cdn.template, method: 'PURGE', retryDelaysMs: [1, 1], ...r });
    purger.purge(['site-1']);
    await purger.idle();
    expect(cdn.received).toHaveLength(1);
    expect(r.counts.failed).toBe(1);
  });

  it('times out a CDN that never answers, and retries', async () => {
    cdn = await fakeCdn(['hang', 'hang', 'hang']);
    const r = recorder();
    const purger = createHttpPurger({ urlTemplate: cdn.template, method: 'PURGE', timeoutMs: 50, retryDelaysMs: [1, 1], ...r });
    purger.purge(['site-1']);
    await purger.idle();
    expect(cdn.received).toHaveLength(3);
    expect(r.warnings[0]).toMatchObject({ key: 'site-1', reason: 'timeout', attempts: 3 });
  });

  it('counts a refused connection as failed after retrying', async () => {
    cdn = await fakeCdn();
    const template = cdn.template;
    await cdn.close();
    cdn = undefined;
    const r = recorder();
    const purger = createHttpPurger({ urlTemplate: template, method: 'PURGE', retryDelaysMs: [1, 1], ...r });
    purger.purge(['site-1']);
    await purger.idle();
    expect(r.counts.failed).toBe(1);
    expect(r.warnings[0]).toMatchObject({ reason: 'network error', attempts: 3 });
  });

  it('sends a key queued several times in the same tick once', async () => {
    cdn = await fakeCdn();
    const purger = createHttpPurger({ urlTemplate: cdn.template, method: 'PURGE', ...recorder() });
    purger.purge(['site-1', 'article-1']);
    purger.purge(['site-1']);
    purger.purge(['article-1', 'site-1']);
    await purger.idle();
    expect(cdn.received.map((x) => x.surrogateKey).sort()).toEqual(['article-1', 'site-1']);
  });

  it('drops and counts keys beyond the pending bound', async () => {
    cdn = await fakeCdn();
    const r = recorder();
    const purger = createHttpPurger({ urlTemplate: cdn.template, method: 'PURGE', maxPending: 3, ...r });
    purger.purge(['a', 'b', 'c', 'd', 'e']);
    await purger.idle();
    expect(cdn.received).toHaveLength(3);
    expect(r.counts).toEqual({ sent: 3, failed: 0, dropped: 2 });
    expect(r.warnings).toEqual([{ event: 'cdn_purge_dropped', dropped: 1 }]);
  });
});
