// Reader engagement in a real browser against a real `serai serve` (issue 3): the live
// grapheme counter with emoji and Cyrillic, the pre-moderation journey from submit to a
// moderator's approval to display, replies in place and without JavaScript, the vote with
// and without JavaScript, double submits, and the quality bars on the pages involved.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium, openPage, signInAt, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { commentsWithBody, seedEngagement, type EngagementNewsroom } from './support/engagement-seed.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

const FAMILY = '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466}'; // one grapheme, 25 bytes of UTF-8
const PAGE_WEIGHT_LIMIT = 15 * 1024; // ARCHITECTURE.md: article page with 50 comments, HTML + CSS + JS, gzip

let server: SeraiProcess;
let browser: Browser;
let newsroom: EngagementNewsroom;

beforeAll(async () => {
  const dataDir = makeDataDir();
  newsroom = await seedEngagement(dataDir);
  // No minimum time: a test fills the form faster than any reader (the check has its own tests).
  server = await startSerai({ dataDir, env: { SERAI_COMMENT_MIN_SECONDS: '0' } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const newPage = (options: BrowserContextOptions = {}): Promise<Page> => openPage(browser, options);

const articleUrl = () => `${server.url}${newsroom.article.path}`;

async function fillComment(page: Page, fields: { name: string; email: string; body: string }): Promise<void> {
  await page.locator('#comment-name').fill(fields.name);
  await page.locator('#comment-email').fill(fields.email);
  await page.locator('#comment-body').fill(fields.body);
}

async function submitComment(page: Page): Promise<void> {
  await Promise.all([
    page.waitForURL((url) => url.hash.startsWith('#comment')),
    page.locator('#comment-form button[type="submit"]').click(),
  ]);
}

const signInAsModerator = (page: Page): Promise<void> => signInAt(page, server.url, newsroom.moderator);

async function approve(page: Page, body: string): Promise<void> {
  await page.goto(`${server.url}/admin/moderation`);
  const item = page.locator('li.moderation-item', { hasText: body });
  await expect(item.count()).resolves.toBe(1);
  // The queue's keyboard island approves in place (fetch), without it the form posts and redirects: wait for either.
  await item.getByRole('button', { name: 'Approve' }).click();
  await page.locator('li.moderation-item', { hasText: body }).waitFor({ state: 'detached' });
}

describe('the live counter', () => {
  it('counts down in graphemes with Cyrillic and emoji, agrees with the server at exactly 1500, and turns to an error past it', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await page.goto(articleUrl());
    const counter = page.locator('#comment-counter');
    await expect(counter.textContent()).resolves.toBe('1500 / 1500');

    await page.locator('#comment-body').pressSequentially('Привет, сосед');
    await expect(counter.textContent()).resolves.toBe('1487 / 1500');
    // A flag and a letter with a combining accent are one character each, as a reader sees them.
    await page.locator('#comment-body').fill('\u{1F1F0}\u{1F1EC} e\u0301');
    await expect(counter.textContent()).resolves.toBe('1497 / 1500');

    await page.locator('#comment-body').fill(FAMILY.repeat(1500));
    await page.waitForFunction(() => document.querySelector('#comment-counter')?.textContent === '0 / 1500');
    expect(await counter.getAttribute('class')).not.toContain('comment-counter-over');

    await page.locator('#comment-body').press('End');
    await page.locator('#comment-body').pressSequentially('ё');
    await page.waitForFunction(() => document.querySelector('#comment-counter')?.classList.contains('comment-counter-over') === true);
    await expect(counter.textContent()).resolves.toMatch(/^-1 \/ 1500$|^−1 \/ 1500$/);
    await expect(page.locator('#comment-counter-message').textContent()).resolves.not.toBe('');
    // Nothing was cut: the text is all there.
    expect(await page.locator('#comment-body').inputValue()).toBe(`${FAMILY.repeat(1500)}ё`);

    // Exactly 1500 family emoji (37.5 KB) is accepted by the server too.
    await page.locator('#comment-body').fill(FAMILY.repeat(1500));
    await page.locator('#comment-name').fill('Emoji Reader');
    await page.locator('#comment-email').fill('emoji@example.test');
    await submitComment(page);
    expect(commentsWithBody(server.dataDir, FAMILY.repeat(1500))).toHaveLength(1);
    expect(watch.problems).toEqual([]);
  });
});

describe('the form token', () => {
  it('is swapped for an exact one when the reader starts on the form, and the comment is accepted with it', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await page.goto(articleUrl());
    const token = page.locator('#comment-form input[name="token"]');
    const pageToken = await token.inputValue();
    expect(pageToken).toMatch(/^[0-9a-z]+\./);
    await page.locator('#comment-name').focus();
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#comment-form input[name="token"]')?.value.startsWith('e.') === true);
    const body = 'Sent with the token fetched when I started typing.';
    await fillComment(page, { name: 'Exact', email: 'exact@example.test', body });
    const [post] = await Promise.all([page.waitForRequest((r) => r.method() === 'POST'), submitComment(page)]);
    expect(new URLSearchParams(post.postData() ?? '').get('token')).toMatch(/^e\./);
    expect(commentsWithBody(server.dataDir, body)).toHaveLength(1);
    expect(watch.problems).toEqual([]);
  });
});

describe('pre-moderation, from submit to approval to display', () => {
  const body = 'The cold store should open on Saturdays too: most of us pick on weekends.';

  it('the commenter sees their comment awaiting moderation, nobody else does, and it shows once a moderator approves it', async () => {
    const reader = await newPage();
    await reader.goto(articleUrl());
    await fillComment(reader, { name: 'Gulnara', email: 'gulnara@example.test', body });
    await submitComment(reader);
    await expect(reader.locator('#comments-posted').textContent()).resolves.toMatch(/^Thank you: your comment has been received/);
    const own = reader.locator('article.comment-pending', { hasText: body });
    await expect(own.count()).resolves.toBe(1);
    await expect(own.locator('.comment-status').textContent()).resolves.toBe('Awaiting moderation');
    expect(await reader.content()).not.toContain('gulnara@example.test');

    const stranger = await newPage();
    await stranger.goto(articleUrl());
    await expect(stranger.locator('article.comment', { hasText: body }).count()).resolves.toBe(0);
    await expect(stranger.locator('#comments-heading').textContent()).resolves.toBe('0 Comments');

    const moderator = await newPage();
    await signInAsModerator(moderator);
    await approve(moderator, body);

    await stranger.reload();
    await expect(stranger.locator('article.comment', { hasText: body }).count()).resolves.toBe(1);
    await expect(stranger.locator('#comments-heading').textContent()).resolves.toBe('1 Comment');
    await reader.reload();
    await expect(reader.locator('article.comment-pending', { hasText: body }).count()).resolves.toBe(0);
    await expect(reader.locator('article.comment', { hasText: body }).count()).resolves.toBe(1);
  });

  it('reply in place with JavaScript: the form moves under the comment and the reply threads under it', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await page.goto(articleUrl());
    const parent = page.locator('article.comment', { hasText: body });
    await parent.locator('a.comment-reply').click();
    // Still the same page (no navigation), with the form now inside the comment.
    expect(new URL(page.url()).search).toBe('');
    await expect(parent.locator('#comment-form').count()).resolves.toBe(1);
    await expect(page.locator('#comment-body').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    const reply = 'Saturdays would help the schoolchildren who pick with their parents.';
    await fillComment(page, { name: 'Bakyt', email: 'bakyt@example.test', body: reply });
    await submitComment(page);
    const rows = commentsWithBody(server.dataDir, reply);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.parent_id).toBe(commentsWithBody(server.dataDir, body)[0]!.id);
    await expect(page.locator('article.comment-pending', { hasText: reply }).count()).resolves.toBe(1);
    expect(watch.problems).toEqual([]);
  });

  it('reply without JavaScript: Reply opens the form for that comment, and the reply threads under it', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(articleUrl());
    await Promise.all([page.waitForURL(/reply_to=/), page.locator('article.comment', { hasText: body }).locator('a.comment-reply').click()]);
    await expect(page.locator('#comment-form-reply').textContent()).resolves.toContain('Gulnara');
    const reply = 'Без JavaScript тоже можно ответить — форма открылась под комментарием.';
    await fillComment(page, { name: 'Азамат', email: 'azamat@example.test', body: reply });
    await submitComment(page);
    const rows = commentsWithBody(server.dataDir, reply);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.parent_id).toBe(commentsWithBody(server.dataDir, body)[0]!.id);
    await expect(page.locator('article.comment-pending', { hasText: reply }).count()).resolves.toBe(1);
  });
});

