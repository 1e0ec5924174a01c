// The article page's side of live comments: it names the stream from the seq it shows
// (so a cached copy replays exactly what happened since) and is the same for every
// reader; the log is pruned after two days.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestContext } from '../../test/build-test-app.ts';
import { createComment } from '../../test/comment-factory.ts';
import { engines } from '../../test/engines.ts';
import { createArticle, createSection } from '../../test/factories.ts';
import { moderateComment } from '../comments/comment-store.ts';
import { articleUrl } from '../lib/urls.ts';
import { pruneLiveEvents } from './live-event-pruning.ts';
import { listLiveEventsAfter } from './live-events.queries.ts';

describe.each(engines)('live comments on the article page on %s', (engine) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await buildTestApp(engine);
  });
  afterEach(() => t.close());

  async function newArticle(fields: { sectionSlug?: string; headline?: string } = {}) {
    const section = await createSection(t.deps, { slug: fields.sectionSlug ?? 'news' });
    return createArticle(t.deps, { sectionId: section.id, ...(fields.headline ? { headline: fields.headline } : {}) });
  }

  it('names the stream from the seq the page shows, with the words the island writes, the same for every reader', async () => {
    const article = await newArticle();
    const path = articleUrl(article.locale, article.slug);
    const first = await t.app.inject({ url: path });
    expect(first.body).toContain(`data-live="/api/articles/${article.id}/live?lastEventId=0" data-live-order="oldest"`);
    const words = JSON.parse(/data-live-words="([^"]*)"/.exec(first.body)![1]!.replaceAll('&quot;', '"'));
    expect(words).toEqual({ locale: 'en-u-ca-gregory', count: { one: '# Comment', other: '# Comments' }, added: { one: '# new comment', other: '# new comments' } });
    const held = await createComment(t.deps, { articleId: article.id, status: 'pending' });
    await moderateComment(t.deps, { id: held.id, to: 'approved', actorId: null });
    const second = await t.app.inject({ url: path });
    expect(second.body).toContain(`live?lastEventId=1"`);
    expect((await t.app.inject({ url: path, headers: { 'accept-language': 'ru' } })).body).toBe(second.body);
    expect((await t.app.inject({ url: `${path}?comments_order=newest` })).body).toContain('data-live-order="newest"');
    expect((await t.app.inject({ url: `${path}?comments_thread=${held.id}` })).body).toContain('data-live-order="replies"');
  });

  it('prunes events older than two days', async () => {
    const article = await newArticle();
    await createComment(t.deps, { articleId: article.id });
    t.deps.clock.advance(2 * 24 * 3_600_000 - 1);
    await createComment(t.deps, { articleId: article.id });
    t.deps.clock.advance(2);
    expect(await pruneLiveEvents(t.deps)).toBe(1);
    expect((await listLiveEventsAfter(t.deps.db, article.id, 0, 10)).map((e) => e.seq)).toEqual([2]);
  });
});
