// The error codes each engine really raises, so races become form errors and not 500s.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { deleteSection } from '../sections/section.queries.ts';
import { isForeignKeyViolation, isUniqueViolation } from './constraint-violations.ts';

describe.each(engines)('constraint violations on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('recognises deleting a row that is still referenced', async () => {
    const section = await createSection(t.deps, { name: 'Held' });
    await createArticle(t.deps, { sectionId: section.id });
    const error = await deleteSection(t.deps.db, section.id).then(() => undefined, (e: unknown) => e);
    expect(isForeignKeyViolation(error)).toBe(true);
    expect(isUniqueViolation(error)).toBe(false);
  });

  it('recognises a duplicate key', async () => {
    await createSection(t.deps, { name: 'Twice', slug: 'twice' });
    const error = await createSection(t.deps, { name: 'Twice', slug: 'twice' }).then(() => undefined, (e: unknown) => e);
    expect(isUniqueViolation(error)).toBe(true);
    expect(isForeignKeyViolation(error)).toBe(false);
  });
});
