import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createUser } from '../../test/factories.ts';
import { removeExpiredSessions } from './session-cleanup.ts';
import { insertSession } from './session.queries.ts';

describe.each(engines)('expired session clean-up on %s', (engine) => {
  let t: TestContext;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  it('deletes sessions past their expiry and keeps live ones', async () => {
    const user = await createUser(t.deps);
    const now = t.deps.clock.now().getTime();
    const at = (offsetMs: number) => new Date(now + offsetMs).toISOString();
    await insertSession(t.deps.db, { id: 'expired', userId: user.id, csrfToken: 'a', createdAt: at(-2 * 86_400_000), expiresAt: at(-1) });
    await insertSession(t.deps.db, { id: 'live', userId: user.id, csrfToken: 'b', createdAt: at(0), expiresAt: at(86_400_000) });
    await removeExpiredSessions(t.deps);
    const left = await t.deps.db.selectFrom('sessions').select('id').orderBy('id').execute();
    expect(left.map((s) => s.id)).toEqual(['live']);
  });
});
