import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, TEST_START, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { addSiteLocale, createOtherSite } from '../../test/public-fixtures.ts';
import { VIEW_RATE_LIMIT } from './readership.routes.ts';

const DAY_MS = 86_400_000;

describe.each(engines)('page views and most read on %s', (engine) => {
  let t: TestContext;
  let sectionId: string;
  let serial = 0;
  let ipSerial = 0;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    await addSiteLocale(t.deps, 'ru');
    sectionId = (await createSection(t.deps, { name: 'Views' })).id;
  });
  afterAll(async () => { await t.close(); });

  async function article(fields: { locale?: string; status?: 'published' | 'draft'; siteId?: string; sectionId?: string } = {}) {
    serial++;
    return createArticle(t.deps, { sectionId, headline: `Views test article ${serial}`, ...fields });
  }
  /** Each test reads from its own address unless it says otherwise, so the rate limit stays out of the way. */
  function beacon(id: string, options: { ip?: string; fetchSite?: string; origin?: string; host?: string } = {}) {
    return t.app.inject({
      method: 'POST', url: `/api/views/${id}`, remoteAddress: options.ip ?? `198.51.${++ipSerial % 250}.7`,
      headers: { 'sec-fetch-site': options.fetchSite ?? 'same-origin', ...(options.origin ? { origin: options.origin } : {}), ...(options.host ? { host: options.host } : {}) },
    });
  }
  const views = async (articleId: string) =>
    t.deps.db.selectFrom('article_views').select(['day', 'views']).where('article_id', '=', articleId).orderBy('day').execute();
  const counted = (rows: Array<{ day: string; views: number | string }>) => rows.map((r) => ({ day: r.day, views: Number(r.views) }));

  it('counts a view per day with 204 and no-store, keeping nothing about the reader', async () => {
    const a = await article();
    const res = await beacon(a.id, { ip: '203.0.113.9' });
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['set-cookie']).toBeUndefined();
    await beacon(a.id);
    expect(counted(await views(a.id))).toEqual([{ day: TEST_START.slice(0, 10), views: 2 }]);
    // The table has exactly these columns: no address, cookie, user agent or time of day.
    const [row] = await t.deps.db.selectFrom('article_views').selectAll().where('article_id', '=', a.id).execute();
    expect(Object.keys(row!).sort()).toEqual(['article_id', 'day', 'views']);
    expect(JSON.stringify(row)).not.toContain('203.0.113');
  });

  it('refuses a beacon from another site by its browser headers', async () => {
    const a = await article();
    expect((await beacon(a.id, { fetchSite: 'cross-site' })).statusCode).toBe(403);
    const noFetchMetadata = await t.app.inject({ method: 'POST', url: `/api/views/${a.id}`, headers: { origin: 'https://evil.example' } });
    expect(noFetchMetadata.statusCode).toBe(403);
    expect(await views(a.id)).toEqual([]);
  });

  it('answers a request that names no page (no Sec-Fetch-Site, no Origin: a script) without counting it', async () => {
    const a = await article();
    const scripted = await t.app.inject({ method: 'POST', url: `/api/views/${a.id}` });
    expect(scripted.statusCode).toBe(204);
    expect(await views(a.id)).toEqual([]);
    expect((await beacon(a.id)).statusCode).toBe(204);
    expect(counted(await views(a.id))).toEqual([{ day: TEST_START.slice(0, 10), views: 1 }]);
  });

  it('answers bad, unknown, unpublished and other-site ids with 404 JSON, never 500', async () => {
    const draft = await article({ status: 'draft' });
    const other = await createOtherSite(t.deps, { host: 'views-other.example.test' });
    const otherSection = (await createSection(t.deps, { name: 'Other views', siteId: other.id })).id;
    const elsewhere = await article({ siteId: other.id, sectionId: otherSection });
    for (const id of ['not-an-id', "x'; drop table articles; --", '%00', '01900000-0000-7000-8000-000000000000', draft.id, elsewhere.id]) {
      const res = await beacon(encodeURIComponent(id));
      expect(res.statusCode, id).toBe(404);
      expect(res.json()).toMatchObject({ error: { code: 'not_found' } });
    }
    // Longer than Fastify lets a path parameter be: refused before the route runs.
    const long = await beacon('a'.repeat(2000));
    expect(long.statusCode).toBeGreaterThanOrEqual(400);
    expect(long.statusCode).toBeLessThan(500);
    expect(await views(draft.id)).toEqual([]);
    // On its own site it counts.
    expect((await beacon(elsewhere.id, { host: 'views-other.example.test' })).statusCode).toBe(204);
  });

  it('limits beacons per address in memory', async () => {
    const a = await article();
    for (let i = 0; i < VIEW_RATE_LIMIT; i++) expect((await beacon(a.id, { ip: '192.0.2.77' })).statusCode).toBe(204);
    const refused = await beacon(a.id, { ip: '192.0.2.77' });
    expect(refused.statusCode).toBe(429);
    expect(refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(counted(await views(a.id))[0]!.views).toBe(VIEW_RATE_LIMIT);
    expect((await beacon(a.id, { ip: '192.0.2.78' })).statusCode).toBe(204);
  });

  it('lists the most read of the last seven days on the home page, per locale, most views first', async () => {
    // A month on: the views the other tests counted are out of the window.
    t.deps.clock.advance(30 * DAY_MS);
    const section = (await createSection(t.deps, { name: 'Most read section' })).id;
    const [old, steady, fresh, russian] = [await article({ sectionId: section }), await article({ sectionId: section }), await article({ sectionId: section }), await article({ locale: 'ru', sectionId: section })];
    const hits = async (id: string, n: number) => { for (let i = 0; i < n; i++) expect((await beacon(id)).statusCode).toBe(204); };
    await hits(old.id, 9);
    await hits(russian.id, 20);
    t.deps.clock.advance(3 * DAY_MS);
    await hits(steady.id, 4);
    t.deps.clock.advance(3 * DAY_MS);
    await hits(fresh.id, 2);
    await hits(steady.id, 2);
    // Day 7 of the window still includes the first day's views.
    const home = async (locale = 'en') => (await t.app.inject({ url: `/${locale}/` })).body;
    const mostRead = (body: string) => [...(body.split('id="most-read-heading"')[1] ?? '').split('</ol>')[0]!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
    expect(mostRead(await home())).toEqual([`/en/articles/${old.slug}`, `/en/articles/${steady.slug}`, `/en/articles/${fresh.slug}`]);
    expect(mostRead(await home('ru'))).toEqual([`/ru/articles/${russian.slug}`]);
    // A day later the first day's views leave the window; the cached home page follows within its lifetime.
    t.deps.clock.advance(DAY_MS);
    expect(mostRead(await home())).toEqual([`/en/articles/${steady.slug}`, `/en/articles/${fresh.slug}`]);
  });
});
