// The moderation desk in a real browser against a real `serai serve` (issue 4 part 10):
// a moderator clears the routine queue with the keyboard alone, a comment a reader posts
// with strong language is held by screening, approved, and appears on its article, a rejection's reason lands in the moderation
// log, and two moderators acting on one comment: the second gets a conflict, nothing is
// overwritten (with and without JavaScript).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, openPage, signInAt, watchPage } from './support/browser.ts';
import { accessibilityViolations } from './support/checks.ts';
import { commentState, commentsWithBody, logRowsFor, seedModeration, userIdByEmail, type ModerationNewsroom, type SeededComment } from './support/moderation-seed.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

let server: SeraiProcess;
let browser: Browser;
let newsroom: ModerationNewsroom;

beforeAll(async () => {
  const dataDir = makeDataDir();
  newsroom = await seedModeration(dataDir);
  // No minimum time: a test fills the comment form faster than any reader.
  server = await startSerai({ dataDir, env: { SERAI_COMMENT_MIN_SECONDS: '0' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const newPage = (options: BrowserContextOptions = {}): Promise<Page> => openPage(browser, options);

const signIn = (page: Page, who: { email: string; password: string }): Promise<void> => signInAt(page, server.url, who);

async function moderatorPage(which: 0 | 1, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await newPage(options);
  await signIn(page, newsroom.moderators[which]);
  return page;
}

/** The id of the element holding the focus ('' when nothing in particular has it). */
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const itemId = (c: SeededComment) => `moderation-${c.id}`;
const item = (page: Page, c: SeededComment) => page.locator(`#${itemId(c)}`);

/** Presses a key and waits until the comment has left the list. */
async function pressAndSettle(page: Page, key: string, gone: SeededComment): Promise<void> {
  await page.keyboard.press(key);
  await item(page, gone).waitFor({ state: 'detached' });
}

/** The reason list is closed; arrow keys walk its options as a keyboard user would. */
async function chooseReason(page: Page, label: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const chosen = await page.evaluate(() => {
      const select = document.activeElement as HTMLSelectElement | null;
      return select?.tagName === 'SELECT' ? select.selectedOptions[0]?.textContent ?? '' : '';
    });
    if (chosen === label) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no reason "${label}" reached with the arrow keys`);
}

describe('the keyboard alone', () => {
  it('clears the Pending queue with j/k/a/s/r and Enter, with visible focus and announcements, and the database agrees', async () => {
    const page = await moderatorPage(0);
    const watch = watchPage(page);
    await page.goto(`${server.url}/admin/moderation`);
    const [phone, road, store, insult, thanks] = newsroom.pending as [SeededComment, SeededComment, SeededComment, SeededComment, SeededComment];
    // Highest risk first.
    const order = await page.locator('#moderation-queue > li.moderation-item').evaluateAll((items) => items.map((i) => i.id));
    expect(order).toEqual(newsroom.pending.map(itemId));

    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(itemId(phone));
    const ring = await item(page, phone).evaluate((el) => getComputedStyle(el).outlineStyle + ' ' + getComputedStyle(el).outlineWidth);
    expect(ring).toBe('solid 3px');
    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(itemId(road));
    await page.keyboard.press('k');
    expect(await focusedId(page)).toBe(itemId(phone));

    // s: the phone number advert is spam; focus moves on to the next comment.
    await pressAndSettle(page, 's', phone);
    expect(await focusedId(page)).toBe(itemId(road));
    await expect(page.locator('#moderation-status').textContent()).resolves.toMatch(/Nurlan.*marked as spam/);

    // a: approve.
    await pressAndSettle(page, 'a', road);
    expect(await focusedId(page)).toBe(itemId(store));
    await expect(page.locator('#moderation-status').textContent()).resolves.toMatch(/Aigerim.*approved/);

    // r without a reason, then Enter: the server asks for one and the comment stays.
    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(itemId(insult));
    await page.keyboard.press('r');
    expect(await focusedId(page)).toBe(`${itemId(insult)}-reason`);
    await page.keyboard.press('Enter');
    await item(page, insult).locator('.moderation-item-problem').waitFor();
    expect(await item(page, insult).count()).toBe(1);
    expect(commentState(server.dataDir, insult.id)?.status).toBe('pending');

    // Letters typed in the reason list choose options, they do not approve or mark spam.
    await chooseReason(page, 'Personal attack');
    await pressAndSettle(page, 'Enter', insult);
    expect(await focusedId(page)).toBe(itemId(thanks));
    await expect(page.locator('#moderation-status').textContent()).resolves.toMatch(/Dinara.*rejected/);

    // k back up to the one skipped, approve it, then the last: focus falls back to what is left.
    await page.keyboard.press('k');
    expect(await focusedId(page)).toBe(itemId(store));
    await pressAndSettle(page, 'a', store);
    expect(await focusedId(page)).toBe(itemId(thanks));
    // Modifiers leave the page alone: Ctrl+a selects text, it does not approve.
    await page.keyboard.press('Control+a');
    expect(await item(page, thanks).count()).toBe(1);
    await pressAndSettle(page, 'a', thanks);
    await expect(page.locator('#moderation-queue > li.moderation-item').count()).resolves.toBe(0);
    await expect(page.locator('#moderation-status').textContent()).resolves.toMatch(/No more comments/);

    // The tab counts followed along, and agree with the server's after a reload.
    const tabs = () => page.locator('a[data-tab]').evaluateAll((links) => links.map((a) => a.textContent).join(' | '));
    const counted = await tabs();
    expect(counted).toMatch(/Pending \(0\).*Approved \(3\).*Rejected \(1\).*Spam \(1\)/);
    await page.reload();
    await expect(page.locator('li.moderation-item').count()).resolves.toBe(0);
    expect(await tabs()).toBe(counted);

    const expected: Array<[SeededComment, string, string | null]> = [
      [phone, 'spam', null], [road, 'approved', null], [store, 'approved', null], [insult, 'rejected', 'personal_attack'], [thanks, 'approved', null],
    ];
    for (const [comment, status, reason] of expected) {
      expect(commentState(server.dataDir, comment.id), comment.authorName).toMatchObject({ status, queue: null, reject_reason: reason, version: 2 });
    }
    // The one refusal the test asked for (a reject without a reason, logged by the browser too) is the only bad answer.
    expect(watch.problems.filter((p) => !(/\b400\b/.test(p) && p.includes('/admin/moderation')))).toEqual([]);
  });
});

describe('the moderation log', () => {
  // The rejection is the one the keyboard test made (files run their tests in order).
  it('records the rejection with its reason, the moderator and the statuses before and after', async () => {
    const insult = newsroom.pending[3]!;
    const moderatorId = userIdByEmail(server.dataDir, newsroom.moderators[0].email);
    const rows = logRowsFor(server.dataDir, insult.id).filter((r) => r.action !== 'screening_hold');
    expect(rows).toEqual([{ action: 'reject', actor_id: moderatorId, reason: 'personal_attack', from_status: 'pending', to_status: 'rejected' }]);

    // The admin's log page shows it, filtered to that comment.
    const page = await moderatorPage(0);
    const response = await page.goto(`${server.url}/admin/moderation/log?target=${insult.id}`);
    expect(response?.status()).toBe(200);
    const row = page.locator(`#moderation-log tr[data-action="reject"][data-target-id="${insult.id}"]`);
    await expect(row.count()).resolves.toBe(1);
    const text = await row.innerText();
    expect(text).toMatch(/Personal attack/i);
    expect(text).toContain('Mira Moderator');
  });
});

describe('a comment held by screening', () => {
  it('posted with strong language through the article form, it waits under Held by screening with its reasons, and once approved readers see it', async () => {
    const body = 'What a fucking disgrace the tender was, everyone knows who won it.';
    const reader = await newPage();
    await reader.goto(`${server.url}${newsroom.heatedArticlePath}`);
    await reader.locator('#comment-name').fill('Gulzat');
    await reader.locator('#comment-email').fill('gulzat@example.test');
    await reader.locator('#comment-body').fill(body);
    await Promise.all([reader.waitForURL((url) => url.hash.startsWith('#comment')), reader.locator('#comment-form button[type="submit"]').click()]);
    const [stored] = commentsWithBody(server.dataDir, body);
    expect(stored).toMatchObject({ status: 'pending', queue: 'held' });
    const posted: SeededComment = { id: stored!.id, body, authorName: 'Gulzat' };

    const stranger = await newPage();
    await stranger.goto(`${server.url}${newsroom.heatedArticlePath}`);
    await expect(stranger.locator('article.comment', { hasText: body }).count()).resolves.toBe(0);

    const page = await moderatorPage(0);
    const watch = watchPage(page);
    await page.goto(`${server.url}/admin/moderation?tab=held`);
    const held = item(page, posted);
    await expect(held.getAttribute('data-queue')).resolves.toBe('held');
    await expect(held.locator('ul.screening-reasons > li[data-code="profanity"]').count()).resolves.toBe(1);
    await expect(held.locator('.moderation-body mark.screening-match').first().textContent()).resolves.toBe('fucking');

    // The held tab lists the riskiest first: j walks down to the posted comment.
    for (let i = 0; i < 5 && (await focusedId(page)) !== itemId(posted); i++) await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(itemId(posted));
    await pressAndSettle(page, 'a', posted);
    expect(commentState(server.dataDir, posted.id)).toMatchObject({ status: 'approved', queue: null });
    expect(logRowsFor(server.dataDir, posted.id).map((r) => [r.action, r.reason, r.to_status]))
      .toEqual([['screening_hold', 'profanity', 'pending'], ['approve', null, 'approved']]);
    expect(watch.problems).toEqual([]);

    await stranger.reload();
    await expect(stranger.locator('article.comment', { hasText: body }).count()).resolves.toBe(1);
  });
});

describe('two moderators, one comment', () => {
  it('the second gets a conflict in the item and nothing is overwritten; without JavaScript the page says so too', async () => {
    const { contested } = newsroom;
    const first = await moderatorPage(0);
    const second = await moderatorPage(1);
    const noScript = await moderatorPage(1, { javaScriptEnabled: false });
    for (const page of [first, second, noScript]) {
      await page.goto(`${server.url}/admin/moderation?tab=held`);
      await expect(item(page, contested).getAttribute('data-version')).resolves.toBe('1');
    }

    await item(first, contested).focus();
    await pressAndSettle(first, 'a', contested);
    expect(commentState(server.dataDir, contested.id)).toMatchObject({ status: 'approved', version: 2 });

    // The second moderator still sees version 1 and rejects it with a reason: a conflict, shown in the item.
    await item(second, contested).focus();
    await second.keyboard.press('r');
    await chooseReason(second, 'Profanity');
    const [answer] = await Promise.all([second.waitForResponse((r) => r.request().method() === 'POST'), second.keyboard.press('Enter')]);
    expect(answer.status()).toBe(409);
    const problem = item(second, contested).locator('.moderation-item-problem');
    await expect(problem.textContent()).resolves.toMatch(/Someone else changed this comment meanwhile/);
    expect(await item(second, contested).count()).toBe(1);
    await expect(second.locator('#moderation-status').textContent()).resolves.toMatch(/Someone else changed/);
    // The queue with the island's message in it still meets the accessibility bar.
    expect(await accessibilityViolations(second)).toEqual([]);

    // Without JavaScript the form posts and the re-shown queue carries the same message.
    const [page409] = await Promise.all([
      noScript.waitForResponse((r) => r.request().method() === 'POST'),
      item(noScript, contested).locator('button[name="to"][value="spam"]').click(),
    ]);
    expect(page409.status()).toBe(409);
    await expect(noScript.locator('#moderation-problem').textContent()).resolves.toMatch(/Someone else changed this comment meanwhile/);

    expect(commentState(server.dataDir, contested.id)).toMatchObject({ status: 'approved', queue: null, reject_reason: null, version: 2 });
    const moderatorId = userIdByEmail(server.dataDir, newsroom.moderators[0].email);
    expect(logRowsFor(server.dataDir, contested.id).filter((r) => r.action !== 'screening_hold'))
      .toEqual([{ action: 'approve', actor_id: moderatorId, reason: null, from_status: 'pending', to_status: 'approved' }]);
  });
});

describe('when the network fails the keyboard', () => {
  it('the form is posted the ordinary way and the action still happens', async () => {
    const { offline } = newsroom;
    const page = await moderatorPage(0);
    await page.goto(`${server.url}/admin/moderation?tab=held`);
    // Only the island's fetch fails; the browser's own form post goes through.
    await page.route('**/admin/moderation**', (route) => (route.request().resourceType() === 'fetch' ? route.abort('connectionfailed') : route.continue()));
    await item(page, offline).focus();
    await Promise.all([page.waitForURL((url) => url.searchParams.get('done') === 'approved'), page.keyboard.press('a')]);
    expect(commentState(server.dataDir, offline.id)).toMatchObject({ status: 'approved', queue: null, version: 2 });
    await expect(item(page, offline).count()).resolves.toBe(0);
  });
});