describe('double submits', () => {
  it('a double click with JavaScript makes one comment', async () => {
    const page = await newPage();
    await page.goto(articleUrl());
    const body = 'Double click, one comment: the button waits for the first answer.';
    await fillComment(page, { name: 'Clicker', email: 'clicker@example.test', body });
    await Promise.all([page.waitForURL((url) => url.hash.startsWith('#comment')), page.locator('#comment-form button[type="submit"]').dblclick()]);
    expect(commentsWithBody(server.dataDir, body)).toHaveLength(1);
  });

  it('a double click without JavaScript, and a retried POST of the same form, make one comment', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(articleUrl());
    const body = 'Sent twice by an impatient finger on a slow connection.';
    await fillComment(page, { name: 'Impatient', email: 'impatient@example.test', body });
    await Promise.all([page.waitForURL((url) => url.hash.startsWith('#comment')), page.locator('#comment-form button[type="submit"]').dblclick()]);
    expect(commentsWithBody(server.dataDir, body)).toHaveLength(1);

    // The same form sent again (a retry after a lost answer): same token, same text.
    const form = await (await fetch(articleUrl())).text();
    const token = /name="token" value="([^"]+)"/.exec(form)?.[1];
    expect(token).toBeTruthy();
    const retried = 'Retried by the browser after the connection dropped.';
    const send = () => fetch(`${articleUrl()}/comments`, {
      method: 'POST', redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      body: new URLSearchParams({ name: 'Retry', email: 'retry@example.test', body: retried, token: token!, website: '' }),
    });
    const answers = await Promise.all([send(), send()]);
    expect(answers.map((a) => a.status)).toEqual([303, 303]);
    expect(answers[0]!.headers.get('location')).toBe(answers[1]!.headers.get('location'));
    expect(commentsWithBody(server.dataDir, retried)).toHaveLength(1);
  });
});

