// Screening settings saved on one node apply on the others at the next comment, not after
// SITE_SCREENING_TTL_MS: the save publishes `screening-changed` and every node marks its copy stale.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { busKinds, busPair, deleteKeys, redisTestUrl, uniquePrefix, waitFor } from '../../test/redis.ts';
import { postForm, signInAs } from '../accounts/sign-in.testkit.ts';
import { followScreeningChanges, loadSiteScreening } from '../screening-settings/site-screening.ts';
import { upsertScreeningSettings, DEFAULT_SCREENING_SETTINGS } from '../screening-settings/screening-settings.queries.ts';
import type { ClusterMessage, EventBus } from './event-bus.ts';

describe.each(engines)('screening settings across nodes on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  const buses: EventBus[] = [];
  beforeAll(async () => {
    t = await buildTestApp(engine);
    siteId = (await t.deps.sites.all())[0]!.id;
  });
  afterEach(async () => { await Promise.all(buses.splice(0).map((b) => b.close())); });
  afterAll(async () => { await t.close(); });

  it('announces a save through the admin on the event bus', async () => {
    const heard: ClusterMessage[] = [];
    const stop = t.deps.events.subscribe((message) => heard.push(message));
    const admin = await signInAs(t, 'admin');
    const saved = await postForm(t, admin, '/admin/settings/screening', { hold: '0.4', reject: '0.85', reportThreshold: '4', newCommenterApprovals: '0', blockedDomains: '' });
    stop();
    expect(saved.statusCode).toBe(303);
    expect(heard).toContainEqual({ type: 'screening-changed', siteId });
  });

  describe.each(busKinds)('over the %s bus', (kind) => {
    const prefix = uniquePrefix();
    afterAll(async () => { if (kind === 'redis') await deleteKeys(redisTestUrl!, prefix); });

    it('makes another node read the new settings at its next use, well before the cache lifetime', async () => {
      const [busA, busB] = busPair(kind, prefix);
      buses.push(busA, busB);
      if (kind === 'redis') await waitFor(() => busA.status() === 'connected' && busB.status() === 'connected', 5000, 'buses connected');
      // Node B: its own copy of the settings (the cache is per database handle, as per process in production).
      const dbB = t.deps.db.withoutPlugins();
      const stop = followScreeningChanges(dbB, busB);
      try {
        const before = (await loadSiteScreening(dbB, siteId, t.deps.clock)).reportThreshold;
        const next = before + 3;
        await upsertScreeningSettings(t.deps.db, siteId, { ...DEFAULT_SCREENING_SETTINGS, reportThreshold: next }, { userId: null, at: t.deps.clock.now().toISOString() });
        expect((await loadSiteScreening(dbB, siteId, t.deps.clock)).reportThreshold).toBe(before); // still its copy
        busA.publish({ type: 'screening-changed', siteId }); // what node A's save does
        await waitFor(async () => (await loadSiteScreening(dbB, siteId, t.deps.clock)).reportThreshold === next, 5000, 'node B re-read');
      } finally {
        stop();
      }
    });
  });
});
