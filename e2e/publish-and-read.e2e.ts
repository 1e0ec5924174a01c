// The foundation's journey in a real browser against a real `serai serve`:
// an editor writes and publishes an article with a lead photo, a reader finds and reads it
// (also with JavaScript off), and the pages meet the quality bars (Nu HTML Checker, axe-core).
// The tests run in order and build on each other, as the journey does.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page, Response } from 'playwright-core';
import { ARTICLE, expectCompleteArticlePage } from './support/article.ts';
import { launchChromium, openPage, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { writeLeadJpeg } from './support/lead-image.ts';
import { seedNewsroom, type SeededNewsroom } from './support/seed.ts';
import { makeDataDir, REPO_ROOT, startSerai, type SeraiProcess } from './support/server.ts';

const ARTIFACTS = path.join(REPO_ROOT, 'e2e/.artifacts');
const SITE_NAME = 'Newsroom'; // the default site's name (src/sites/bootstrap.ts)
const PAGE_WEIGHT_LIMIT = 15 * 1024; // HTML + CSS + JS, gzip, without images (ARCHITECTURE.md)

let server: SeraiProcess;
let browser: Browser;
let newsroom: SeededNewsroom;
let articleUrl: string | undefined;

beforeAll(async () => {
  const dataDir = makeDataDir();
  newsroom = await seedNewsroom(dataDir);
  server = await startSerai({ dataDir });
  browser = await launchChromium();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const newPage = (options: BrowserContextOptions = {}): Promise<Page> => openPage(browser, options);

function requireArticleUrl(): string {
  if (!articleUrl) throw new Error('no article URL: the publishing step did not get as far as the reader');
  return articleUrl;
}

async function chooseSection(page: Page, name: string): Promise<void> {
  const field = page.locator('[name="sectionId"]');
  if ((await field.first().evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption({ label: name });
  else await page.getByRole('radio', { name, exact: true }).check();
}

async function signIn(page: Page): Promise<string> {
  const form = await page.goto(`${server.url}/admin/login`);
  const html = await form!.text();
  await page.locator('input[name="email"]').fill(newsroom.editor.email);
  await page.locator('input[name="password"]').fill(newsroom.editor.password);
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')),
    page.locator('input[name="password"]').press('Enter'),
  ]);
  return html;
}

describe('publishing and reading an article', () => {
  it('an editor logs in, writes an article with a lead photo and publishes it', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    await signIn(page);
    expect((await page.goto(`${server.url}/admin/articles/new`))?.status(), 'the new-article form').toBe(200);
    await page.locator('[name="headline"]').fill(ARTICLE.headline);
    await page.locator('[name="summary"]').fill(ARTICLE.summary);
    await chooseSection(page, newsroom.section.name);
    await page.getByRole('checkbox', { name: newsroom.authors[0]!.name, exact: true }).check();
    await page.locator('[name="tags"]').fill(ARTICLE.tags);
    await page.locator('[name="dateline"]').fill(ARTICLE.dateline);
    if ((await page.locator('select[name="locale"]').count()) > 0) await page.locator('select[name="locale"]').selectOption('en');
    await page.locator('[name="bodyMd"]').fill(ARTICLE.bodyMd);
    // The live preview renders the Markdown on the server as the editor types.
    await page.locator('[data-preview-for] h2', { hasText: ARTICLE.subheading }).waitFor();
    await page.locator('input[name="leadImage"]').setInputFiles(await writeLeadJpeg());
    await page.locator('[name="leadCaption"]').fill(ARTICLE.caption);
    await page.locator('[name="leadCredit"]').fill(ARTICLE.credit);
    await page.locator('[name="leadAlt"]').fill(ARTICLE.alt);

    const [answer] = await Promise.all([
      // The form's own submission (a navigation), not the live preview's background POST.
      page.waitForResponse((res) => res.request().method() === 'POST' && res.request().isNavigationRequest()),
      page.locator('button[name="intent"][value="publish"]').click(),
    ]);
    await page.waitForLoadState('load');
    const errors = await page.locator('[aria-invalid="true"], .error-summary').allInnerTexts();
    expect(answer.status(), `publishing answered ${answer.status()}; the form says: ${errors.join(' | ')}`).toBeLessThan(400);
    expect(errors).toEqual([]);
    expect(watch.problems).toEqual([]);
    await page.context().close();
  });

  it('a reader finds the headline on the home page and reads the whole article', async () => {
    const page = await newPage();
    const watch = watchPage(page);
    expect((await page.goto(`${server.url}/en/`))?.status(), 'the home page').toBe(200);
    const link = page.getByRole('link', { name: ARTICLE.headline }).first();
    await Promise.all([page.waitForURL(/\/en\/articles\/[^/]+$/), link.click()]);
    articleUrl = page.url();
    await expectCompleteArticlePage(page, { section: newsroom.section.name, author: newsroom.authors[0]!.name, site: SITE_NAME });
    await page.screenshot({ path: path.join(ARTIFACTS, 'article.png'), fullPage: true });
    expect(watch.problems).toEqual([]);
    await page.context().close();
  });

  it('the article page is complete with JavaScript turned off', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    const watch = watchPage(page);
    await page.goto(`${server.url}/en/`);
    await expect.poll(() => page.getByRole('link', { name: ARTICLE.headline }).count()).toBeGreaterThan(0);
    await page.goto(requireArticleUrl());
    await expectCompleteArticlePage(page, { section: newsroom.section.name, author: newsroom.authors[0]!.name, site: SITE_NAME });
    await page.screenshot({ path: path.join(ARTIFACTS, 'article-no-js.png'), fullPage: true });
    expect(watch.problems).toEqual([]);
    await page.context().close();
  });

  it('the article and home pages are valid HTML (Nu HTML Checker: 0 errors)', async () => {
    const pages = { article: requireArticleUrl(), home: `${server.url}/en/` };
    const documents: Record<string, string> = {};
    for (const [name, url] of Object.entries(pages)) {
      const res = await fetch(url);
      expect(res.status, url).toBe(200);
      documents[name] = await res.text();
    }
    const errors = await htmlErrors(documents);
    expect(errors.article, errors.article!.join('\n')).toEqual([]);
    expect(errors.home, errors.home!.join('\n')).toEqual([]);
  });

  it.each([['light'], ['dark']] as const)('the article and home pages have no axe-core violations (%s colour scheme)', async (colorScheme) => {
    const page = await newPage({ colorScheme });
    for (const url of [requireArticleUrl(), `${server.url}/en/`]) {
      await page.goto(url);
      const violations = await accessibilityViolations(page);
      expect(violations, `${url}\n${violations.join('\n')}`).toEqual([]);
    }
    if (colorScheme === 'dark') await page.screenshot({ path: path.join(ARTIFACTS, 'article-dark.png'), fullPage: false });
    await page.context().close();
  });

  it(`the article page weighs at most ${PAGE_WEIGHT_LIMIT / 1024} KB of HTML, CSS and JS after gzip`, async () => {
    const page = await newPage();
    const responses: Response[] = [];
    page.on('response', (res) => responses.push(res));
    // Stylesheets and classic or module scripts are all fetched before the load event.
    await page.goto(requireArticleUrl(), { waitUntil: 'load' });
    const weights: string[] = [];
    let total = 0;
    for (const res of responses) {
      const kind = res.request().resourceType();
      if (!['document', 'stylesheet', 'script'].includes(kind)) continue;
      const size = gzipSync(await res.body()).length;
      total += size;
      weights.push(`${kind} ${new URL(res.url()).pathname}: ${size} B`);
    }
    expect(total, weights.join('\n')).toBeLessThanOrEqual(PAGE_WEIGHT_LIMIT);
    await page.context().close();
  });
});
