// The in-memory list of sites: reloaded at once by the node that edits a site, and by every
// other node once its copy is a minute old.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createSiteDirectory, SITE_LIST_MAX_AGE_MS } from './site-directory.ts';
import { insertSite } from './site.queries.ts';

describe.each(engines)('the site directory on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('sees a site another node created once its list is older than the maximum age', async () => {
    const otherNode = createSiteDirectory(t.deps.db, t.deps.clock);
    expect((await otherNode.forHost('kk.example.test'))?.isDefault).toBe(true);
    await insertSite(t.deps.db, { id: t.deps.ids.next(), slug: 'kk', name: 'Kazakh', host: 'kk.example.test', defaultLocale: 'kk-Cyrl', isDefault: false, locales: ['kk-Cyrl'], createdAt: t.deps.clock.now().toISOString() });
    expect((await otherNode.forHost('kk.example.test'))?.slug).toBe('main');
    t.deps.clock.advance(SITE_LIST_MAX_AGE_MS + 1);
    expect((await otherNode.forHost('kk.example.test'))?.slug).toBe('kk');
  });

  it('reads a host name with a trailing dot or a port as the same host', async () => {
    await insertSite(t.deps.db, { id: t.deps.ids.next(), slug: 'ky', name: 'Kyrgyz', host: 'ky.example.test', defaultLocale: 'ky-Cyrl', isDefault: false, locales: ['ky-Cyrl'], createdAt: t.deps.clock.now().toISOString() });
    t.deps.sites.reload();
    for (const host of ['ky.example.test.', 'KY.example.test:8080', 'ky.example.test.:443']) {
      expect((await t.deps.sites.forHost(host))?.slug, host).toBe('ky');
    }
  });
});
