// Issue 6 search in a real browser against a real `serai serve`: articles written to the
// database before the server starts (so the start-up backfill indexes them), then a reader
// searches from the masthead form, with and without JavaScript, and opens a result.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { openDatabase, prepareDeps } from '../src/server.ts';
import { addSiteLocale } from '../test/public-fixtures.ts';
import { createArticle } from '../test/factories.ts';
import { launchChromium, openPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { seedNewsroom } from './support/seed.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

let server: SeraiProcess;
let browser: Browser;

async function seedArticles(dataDir: string): Promise<void> {
  const { section } = await seedNewsroom(dataDir);
  const database = await openDatabase(loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' }));
  try {
    const deps = await prepareDeps(loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' }), database);
    await addSiteLocale(deps, 'ru');
    await createArticle(deps, { sectionId: section.id, headline: 'Border crossings reopen in the valley', slug: 'borders-reopen', summary: 'Lorries queue at the border again.' });
    await createArticle(deps, { sectionId: section.id, headline: 'Orchard harvest starts early', slug: 'harvest', summary: 'Apricots ripen in May.' });
    await createArticle(deps, { sectionId: section.id, locale: 'ru', headline: 'Граница снова открыта', slug: 'granitsa', summary: 'Грузовики идут через границу.' });
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const dataDir = makeDataDir();
  await seedArticles(dataDir);
  server = await startSerai({ dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const newPage = (options: BrowserContextOptions = {}): Promise<Page> => openPage(browser, options);

async function searchFromHeader(page: Page, locale: string, words: string): Promise<void> {
  await page.goto(`${server.url}/${locale}/`);
  const form = page.getByRole('search');
  await form.getByRole('searchbox').fill(words);
  await Promise.all([page.waitForURL((url) => url.pathname === `/${locale}/search`), form.getByRole('searchbox').press('Enter')]);
}

describe('search', () => {
  it('finds an article from the header and opens it', async () => {
    const page = await newPage();
    await searchFromHeader(page, 'en', 'border');
    const hit = page.locator('.search-hit a').first();
    expect(await hit.textContent()).toBe('Border crossings reopen in the valley');
    expect(await page.locator('.search-hit mark').first().textContent()).toBe('Border');
    expect(await accessibilityViolations(page)).toEqual([]);
    const html = await (await page.request.get(page.url())).text();
    expect((await htmlErrors({ results: html })).results).toEqual([]);
    await Promise.all([page.waitForURL((url) => url.pathname === '/en/articles/borders-reopen'), hit.click()]);
    expect(await page.locator('h1').textContent()).toBe('Border crossings reopen in the valley');
    await page.context().close();
  });

  it('works without JavaScript and finds a Russian word in another form', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await searchFromHeader(page, 'ru', 'границе');
    expect(await page.locator('.search-hit a').allTextContents()).toEqual(['Граница снова открыта']);
    await page.context().close();
  });

  it('answers a hostile query with a page, not an error', async () => {
    const page = await newPage();
    const response = await page.goto(`${server.url}/en/search?q=${encodeURIComponent('NEAR("border" *) OR ' + '"'.repeat(3000))}`);
    expect(response?.status()).toBe(200);
    await page.context().close();
  });
});
