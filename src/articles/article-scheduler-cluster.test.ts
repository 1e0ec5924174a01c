// Scheduled publishing runs on every app node; each due article must be published exactly
// once. Two "nodes" here: two deps objects, on PostgreSQL each with its own connection
// pool to the same database (so FOR UPDATE SKIP LOCKED really meets a second session).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { connect } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import { createPageCache } from '../http/cache.ts';
import { runDueSchedules, type ScheduleDeps } from './article-workflow.ts';

const DUE = 50;

async function secondConnection(t: TestContext): Promise<Database | undefined> {
  if (t.deps.engine !== 'postgres') return undefined;
  const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(t.deps.db);
  const url = new URL(process.env.SERAI_TEST_DATABASE_URL!);
  url.pathname = `/${rows[0]!.name}`;
  return connect({ engine: 'postgres', url: url.toString(), poolSize: 5 });
}

describe.each(engines)('scheduled publishing across nodes on %s', (engine) => {
  let t: TestContext;
  let other: Database | undefined;
  beforeAll(async () => {
    t = await buildTestApp(engine);
    other = await secondConnection(t);
  });
  afterAll(async () => {
    await other?.close();
    await t.close();
  });

  it(`publishes each of ${DUE} due articles exactly once when two nodes run at the same moment`, async () => {
    const section = await createSection(t.deps);
    const dueAt = new Date(t.deps.clock.now().getTime() - 60_000).toISOString();
    const ids: string[] = [];
    for (let i = 0; i < DUE; i++) {
      ids.push((await createArticle(t.deps, { sectionId: section.id, headline: `Scheduled story ${i}`, status: 'scheduled', publishAt: dueAt, publishedAt: null })).id);
    }
    const nodeA: ScheduleDeps = t.deps;
    const nodeB: ScheduleDeps = { ...t.deps, db: other?.db ?? t.deps.db, pageCache: createPageCache({ enabled: true }) };
    const counts = await Promise.all([runDueSchedules(nodeA), runDueSchedules(nodeB), runDueSchedules(nodeA), runDueSchedules(nodeB)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(DUE);

    const published = await t.deps.db.selectFrom('article_revisions').select(['article_id'])
      .where('article_id', 'in', ids).where('status', '=', 'published').execute();
    expect(published).toHaveLength(DUE);
    expect(new Set(published.map((r) => r.article_id)).size).toBe(DUE);
    const statuses = await t.deps.db.selectFrom('articles').select(['status', 'version']).where('id', 'in', ids).execute();
    expect(statuses.every((r) => r.status === 'published' && Number(r.version) === 2)).toBe(true);
    expect(await runDueSchedules(nodeB)).toBe(0);
  });

  it('publishes the other due articles when one of them cannot be published (no poison batch)', async () => {
    const section = await createSection(t.deps, { slug: 'poison-batch' });
    const now = t.deps.clock.now().getTime();
    const due = (minutes: number) => new Date(now - minutes * 60_000).toISOString();
    // Due first, so it leads every batch: its publication fails (its next revision number is taken).
    const poison = await createArticle(t.deps, { sectionId: section.id, headline: 'Poison', status: 'scheduled', publishAt: due(30), publishedAt: null });
    const row = await t.deps.db.selectFrom('articles').select('version').where('id', '=', poison.id).executeTakeFirstOrThrow();
    await t.deps.db.insertInto('article_revisions').values({
      id: t.deps.ids.next(), article_id: poison.id, version: Number(row.version) + 1, headline: 'x', summary: '', body_md: '', dateline: '',
      status: 'draft', editor_id: null, created_at: due(40),
    } as never).execute();
    const others = [];
    for (let i = 0; i < 3; i++) others.push((await createArticle(t.deps, { sectionId: section.id, headline: `Later ${i}`, status: 'scheduled', publishAt: due(10 - i), publishedAt: null })).id);
    const failures: unknown[] = [];
    expect(await runDueSchedules(t.deps, { error: (obj) => failures.push(obj) })).toBe(3);
    expect(failures).toHaveLength(1);
    const statuses = await t.deps.db.selectFrom('articles').select(['id', 'status']).where('id', 'in', [poison.id, ...others]).execute();
    expect(Object.fromEntries(statuses.map((r) => [r.id, r.status]))).toEqual({ [poison.id]: 'scheduled', ...Object.fromEntries(others.map((id) => [id, 'published'])) });
  });
});
