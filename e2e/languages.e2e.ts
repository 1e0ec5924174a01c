// Switching language in a real browser against a real `serai serve`: a reader on an English
// article uses the masthead's language switcher, lands on the Russian translation, and the
// site remembers the choice when they next open `/` (whatever the browser's languages say).
// The same journey with JavaScript turned off: the switcher is plain links.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { openDatabase, prepareDeps } from '../src/server.ts';
import { createArticle } from '../test/factories.ts';
import { addSiteLocale } from '../test/public-fixtures.ts';
import { launchChromium, openPage, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { seedNewsroom } from './support/seed.ts';
import { freePort, makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

const EN = { path: '/en/articles/border-posts-reopen', headline: 'Border posts reopen to freight after two days' };
const RU = { path: '/ru/articles/pogranposty-otkryty', headline: 'Погранпосты вновь открыты для грузовиков' };

let server: SeraiProcess;
let browser: Browser;

/** The seeded newsroom publishing in English and Russian, with one article in both. */
async function seedTranslatedArticle(dataDir: string): Promise<void> {
  const newsroom = await seedNewsroom(dataDir);
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    await addSiteLocale(deps, 'ru', 1);
    const common = { sectionId: newsroom.section.id, authorIds: [newsroom.authors[0]!.id] };
    const en = await createArticle(deps, { ...common, headline: EN.headline, slug: 'border-posts-reopen', bodyMd: 'Lorries waited two days.' });
    await createArticle(deps, { ...common, locale: 'ru', headline: RU.headline, slug: 'pogranposty-otkryty', translationGroupId: en.id, bodyMd: 'Грузовики ждали два дня.' });
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const dataDir = makeDataDir();
  await seedTranslatedArticle(dataDir);
  // With a public origin, so pages carry their hreflang alternates (absolute URLs need one).
  const port = await freePort();
  server = await startSerai({ dataDir, port, env: { SERAI_PUBLIC_URL: `http://127.0.0.1:${port}` } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

async function switchToRussian(page: Page): Promise<void> {
  const response = await page.goto(`${server.url}${EN.path}`);
  expect(response?.status()).toBe(200);
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  const switcher = page.getByRole('navigation', { name: 'Languages' });
  await expect(switcher.getByRole('link', { name: 'English' }).getAttribute('aria-current')).resolves.toBe('true');
  const russian = switcher.getByRole('link', { name: 'Русский' });
  expect(await russian.getAttribute('lang')).toBe('ru');
  expect(await russian.getAttribute('hreflang')).toBe('ru');
  // Keyboard: focus the link and press Enter, as a reader without a mouse does.
  await russian.focus();
  await Promise.all([page.waitForURL(`${server.url}${RU.path}`), page.keyboard.press('Enter')]);
}

async function expectRussianArticle(page: Page): Promise<void> {
  expect(new URL(page.url()).pathname).toBe(RU.path);
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await expect(page.locator('h1').textContent()).resolves.toBe(RU.headline);
  expect(await page.getByRole('navigation', { name: 'Языки' }).getByRole('link', { name: 'Русский' }).getAttribute('aria-current')).toBe('true');
}

describe('switching language on an article', () => {
  it('lands on the Russian translation, and / remembers Russian afterwards', async () => {
    // The browser asks for English first: only the remembered choice can send it to Russian.
    const page = await openPage(browser, { locale: 'en-US' });
    const watch = watchPage(page);
    await switchToRussian(page);
    await expectRussianArticle(page);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/ru/');
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    expect(watch.problems).toEqual([]);
    await page.context().close();
  });

  it('works the same with JavaScript turned off', async () => {
    const page = await openPage(browser, { locale: 'en-US', javaScriptEnabled: false });
    await switchToRussian(page);
    await expectRussianArticle(page);
    await page.goto(`${server.url}/`);
    expect(new URL(page.url()).pathname).toBe('/ru/');
    await page.context().close();
  });

  it('gives both versions valid HTML with hreflang alternates naming each other and x-default', async () => {
    const [en, ru] = await Promise.all([EN.path, RU.path].map(async (path) => (await fetch(`${server.url}${path}`)).text()));
    for (const html of [en!, ru!]) {
      expect(html).toContain(`<link rel="alternate" hreflang="en" href="${server.url}${EN.path}"/>`);
      expect(html).toContain(`<link rel="alternate" hreflang="ru" href="${server.url}${RU.path}"/>`);
      expect(html).toContain(`<link rel="alternate" hreflang="x-default" href="${server.url}${EN.path}"/>`);
    }
    expect(await htmlErrors({ en: en!, ru: ru! })).toEqual({ en: [], ru: [] });
  });

  it('without a remembered choice, / follows the browser’s languages', async () => {
    const russianBrowser = await openPage(browser, { locale: 'ru-RU' });
    await russianBrowser.goto(`${server.url}/`);
    expect(new URL(russianBrowser.url()).pathname).toBe('/ru/');
    await russianBrowser.context().close();
    const englishBrowser = await openPage(browser, { locale: 'de-DE' });
    await englishBrowser.goto(`${server.url}/`);
    expect(new URL(englishBrowser.url()).pathname).toBe('/en/');
    await englishBrowser.context().close();
  });
});