describe('the vote', () => {
  it('with JavaScript: counts appear in place, without a reload, and the vote can be changed but not stacked', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await page.goto(articleUrl());
    await expect(page.locator('li[data-vote-count]').count()).resolves.toBe(0);
    await page.evaluate(() => { (window as unknown as { marker: boolean }).marker = true; });
    await page.locator('form.vote-form button[name="value"][value="yes"]').click();
    await page.locator('li[data-vote-count="yes"]').waitFor();
    await expect(page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).resolves.toBe(true);
    await expect(page.locator('li[data-vote-count="yes"]').textContent()).resolves.toMatch(/\b1\b/);
    await expect(page.locator('button[name="value"][value="yes"]').getAttribute('aria-pressed')).resolves.toBe('true');

    await page.locator('form.vote-form button[name="value"][value="no"]').click();
    await page.waitForFunction(() => document.querySelector('button[name="value"][value="no"]')?.getAttribute('aria-pressed') === 'true');
    await expect(page.locator('li[data-vote-count="yes"]').textContent()).resolves.toMatch(/\b0\b/);
    await expect(page.locator('li[data-vote-count="no"]').textContent()).resolves.toMatch(/\b1\b/);
    await page.reload();
    await expect(page.locator('li[data-vote-count="no"]').textContent()).resolves.toMatch(/\b1\b/);
    expect(watch.problems).toEqual([]);
  });

  it('without JavaScript: the form posts and returns to the vote with the counts', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    // An article nobody has voted on yet, so the counts are this reader's alone.
    await page.goto(`${server.url}${newsroom.busyArticle.path}`);
    await Promise.all([page.waitForURL((url) => url.hash === '#reactions'), page.locator('form.vote-form button[name="value"][value="yes"]').click()]);
    await expect(page.locator('li[data-vote-count="yes"]').textContent()).resolves.toMatch(/\b1\b/);
    await expect(page.locator('li[data-vote-count="no"]').textContent()).resolves.toMatch(/\b0\b/);
    await expect(page.locator('button[name="value"][value="yes"]').getAttribute('aria-pressed')).resolves.toBe('true');
  });
});

