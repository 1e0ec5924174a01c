// /healthz, /readyz and /metrics through the app (issue 7, part 4).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import type { BusStatus, EventBus } from '../cluster/event-bus.ts';
import { moderateComment } from '../comments/comment-store.ts';
import { postComment, tokenFor } from '../comments/comment-submit.testkit.ts';
import { articleUrl } from '../lib/urls.ts';
import { countWorkQueues } from './operations.queries.ts';

/** An event bus that only reports a status: enough for the readiness check. */
function busWithStatus(status: BusStatus): EventBus {
  return { publish: () => undefined, subscribe: () => () => undefined, onResync: () => () => undefined, status: () => status, close: async () => undefined };
}

/** The value of one sample line (`name{labels} value`) in the exposition text. */
function sample(text: string, line: string): number | undefined {
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found === undefined ? undefined : Number(found.slice(line.length + 1));
}

describe.each(engines)('operations endpoints on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await buildTestApp(engine, { metricsToken: 'scrape-token-123', commentRateLimit: 1000, commentEmailRateLimit: 1000 });
  });
  afterAll(async () => { await t.close(); });

  it('answers /healthz while the process runs, never cached, no cookies', async () => {
    const res = await t.app.inject({ url: '/healthz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('is ready with a working database and no Redis configured', async () => {
    const res = await t.app.inject({ url: '/readyz' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'not_configured' } });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('follows the event bus: connected is ok, disconnected is not ready', async () => {
    const local = t.deps.events;
    try {
      t.deps.events = busWithStatus('connected');
      expect((await t.app.inject({ url: '/readyz' })).json()).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
      t.deps.events = busWithStatus('disconnected');
      const res = await t.app.inject({ url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'not_ready', checks: { database: 'ok', redis: 'failed' } });
    } finally {
      t.deps.events = local;
    }
  });

  it('is not ready once the database is closed, but still alive', async () => {
    const other = await buildTestApp(engine);
    try {
      await other.deps.db.destroy();
      const res = await other.app.inject({ url: '/readyz' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toEqual({ status: 'not_ready', checks: { database: 'failed', redis: 'not_configured' } });
      expect((await other.app.inject({ url: '/healthz' })).statusCode).toBe(200);
    } finally {
      await other.close().catch(() => undefined);
    }
  });

  describe('/metrics', () => {
    it('refuses other hosts without the token, whatever X-Forwarded-For says', async () => {
      for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }, { authorization: 'Bearer wrong' }, { authorization: 'scrape-token-123' }]) {
        const res = await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.9', headers });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
      }
    });

    it('refuses what a reverse proxy on this host relays from the internet, also at /metrics/', async () => {
      // nginx on the same host (docs/operations.md) connects from 127.0.0.1 for every client and names the client.
      const proxied = await buildTestApp(engine, { metricsToken: 'scrape-token-123', trustProxy: ['loopback'] });
      try {
        for (const headers of [{ 'x-forwarded-for': '203.0.113.9' }, { 'x-forwarded-for': '127.0.0.1' }, { forwarded: 'for=203.0.113.9' }, { 'x-real-ip': '203.0.113.9' }]) {
          for (const url of ['/metrics', '/metrics/']) {
            const res = await proxied.app.inject({ url, remoteAddress: '127.0.0.1', headers });
            expect(res.statusCode, `${url} ${JSON.stringify(headers)}`).toBe(403);
          }
        }
        const withToken = await proxied.app.inject({
          url: '/metrics', remoteAddress: '127.0.0.1', headers: { 'x-forwarded-for': '203.0.113.9', authorization: 'Bearer scrape-token-123' },
        });
        expect(withToken.statusCode).toBe(200);
      } finally {
        await proxied.close();
      }
    });

    it('answers the loopback and holders of the token in the text format', async () => {
      const local = await t.app.inject({ url: '/metrics', remoteAddress: '127.0.0.1' });
      expect(local.statusCode).toBe(200);
      expect(local.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(local.headers['cache-control']).toBe('no-store');
      const remote = await t.app.inject({ url: '/metrics', remoteAddress: '203.0.113.9', headers: { authorization: 'Bearer scrape-token-123' } });
      expect(remote.statusCode).toBe(200);
      expect((await t.app.inject({ url: '/metrics', remoteAddress: '::1' })).statusCode).toBe(200);
    });

    it('counts requests by route pattern, comments, approvals, cache hits and the queue', async () => {
      const section = await createSection(t.deps, { slug: 'metrics-section' });
      const held = await createArticle(t.deps, { sectionId: section.id, slug: 'metrics-held' });
      const open = await createArticle(t.deps, { sectionId: section.id, slug: 'metrics-open' });
      await t.deps.db.updateTable('articles').set({ comment_mode: 'post' }).where('id', '=', open.id).execute();
      const heldPath = articleUrl('en', held.slug);
      expect((await t.app.inject({ url: heldPath })).statusCode).toBe(200); // miss
      expect((await t.app.inject({ url: `${heldPath}?utm_source=x` })).statusCode).toBe(200); // same pattern, other URL
      expect((await t.app.inject({ url: '/no/such/place/at/all' })).statusCode).toBe(404);
      const json = { headers: { accept: 'application/json' } };
      const heldRes = await postComment(t, heldPath, { name: 'Ann', email: 'ann@example.org', body: 'Held for review.', token: tokenFor(t, held.id) }, json);
      expect(heldRes.json()).toMatchObject({ comment: { status: 'pending' } });
      const openPath = articleUrl('en', open.slug);
      const published = await postComment(t, openPath, { name: 'Bo', email: 'bo@example.org', body: 'Straight on the page.', token: tokenFor(t, open.id) }, json);
      expect(published.json()).toMatchObject({ comment: { status: 'approved' } });
      expect((await moderateComment(t.deps, { id: heldRes.json().comment.id, to: 'approved', actorId: null })).kind).toBe('changed');
      // Screening rejects it (stored for the moderators, the reader told 422): counted as rejected.
      const rejected = await postComment(t, openPath, { name: 'Cy', email: 'cy@example.org', body: 'You motherfucker, stop writing this nonsense.', token: tokenFor(t, open.id) });
      expect(rejected.statusCode).toBe(422);

      const text = (await t.app.inject({ url: '/metrics' })).body;
      expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="/:locale/articles/:slug",status="2xx"}')).toBeGreaterThanOrEqual(2);
      expect(sample(text, 'http_request_duration_seconds_count{method="POST",route="/:locale/articles/:slug/comments",status="2xx"}')).toBe(2);
      expect(sample(text, 'http_request_duration_seconds_count{method="POST",route="/:locale/articles/:slug/comments",status="4xx"}')).toBe(1);
      expect(sample(text, 'http_request_duration_seconds_count{method="GET",route="unmatched",status="4xx"}')).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain('utm_source');
      expect(text).not.toContain('/no/such/place');
      expect(sample(text, 'serai_comments_posted_total{outcome="held"}')).toBe(1);
      expect(sample(text, 'serai_comments_posted_total{outcome="published"}')).toBe(1);
      expect(sample(text, 'serai_comments_posted_total{outcome="rejected"}')).toBe(1);
      expect(sample(text, 'serai_comments_approved_total')).toBe(1);
      expect(sample(text, 'serai_page_cache_lookups_total{result="miss"}')).toBeGreaterThanOrEqual(1);
      expect(sample(text, 'serai_page_cache_lookups_total{result="hit"}')).toBeGreaterThanOrEqual(1);
      const ratio = sample(text, 'serai_page_cache_hit_ratio')!;
      expect(ratio).toBeGreaterThan(0);
      expect(ratio).toBeLessThan(1);
      expect(sample(text, 'serai_moderation_queue_size{queue="pending"}')).toBe(0);
      expect(text).toMatch(/^nodejs_eventloop_lag_seconds /m);
      expect(text).toMatch(/^process_resident_memory_bytes /m);
    });

    it('reads the moderation queue size from the database', async () => {
      const section = await createSection(t.deps, { slug: 'queue-section' });
      const article = await createArticle(t.deps, { sectionId: section.id, slug: 'queue-story' });
      const res = await postComment(t, articleUrl('en', article.slug), { name: 'Di', email: 'di@example.org', body: 'Waiting.', token: tokenFor(t, article.id) });
      expect(res.statusCode).toBe(303);
      // A fresh source: the gauge's reading from the previous scrape is reused for 5 s.
      t.deps.metrics.watchQueues(() => countWorkQueues(t.deps.db));
      const text = (await t.app.inject({ url: '/metrics' })).body;
      expect(sample(text, 'serai_moderation_queue_size{queue="pending"}')).toBeGreaterThanOrEqual(1);
    });
  });
});
