import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createSection } from '../../test/factories.ts';
import type { Db } from '../db/database.ts';
import { reusableQuery, reusableWrite } from './reusable-query.ts';

const sectionsNamed = reusableQuery((db: Db, siteId: string, first: string, second: string, limit: number) =>
  db.selectFrom('sections').select(['name']).where('site_id', '=', siteId)
    .where((eb) => eb.or([eb('name', '=', first), eb('name', '=', second), eb('name', '=', 'Constant')]))
    .orderBy('name').limit(limit));

const renameSection = reusableWrite((db: Db, siteId: string, from: string, to: string) =>
  db.updateTable('sections').set({ name: to }).where('site_id', '=', siteId).where('name', '=', from));

describe.each(engines)('reusable queries on %s', (engine) => {
  let t: TestContext;
  let siteId: string;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    for (const name of ['Alpha', 'Beta', 'Gamma', 'Constant']) siteId = (await createSection(t.deps, { name })).site_id;
  });
  afterAll(async () => { await t.close(); });

  it('binds each call its own values into the once-compiled SQL, keeping constants', async () => {
    const names = async (...args: [string, string, number]) => (await sectionsNamed(t.deps.db, siteId, ...args)).map((r) => r.name);
    expect(await names('Alpha', 'Gamma', 10)).toEqual(['Alpha', 'Constant', 'Gamma']);
    expect(await names('Beta', 'Nothing', 10)).toEqual(['Beta', 'Constant']);
    expect(await names('Alpha', 'Beta', 1)).toEqual(['Alpha']);
  });

  it('runs a once-compiled write in and out of transactions and says how many rows it changed', async () => {
    expect(await renameSection(t.deps.db, siteId, 'Gamma', 'Delta')).toBe(1);
    expect(await renameSection(t.deps.db, siteId, 'Nothing', 'Else')).toBe(0);
    await t.deps.db.transaction().execute(async (trx) => {
      expect(await renameSection(trx, siteId, 'Delta', 'Gamma')).toBe(1);
    });
    const rolledBack = t.deps.db.transaction().execute(async (trx) => {
      await renameSection(trx, siteId, 'Gamma', 'Omega');
      throw new Error('roll back');
    });
    await expect(rolledBack).rejects.toThrow('roll back');
    expect((await sectionsNamed(t.deps.db, siteId, 'Gamma', 'Omega', 10)).map((r) => r.name)).toEqual(['Constant', 'Gamma']);
  });

  it('refuses a query whose argument is not bound as a parameter', async () => {
    const shapeChanging = reusableQuery((db: Db, siteId: string, withName: boolean) => {
      const query = db.selectFrom('sections').select(['id']).where('site_id', '=', siteId);
      return withName ? query.select(['name']) : query;
    });
    await expect(shapeChanging(t.deps.db, siteId, true)).rejects.toThrow(/argument 1 is not bound/);
  });
});