describe('quality bars', () => {
  it('the article page with 50 comments weighs at most 15 KB gzip (HTML + CSS + JS) and passes axe-core', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    const transfers: Array<Promise<[string, number]>> = [];
    page.on('requestfinished', (request) => {
      if (!['document', 'stylesheet', 'script'].includes(request.resourceType())) return;
      // The bytes on the wire, compressed the way the server chose (br or gzip).
      transfers.push(request.sizes().then((sizes) => [request.url(), sizes.responseBodySize]));
    });
    await page.goto(`${server.url}${newsroom.busyArticle.path}`, { waitUntil: 'networkidle' });
    await expect(page.locator('article.comment').count()).resolves.toBe(50);
    const sizes = Object.fromEntries(await Promise.all(transfers));
    expect(Object.keys(sizes).length, 'the page, its stylesheet and its scripts').toBeGreaterThanOrEqual(3);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect(total, JSON.stringify(sizes)).toBeLessThanOrEqual(PAGE_WEIGHT_LIMIT);
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(watch.problems).toEqual([]);
  });

  it('the pages of the journey are valid HTML: the thread, a reply form, the re-shown form with errors, the policy', async () => {
    const busy = await (await fetch(`${server.url}${newsroom.busyArticle.path}`)).text();
    const parentId = /id="comment-([0-9a-f-]{36})"/.exec(busy)?.[1];
    const replyForm = await (await fetch(`${server.url}${newsroom.busyArticle.path}?reply_to=${parentId}`)).text();
    const refused = await fetch(`${articleUrl()}/comments`, {
      method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: '', email: 'not an email', body: 'x'.repeat(1501), token: 'junk', website: '' }),
    });
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('x'.repeat(1501));
    const policy = await (await fetch(`${server.url}/en/comment-policy`)).text();
    const errors = await htmlErrors({ thread: busy, 'reply form': replyForm, 'refused form': refusedHtml, policy });
    expect(errors).toEqual({ thread: [], 'reply form': [], 'refused form': [], policy: [] });

    // A refused form as a reader meets it, checked by axe-core (which needs JavaScript in the page):
    // the browser's checks pass, the server refuses (here: the honeypot a bot would fill) and keeps the text.
    const page = await newPage();
    await page.goto(articleUrl());
    await fillComment(page, { name: 'Hasty', email: 'hasty@example.test', body: 'Kept after a refusal.' });
    await page.locator('#comment-website').evaluate((el) => { (el as HTMLInputElement).value = 'https://spam.example'; });
    const [answer] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('#comment-form button[type="submit"]').click()]);
    expect(answer.status()).toBe(400);
    await page.waitForLoadState();
    expect(await page.locator('#comment-body').inputValue()).toBe('Kept after a refusal.');
    await expect(page.locator('#comment-form-errors').count()).resolves.toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
