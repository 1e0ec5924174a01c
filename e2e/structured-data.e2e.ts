// Structured data and social cards against a real `serai serve` with a public origin: an
// article with a lead photo, tags, a translation and a headline that tries to close the
// JSON-LD block still passes the Nu HTML Checker and axe-core; its JSON-LD parses; the crop
// it names is served; home and section pages with their site-level data validate too.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { storeImage } from '../src/media/store-image.ts';
import { openDatabase, prepareDeps } from '../src/server.ts';
import { createArticle, createTag, defaultSiteId } from '../test/factories.ts';
import { addSiteLocale } from '../test/public-fixtures.ts';
import { launchChromium, openPage, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { writeLeadJpeg } from './support/lead-image.ts';
import { seedNewsroom, type SeededNewsroom } from './support/seed.ts';
import { freePort, makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

const HEADLINE = 'Budget "passes" </script><script>alert(1)</script> at last';
const EN_PATH = '/en/articles/budget-passes';

let server: SeraiProcess;
let browser: Browser;
let newsroom: SeededNewsroom;

async function seedArticle(dataDir: string): Promise<void> {
  newsroom = await seedNewsroom(dataDir);
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    await addSiteLocale(deps, 'ru', 1);
    const stored = await storeImage(deps, { siteId: await defaultSiteId(deps), data: fs.readFileSync(await writeLeadJpeg()), originalName: 'lead.jpg', alt: '', createdBy: null });
    if (stored.kind !== 'stored') throw new Error('lead image not stored');
    const tag = await createTag(deps, { name: 'Parliament' });
    const common = { sectionId: newsroom.section.id, authorIds: [newsroom.authors[0]!.id], tagIds: [tag.id], leadMediaId: stored.media.id };
    const en = await createArticle(deps, { ...common, headline: HEADLINE, slug: 'budget-passes', leadAlt: 'Deputies raise their hands in the chamber' });
    await createArticle(deps, { ...common, locale: 'ru', headline: 'Бюджет принят', slug: 'byudzhet-prinyat', translationGroupId: en.id });
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const dataDir = makeDataDir();
  await seedArticle(dataDir);
  const port = await freePort();
  server = await startSerai({ dataDir, port, env: { SERAI_PUBLIC_URL: `http://127.0.0.1:${port}` } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

const fetchText = async (path: string) => (await fetch(`${server.url}${path}`)).text();

describe('structured data on real pages', () => {
  it('an article with JSON-LD passes axe-core in a browser, and its data reads back', async () => {
    const page = await openPage(browser);
    const watch = watchPage(page);
    expect((await page.goto(`${server.url}${EN_PATH}`))?.status()).toBe(200);
    expect(await page.locator('h1').textContent()).toBe(HEADLINE);
    expect(await accessibilityViolations(page)).toEqual([]);
    // In the browser's own DOM: exactly the two data blocks, and nothing the headline tried to open.
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const data = blocks.map((text) => JSON.parse(text) as Record<string, any>);
    expect(data.map((d) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(data[0]!.headline).toBe(HEADLINE);
    expect(await page.locator('script:not([type])').count()).toBe(0);
    // The social card image is a real 16:9 JPEG.
    const card = await page.locator('meta[property="og:image"]').getAttribute('content');
    const image = await page.request.get(card!);
    expect([image.status(), image.headers()['content-type']]).toEqual([200, 'image/jpeg']);
    expect(await page.locator('meta[property="og:image:width"]').getAttribute('content')).toBe('1200');
    expect(await page.locator('meta[property="og:image:height"]').getAttribute('content')).toBe('675');
    expect(watch.problems).toEqual([]);
    await page.context().close();
  });

  it('article, translation, home and section pages are valid HTML', async () => {
    const [article, translation, home, section] = await Promise.all(
      [EN_PATH, '/ru/articles/byudzhet-prinyat', '/en/', '/en/sections/security'].map(fetchText));
    expect(translation).toContain('<meta property="og:locale:alternate" content="en"/>');
    expect(section).toContain('"@type":"BreadcrumbList"');
    expect(home).toContain('"@type":"NewsMediaOrganization"');
    expect(await htmlErrors({ article: article!, translation: translation!, home: home!, section: section! }))
      .toEqual({ article: [], translation: [], home: [], section: [] });
  });
});
