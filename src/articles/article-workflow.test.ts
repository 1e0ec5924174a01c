import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { engines } from '../../test/engines.ts';
import { createAuthor, createSection, createUser, defaultSiteId } from '../../test/factories.ts';
import { findEditableArticle } from './article.queries.ts';
import { listRevisions } from './article-revision.queries.ts';
import { startScheduler } from './article-scheduler.ts';
import { publishArticle, runDueSchedules, scheduleArticle, submitForReview, unpublishArticle } from './article-workflow.ts';
import { createArticle, type ArticleInput } from './save-article.ts';

const HOUR = 3_600_000;

describe.each(engines)('the publishing workflow on %s', (engine) => {
  let t: TestContext;
  let base: ArticleInput;
  let editorId: string;
  let n = 0;

  async function draft(): Promise<string> {
    const result = await createArticle(t.deps, { ...base, headline: `Story number ${++n}` }, editorId);
    if (result.kind !== 'saved') throw new Error(JSON.stringify(result));
    return result.id;
  }
  const statusOf = async (id: string) => (await findEditableArticle(t.deps.db, id))!;
  const cacheSomething = () => t.deps.pageCache.set(base.siteId, '/en/', { body: 'cached', contentType: 'text/html', status: 200 });
  const cached = () => t.deps.pageCache.get(base.siteId, '/en/') !== undefined;

  beforeAll(async () => {
    t = await buildTestApp(engine);
    const section = await createSection(t.deps);
    const author = await createAuthor(t.deps);
    editorId = (await createUser(t.deps, { role: 'editor' })).id;
    base = {
      siteId: await defaultSiteId(t.deps), locale: 'en', headline: '', summary: '', sectionId: section.id, authorIds: [author.id],
      dateline: 'OSH', bodyMd: 'Text.', tags: [], leadMediaId: null, leadCaption: '', leadCredit: '', leadAlt: '',
    };
  });
  afterAll(async () => { await t.close(); });

  it('goes draft → review → published → unpublished → published, keeping the first publication time', async () => {
    const id = await draft();
    expect(await submitForReview(t.deps, id, editorId)).toEqual({ kind: 'submitted' });
    expect((await statusOf(id)).status).toBe('review');

    cacheSomething();
    expect(await publishArticle(t.deps, id, editorId)).toEqual({ kind: 'published' });
    const first = await statusOf(id);
    expect(first).toMatchObject({ status: 'published', publishedAt: t.deps.clock.now().toISOString() });
    expect(cached()).toBe(false);

    t.deps.clock.advance(HOUR);
    cacheSomething();
    expect(await unpublishArticle(t.deps, id, editorId)).toEqual({ kind: 'unpublished' });
    expect((await statusOf(id)).status).toBe('unpublished');
    expect(cached()).toBe(false);

    t.deps.clock.advance(HOUR);
    expect(await publishArticle(t.deps, id, editorId)).toEqual({ kind: 'published' });
    expect((await statusOf(id)).publishedAt).toBe(first.publishedAt);

    const revisions = await listRevisions(t.deps.db, id);
    expect(revisions.map((r) => r.status)).toEqual(['published', 'unpublished', 'published', 'review', 'draft']);
    expect(revisions.map((r) => r.version)).toEqual([5, 4, 3, 2, 1]);
  });

  it('refuses steps that are not possible from the current status', async () => {
    const id = await draft();
    expect(await unpublishArticle(t.deps, id, editorId)).toEqual({ kind: 'invalid_transition', from: 'draft' });
    await publishArticle(t.deps, id, editorId);
    expect(await publishArticle(t.deps, id, editorId)).toEqual({ kind: 'invalid_transition', from: 'published' });
    expect(await submitForReview(t.deps, id, editorId)).toEqual({ kind: 'invalid_transition', from: 'published' });
    expect(await publishArticle(t.deps, 'missing', editorId)).toEqual({ kind: 'not_found' });
  });

  it('schedules only in the future, and cancelling a schedule makes a draft again', async () => {
    const id = await draft();
    const past = new Date(t.deps.clock.now().getTime() - 1000).toISOString();
    expect(await scheduleArticle(t.deps, id, past, editorId)).toMatchObject({ kind: 'invalid', errors: { publishAt: { key: 'publishAtPast' } } });
    const later = new Date(t.deps.clock.now().getTime() + HOUR).toISOString();
    expect(await scheduleArticle(t.deps, id, later, editorId)).toEqual({ kind: 'scheduled' });
    expect(await statusOf(id)).toMatchObject({ status: 'scheduled', publishAt: later });
    expect(await unpublishArticle(t.deps, id, editorId)).toEqual({ kind: 'unscheduled' });
    expect(await statusOf(id)).toMatchObject({ status: 'draft', publishAt: null });
  });

  it('publishes a scheduled article once its time comes, exactly once, and drops cached pages', async () => {
    const id = await draft();
    const at = new Date(t.deps.clock.now().getTime() + 2 * HOUR).toISOString();
    await scheduleArticle(t.deps, id, at, editorId);

    expect(await runDueSchedules(t.deps)).toBe(0);
    expect((await statusOf(id)).status).toBe('scheduled');

    t.deps.clock.advance(2 * HOUR);
    cacheSomething();
    // Two app nodes running the scheduler at the same moment.
    const counts = await Promise.all([runDueSchedules(t.deps), runDueSchedules(t.deps)]);
    expect(counts[0]! + counts[1]!).toBe(1);
    expect(await statusOf(id)).toMatchObject({ status: 'published', publishedAt: t.deps.clock.now().toISOString(), publishAt: null });
    expect(cached()).toBe(false);
    expect(await runDueSchedules(t.deps)).toBe(0);
    const revisions = await listRevisions(t.deps.db, id);
    expect(revisions.filter((r) => r.status === 'published')).toHaveLength(1);
    expect(revisions[0]!.editorName).toBeNull();
  });

  it('does not publish an article whose schedule was cancelled', async () => {
    const id = await draft();
    await scheduleArticle(t.deps, id, new Date(t.deps.clock.now().getTime() + HOUR).toISOString(), editorId);
    await unpublishArticle(t.deps, id, editorId);
    t.deps.clock.advance(2 * HOUR);
    expect(await runDueSchedules(t.deps)).toBe(0);
    expect((await statusOf(id)).status).toBe('draft');
  });

  it('runs from startScheduler at start-up, so a schedule survives a restart', async () => {
    const id = await draft();
    await scheduleArticle(t.deps, id, new Date(t.deps.clock.now().getTime() + HOUR).toISOString(), editorId);
    t.deps.clock.advance(HOUR); // the server was down when the time came
    const logged: object[] = [];
    let done!: () => void;
    const published = new Promise<void>((resolve) => { done = resolve; });
    const stop = startScheduler(t.deps, { info: (obj) => { logged.push(obj); done(); }, error: (obj) => { logged.push(obj); done(); } });
    await published;
    stop();
    expect(logged).toEqual([{ published: 1 }]);
    expect((await statusOf(id)).status).toBe('published');
  });
});
