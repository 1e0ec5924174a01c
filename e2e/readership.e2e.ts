// Readership in a real browser against a real `serai serve`: opening an article counts exactly one
// view through the beacon island (the page itself stays a shared cached page), the view reaches the
// home page's "Most read", and related articles sit under the article. With JavaScript off nothing
// is counted (the documented choice, src/readership/CONTEXT.md).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { loadConfig } from '../src/config.ts';
import { openDatabase, prepareDeps } from '../src/server.ts';
import { ensureDefaultSite } from '../src/sites/bootstrap.ts';
import { createArticle, createSection, createTag } from '../test/factories.ts';
import { launchChromium, openPage, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

let server: SeraiProcess;
let browser: Browser;
const slugs = { subject: 'beacon-subject', related: 'beacon-related' };

async function seed(dataDir: string): Promise<void> {
  const config = loadConfig({ SERAI_DATA_DIR: dataDir, SERAI_LOG_LEVEL: 'silent' });
  const database = await openDatabase(config);
  try {
    const deps = await prepareDeps(config, database);
    await ensureDefaultSite(deps);
    const sectionId = (await createSection(deps, { name: 'Economy' })).id;
    const tag = await createTag(deps, { name: 'Trade' });
    await createArticle(deps, { sectionId, slug: slugs.related, headline: 'Rail freight doubles', tagIds: [tag.id] });
    await createArticle(deps, { sectionId, slug: slugs.subject, headline: 'Border crossing reopens', tagIds: [tag.id] });
  } finally {
    await database.close();
  }
}

async function viewsOf(slug: string): Promise<number> {
  const database = await openDatabase(loadConfig({ SERAI_DATA_DIR: server.dataDir, SERAI_LOG_LEVEL: 'silent' }));
  try {
    const rows = await database.db.selectFrom('article_views').innerJoin('articles', 'articles.id', 'article_views.article_id')
      .select('article_views.views').where('articles.slug', '=', slug).execute();
    return rows.reduce((sum, r) => sum + Number(r.views), 0);
  } finally {
    await database.close();
  }
}

beforeAll(async () => {
  const dataDir = makeDataDir();
  await seed(dataDir);
  server = await startSerai({ dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

describe('readership', () => {
  it('counts one view when a reader opens an article, without cookies, and shows it as most read', async () => {
    const page = await openPage(browser);
    const watch = watchPage(page);
    const beacon = page.waitForResponse((r) => r.url().includes('/api/views/') && r.request().method() === 'POST');
    await page.goto(`${server.url}/en/articles/${slugs.subject}`);
    expect((await beacon).status()).toBe(204);
    await expect(page.getByRole('navigation', { name: 'Related articles' }).getByRole('link', { name: 'Rail freight doubles' }).count()).resolves.toBe(1);
    expect(await page.context().cookies()).toEqual([]);
    expect(watch.problems).toEqual([]);
    expect(await viewsOf(slugs.subject)).toBe(1);
    await page.goto(`${server.url}/en/`);
    await expect(page.locator('.most-read li').allTextContents()).resolves.toEqual(['Border crossing reopens']);
    await page.context().close();
  });

  it('the article with its related articles and the home page with most read are valid HTML and pass axe-core', async () => {
    const urls = { article: `${server.url}/en/articles/${slugs.subject}`, home: `${server.url}/en/` };
    const documents: Record<string, string> = {};
    for (const [name, url] of Object.entries(urls)) documents[name] = await (await fetch(url)).text();
    expect(documents.article).toContain('related-heading');
    expect(documents.home).toContain('most-read-heading');
    const errors = await htmlErrors(documents);
    expect(errors).toEqual({ article: [], home: [] });
    const page = await openPage(browser);
    for (const url of Object.values(urls)) {
      await page.goto(url);
      expect(await accessibilityViolations(page), url).toEqual([]);
    }
    await page.context().close();
  });

  it('counts nothing with JavaScript off', async () => {
    const page = await openPage(browser, { javaScriptEnabled: false });
    await page.goto(`${server.url}/en/articles/${slugs.related}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Rail freight doubles');
    expect(await viewsOf(slugs.related)).toBe(0);
    await page.context().close();
  });
});
