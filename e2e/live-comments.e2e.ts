// Live comments in a real browser against a real `serai serve` (issue 7, single node): a
// reader has an article's comments open; a moderator elsewhere approves a held comment and
// a held reply; both appear in place on the reader's page (no reload), the heading's count
// follows, the live region says so, and the page still passes axe.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { openDatabase, prepareDeps } from '../src/server.ts';
import { createComment } from '../test/comment-factory.ts';
import { launchChromium, openPage, signInAt, watchPage } from './support/browser.ts';
import { accessibilityViolations } from './support/checks.ts';
import { seedEngagement, type EngagementNewsroom } from './support/engagement-seed.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

const FIRST = 'The road to the cold store needs repairs before the harvest.';
const HELD = 'Will the cooperative take apricots from villages across the river?';
const REPLY = 'Agreed: the trucks got stuck twice last week.';
const LATE = 'The ferry timetable changes again on Monday.';

let server: SeraiProcess;
let browser: Browser;
let newsroom: EngagementNewsroom;

/** On the engagement article: one approved comment, a held top-level comment and a held reply to the first. */
async function seedHeldComments(dataDir: string, articlePath: string): Promise<void> {
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    const slug = articlePath.split('/').pop()!;
    const article = await deps.db.selectFrom('articles').select('id').where('slug', '=', slug).executeTakeFirstOrThrow();
    const first = await createComment(deps, { articleId: article.id, authorName: 'Aigul', body: FIRST });
    await createComment(deps, { articleId: article.id, status: 'pending', authorName: 'Timur', body: HELD });
    await createComment(deps, { articleId: article.id, parentId: first.id, status: 'pending', authorName: 'Saule', body: REPLY });
    await createComment(deps, { articleId: article.id, status: 'pending', authorName: 'Dana', body: LATE });
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const dataDir = makeDataDir();
  newsroom = await seedEngagement(dataDir);
  await seedHeldComments(dataDir, newsroom.article.path);
  server = await startSerai({ dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

async function approve(page: Page, body: string): Promise<void> {
  await page.goto(`${server.url}/admin/moderation`);
  const item = page.locator('li.moderation-item', { hasText: body });
  await item.getByRole('button', { name: 'Approve' }).click();
  await page.locator('li.moderation-item', { hasText: body }).waitFor({ state: 'detached' });
}

describe('live comments', () => {
  it('shows comments a moderator approves elsewhere in place, with the count and an announcement, no reload', async () => {
    const reader = await openPage(browser);
    const watch = watchPage(reader);
    const stream = reader.waitForResponse((response) => response.url().includes('/live?lastEventId='));
    await reader.goto(`${server.url}${newsroom.article.path}#comments`);
    await expect(reader.locator('#comments-heading').textContent()).resolves.toBe('1 Comment');
    expect((await stream).headers()['content-type']).toBe('text/event-stream; charset=utf-8');
    // Marks this document: a reload would lose it.
    await reader.evaluate(() => { (window as unknown as { stayed: boolean }).stayed = true; });

    const moderator = await openPage(browser);
    await signInAt(moderator, server.url, newsroom.moderator);
    await approve(moderator, HELD);
    const held = reader.locator('#comment-list > li > article.comment', { hasText: HELD });
    await held.waitFor();
    await expect(reader.locator('#comments-heading').textContent()).resolves.toBe('2 Comments');
    await expect(reader.locator('#comment-list > li').last().textContent()).resolves.toContain(HELD);
    await reader.locator('#comments-live', { hasText: '1 new comment' }).waitFor();

    await approve(moderator, REPLY);
    const reply = reader.locator('#comment-list > li', { hasText: FIRST }).locator('ol.comment-replies > li > article.comment.depth-1', { hasText: REPLY });
    await reply.waitFor();
    await expect(reader.locator('#comments-heading').textContent()).resolves.toBe('3 Comments');
    // The thread's own links work on the inserted items, and nothing was added twice.
    await expect(reply.locator('a.comment-reply').getAttribute('data-reply-to')).resolves.toMatch(/^[0-9a-f-]{36}$/);
    await expect(reader.locator('article.comment').count()).resolves.toBe(3);
    await expect(reader.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).resolves.toBe(true);

    expect(await accessibilityViolations(reader)).toEqual([]);
    expect(watch.problems).toEqual([]);
    await reader.context().close();
    await moderator.context().close();
  });
  it('opens the stream again after a refusal (a draining node answers 503), and gets what it missed', async () => {
    const reader = await openPage(browser);
    let calls = 0;
    // The first stream ends at once (the browser reconnects), the reconnect is refused as a draining
    // node refuses it (which ends an EventSource for good), the next one reaches the server.
    await reader.route(/\/api\/articles\/[^/]+\/live/, async (route) => {
      calls++;
      if (calls === 1) return route.fulfill({ status: 200, headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-store' }, body: 'retry: 50\n\n' });
      if (calls === 2) return route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"draining"}}' });
      return route.continue();
    });
    await reader.goto(`${server.url}${newsroom.article.path}#comments`);
    await vi.waitFor(() => expect(calls).toBeGreaterThanOrEqual(2), { timeout: 15_000, interval: 50 });
    const moderator = await openPage(browser);
    await signInAt(moderator, server.url, newsroom.moderator);
    await approve(moderator, LATE);
    await reader.locator('#comment-list > li > article.comment', { hasText: LATE }).waitFor({ timeout: 20_000 });
    expect(calls).toBeGreaterThanOrEqual(3);
    await reader.context().close();
    await moderator.context().close();
  });
});
