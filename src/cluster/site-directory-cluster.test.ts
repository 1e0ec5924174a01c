// A site edited on one node is seen at once by the others: reload() publishes
// `sites-changed`, and every other node's directory reloads when the message arrives.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { busKinds, busPair, deleteKeys, redisTestUrl, uniquePrefix, waitFor } from '../../test/redis.ts';
import { createSiteDirectory } from '../sites/site-directory.ts';
import { insertSite } from '../sites/site.queries.ts';
import type { EventBus } from './event-bus.ts';

describe.each(engines)('the site directory across nodes on %s', (engine) => {
  let t: TestContext;
  const buses: EventBus[] = [];
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterEach(async () => { await Promise.all(buses.splice(0).map((b) => b.close())); });
  afterAll(async () => { await t.close(); });

  describe.each(busKinds)('over the %s bus', (kind) => {
    const prefix = uniquePrefix();
    afterAll(async () => { if (kind === 'redis') await deleteKeys(redisTestUrl!, prefix); });

    it('reloads on a sites-changed message from another node, well before the maximum age', async () => {
      const [busA, busB] = busPair(kind, prefix);
      buses.push(busA, busB);
      if (kind === 'redis') await waitFor(() => busA.status() === 'connected' && busB.status() === 'connected', 5000, 'buses connected');
      const nodeA = createSiteDirectory(t.deps.db, t.deps.clock, busA);
      const nodeB = createSiteDirectory(t.deps.db, t.deps.clock, busB);
      const host = `${kind}-${engine}.example.test`;
      expect((await nodeB.forHost(host))?.isDefault).toBe(true);
      await insertSite(t.deps.db, { id: t.deps.ids.next(), slug: `${kind}-${engine}`, name: 'Node test', host, defaultLocale: 'en', isDefault: false, locales: ['en'], createdAt: t.deps.clock.now().toISOString() });
      nodeA.reload(); // what save-site does after a save
      expect((await nodeA.forHost(host))?.host).toBe(host);
      await waitFor(async () => (await nodeB.forHost(host))?.host === host, 5000, 'node B reloaded');
    });
  });
});
