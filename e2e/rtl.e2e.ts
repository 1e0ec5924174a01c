// Right-to-left in a real browser (issue 5, parts 5 and 8): the same article in English and in
// Arabic, opened at the same viewport, must be mirror images of each other, element by element
// (positions along the line, not pixels); the Arabic page passes axe-core and the Nu HTML Checker
// with lang="ar" dir="rtl"; a Latin name inside the Arabic text is isolated. Screenshots of both
// pages go to e2e/.artifacts/ for people to look at; nothing is asserted on them.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { edgesOf, expectMirrored } from './support/mirror.ts';
import { seedBilingual, type BilingualNewsroom } from './support/rtl-seed.ts';
import { makeDataDir, REPO_ROOT, startSerai, type SeraiProcess } from './support/server.ts';

const VIEWPORT = { width: 1280, height: 900 };
const ARTIFACTS = path.join(REPO_ROOT, 'e2e/.artifacts');

let server: SeraiProcess;
let browser: Browser;
let newsroom: BilingualNewsroom;

beforeAll(async () => {
  const dataDir = makeDataDir();
  newsroom = await seedBilingual(dataDir);
  server = await startSerai({ dataDir });
  browser = await launchChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

async function open(pathname: string): Promise<{ page: Page; html: string; problems: string[] }> {
  const page = await openPage(browser, { viewport: VIEWPORT });
  const watch = watchPage(page);
  const response = await page.goto(`${server.url}${pathname}`);
  expect(response?.status(), pathname).toBe(200);
  return { page, html: await response!.text(), problems: watch.problems };
}

/**
 * What is compared, and how: `box` elements must mirror edge for edge (the same text or no text
 * in both pages, so the same width); `start` elements only from their inline-start edge (their
 * words differ between the languages, so their width may too).
 */
const ARTICLE_PARTS: Array<{ name: string; selector: string; nth?: number; match: 'box' | 'start' }> = [
  { name: 'masthead', selector: '.masthead .wrap', match: 'box' },
  { name: 'site name', selector: '.site-name', match: 'box' },
  { name: 'first section link', selector: '.section-nav a', nth: 0, match: 'box' },
  { name: 'second section link', selector: '.section-nav a', nth: 1, match: 'box' },
  { name: 'section label', selector: '.article-header .kicker a', match: 'box' },
  { name: 'headline', selector: 'h1', match: 'box' },
  { name: 'standfirst', selector: '.standfirst', match: 'start' },
  { name: 'byline', selector: '.byline', match: 'box' },
  { name: 'lead image', selector: '.lead-figure img', match: 'box' },
  { name: 'caption', selector: '.lead-figure figcaption', match: 'box' },
  { name: 'vote question', selector: '.vote h2', match: 'start' },
  { name: 'first vote button', selector: '.vote-button', nth: 0, match: 'start' },
  { name: 'second vote button', selector: '.vote-button', nth: 1, match: 'start' },
  { name: 'comment count', selector: '#comments-heading', match: 'start' },
  { name: 'name label', selector: 'label[for="comment-name"]', match: 'box' },
  { name: 'name field', selector: '#comment-name', match: 'box' },
  { name: 'email field', selector: '#comment-email', match: 'box' },
  { name: 'comment label', selector: 'label[for="comment-body"]', match: 'box' },
  { name: 'comment field', selector: '#comment-body', match: 'box' },
  { name: 'submit button', selector: '.comment-submit', match: 'start' },
  { name: 'first commenter (same Latin name)', selector: '.comment-list > li:first-child > .comment .comment-author', match: 'box' },
  { name: 'first comment', selector: '.comment-list > li:first-child > .comment', match: 'box' },
  { name: 'reply list (the indent)', selector: '.comment-list > li:first-child > .comment-replies', match: 'box' },
  { name: 'reply', selector: '.comment-replies .comment', match: 'box' },
  { name: 'replier (same Latin name)', selector: '.comment-replies .comment-author', match: 'box' },
];

describe('an Arabic article is its English translation mirrored', () => {
  let ltr: Page;
  let rtl: Page;
  let rtlHtml: string;
  const problems: string[] = [];

  beforeAll(async () => {
    const en = await open(newsroom.en.articlePath);
    const ar = await open(newsroom.ar.articlePath);
    ltr = en.page;
    rtl = ar.page;
    rtlHtml = ar.html;
    problems.push(...en.problems, ...ar.problems);
    await ltr.screenshot({ path: path.join(ARTIFACTS, 'rtl-article-en.png'), fullPage: true });
    await rtl.screenshot({ path: path.join(ARTIFACTS, 'rtl-article-ar.png'), fullPage: true });
  });

  it('the Arabic page is right to left, the English left to right, and neither scrolls sideways', async () => {
    expect(await rtl.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl');
    expect(await ltr.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('ltr');
    for (const page of [ltr, rtl]) {
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    }
    expect(problems).toEqual([]);
  });

  it.each(ARTICLE_PARTS)('$name sits where the mirror puts it', async ({ selector, nth, match }) => {
    const [left, right] = await Promise.all([edgesOf(ltr, selector, nth), edgesOf(rtl, selector, nth)]);
    expectMirrored(left, right, match);
  });

  it('replies are indented from the inline-start side: from the left in English, from the right in Arabic', async () => {
    const parent = '.comment-list > li:first-child > .comment';
    const reply = '.comment-replies .comment';
    const [ltrParent, ltrReply, rtlParent, rtlReply] = await Promise.all([
      edgesOf(ltr, parent), edgesOf(ltr, reply), edgesOf(rtl, parent), edgesOf(rtl, reply),
    ]);
    expect(ltrReply.left - ltrParent.left).toBeGreaterThan(15);
    expect(Math.abs(ltrReply.right - ltrParent.right)).toBeLessThanOrEqual(1);
    expect(rtlParent.right - rtlReply.right).toBeGreaterThan(15);
    expect(Math.abs(rtlReply.left - rtlParent.left)).toBeLessThanOrEqual(1);
  });

  it('a Latin name inside the Arabic text is isolated (in a <bdi> or an element with dir=auto)', async () => {
    const isolated = (name: string) => rtl.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      const found: boolean[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.textContent?.trim() !== text) continue;
        found.push(Boolean(node.parentElement?.closest('bdi, [dir="auto"]')));
      }
      return found;
    }, name);
    const author = await isolated(newsroom.author);
    const commenter = await isolated(newsroom.commenter);
    expect(author.length, 'the byline names the author').toBeGreaterThan(0);
    expect(commenter.length, 'the thread names the commenter').toBeGreaterThan(0);
    expect([...author, ...commenter].every(Boolean)).toBe(true);
    // The byline link holds the name in a <bdi>, so "By" and the name keep their order in the Arabic line.
    expect(await rtl.locator('.byline a[rel="author"] bdi').first().textContent()).toBe(newsroom.author);
  });

  it('interface text still in English on the Arabic page (no Arabic catalog yet) keeps its own order', async () => {
    // Read as it is drawn: a Latin string must run left to right, its last character (a "?" or
    // the word after a count) right of its first, or the bidi algorithm has moved its punctuation.
    const order = (selector: string) => rtl.locator(selector).first().evaluate((element) => {
      const text = element.textContent ?? '';
      const letters = [...text.matchAll(/[\p{L}\p{N}?.!]/gu)];
      if (!/[A-Za-z]/.test(text) || letters.length < 2) return { latin: false, ltr: true, text };
      const node = [...element.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /[A-Za-z]/.test(n.textContent ?? ''));
      if (!node) return { latin: true, ltr: false, text };
      const own = node.textContent!;
      const first = own.search(/[\p{L}\p{N}]/u);
      const last = own.trimEnd().length - 1;
      const x = (i: number) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getBoundingClientRect().left; };
      return { latin: true, ltr: x(last) > x(first), text };
    });
    for (const selector of ['.vote h2', '#comments-heading', '.comments-note']) {
      const result = await order(selector);
      expect(result.ltr, `${selector}: "${result.text}"`).toBe(true);
    }
  });

  it('passes axe-core with no violation', async () => {
    expect(await accessibilityViolations(rtl)).toEqual([]);
  });

  it('is valid HTML (Nu HTML Checker) and says lang="ar" dir="rtl" on <html>', async () => {
    expect(rtlHtml).toMatch(/<html lang="ar" dir="rtl"[ >]/);
    expect(await rtl.locator('html').getAttribute('lang')).toBe('ar');
    expect(await rtl.locator('html').getAttribute('dir')).toBe('rtl');
    const errors = await htmlErrors({ 'Arabic article': rtlHtml });
    expect(errors).toEqual({ 'Arabic article': [] });
  });
});

