// The duplicate guard on each engine: one holder per (email, text) until it expires;
// the same submission may claim it again; an expired guard is free, and housekeeping drops it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { claimDuplicateGuard, deleteExpiredGuards } from './duplicate-guard.queries.ts';

describe.each(engines)('duplicate guard on %s', (engine) => {
  let t: TestContext;
  let n = 0;
  beforeAll(async () => { t = await buildTestApp(engine); });
  afterAll(async () => { await t.close(); });

  const claim = (pair: string, submissionKey: string, now: string, expiresAt = '2026-06-09T09:00:00.000Z') =>
    claimDuplicateGuard(t.deps.db, { emailHash: `email-${pair}`, bodyHash: 'body', submissionKey, now, expiresAt });

  it('has one holder until it expires; the holder may claim again', async () => {
    const pair = String(++n);
    const now = '2026-06-08T09:00:00.000Z';
    expect(await claim(pair, 'first', now)).toBe(true);
    expect(await claim(pair, 'second', now)).toBe(false);
    expect(await claim(pair, 'first', now)).toBe(true);
    expect(await claim(pair, 'second', '2026-06-09T08:59:59.999Z')).toBe(false);
    expect(await claim(pair, 'second', '2026-06-09T09:00:00.000Z', '2026-06-10T09:00:00.000Z')).toBe(true);
    expect(await claim(pair, 'first', '2026-06-09T10:00:00.000Z')).toBe(false);
    expect(await claim(String(++n), 'first', now)).toBe(true);
  });

  it('housekeeping drops expired guards only', async () => {
    const [expired, live] = [String(++n), String(++n)];
    await claim(expired, 'a', '2026-06-08T09:00:00.000Z', '2026-06-08T10:00:00.000Z');
    await claim(live, 'b', '2026-06-08T09:00:00.000Z', '2026-06-09T09:00:00.000Z');
    await deleteExpiredGuards(t.deps.db, '2026-06-08T10:00:00.000Z');
    const left = await t.deps.db.selectFrom('comment_duplicate_guards').select('email_hash').where('email_hash', 'in', [`email-${expired}`, `email-${live}`]).execute();
    expect(left.map((r) => r.email_hash)).toEqual([`email-${live}`]);
  });

  it('lets exactly one of many concurrent claims with different keys through', async () => {
    const pair = String(++n);
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => claim(pair, `key-${i}`, '2026-06-08T09:00:00.000Z')));
    expect(results.filter(Boolean)).toHaveLength(1);
  });
});