describe('pagination points the way the page reads', () => {
  it('Next sits at the inline end with its arrow turned: right and → in English, left and ← in Arabic', async () => {
    const en = await open(newsroom.en.sectionPath);
    const ar = await open(newsroom.ar.sectionPath);
    const arrow = (page: Page) => page.locator('.pagination a[rel="next"]').evaluate((a) => getComputedStyle(a, '::after').content);
    const [ltrNext, ltrHere, rtlNext, rtlHere] = await Promise.all([
      edgesOf(en.page, '.pagination a[rel="next"]'), edgesOf(en.page, '.pagination [aria-current="page"]'),
      edgesOf(ar.page, '.pagination a[rel="next"]'), edgesOf(ar.page, '.pagination [aria-current="page"]'),
    ]);
    expect(ltrNext.left).toBeGreaterThan(ltrHere.right);
    expect(rtlNext.right).toBeLessThan(rtlHere.left);
    expect(await arrow(en.page)).toContain('→');
    expect(await arrow(ar.page)).toContain('←');
    await ar.page.screenshot({ path: path.join(ARTIFACTS, 'rtl-section-ar.png'), fullPage: true });
    const errors = await htmlErrors({ 'Arabic section': ar.html });
    expect(errors).toEqual({ 'Arabic section': [] });
    expect(ar.html).toMatch(/<html lang="ar" dir="rtl"[ >]/);
    expect([...en.problems, ...ar.problems]).toEqual([]);
  });
});
