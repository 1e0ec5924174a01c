// What `npm start` gives a newcomer: `serai serve --demo-if-empty` on an empty data folder.
// The printed admin login works, and every kind of public page of the demo, in English and
// Russian, meets the quality bars (Nu HTML Checker: 0 errors; axe-core: 0 violations).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

let server: SeraiProcess;
let browser: Browser;

beforeAll(async () => {
  server = await startSerai({ dataDir: makeDataDir(), args: ['--demo-if-empty'] });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

async function fetchPage(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${server.url}${path}`);
  return { status: res.status, html: await res.text() };
}

function firstLink(html: string, pattern: RegExp): string {
  const match = new RegExp(`href="(${pattern.source}[^"?#]*)"`).exec(html);
  if (!match) throw new Error(`no link matching ${pattern} in the page`);
  return match[1]!;
}

/** One page of each kind, found by following links the way a reader would. */
async function demoPages(): Promise<Record<string, { path: string; status: number; html: string }>> {
  const pages: Record<string, { path: string; status: number; html: string }> = {};
  const add = async (name: string, path: string) => { pages[name] = { path, ...(await fetchPage(path)) }; };
  await add('English home', '/en/');
  await add('English article', firstLink(pages['English home']!.html, /\/en\/articles\//));
  await add('section page', firstLink(pages['English home']!.html, /\/en\/sections\//));
  await add('author page', firstLink(pages['English article']!.html, /\/en\/authors\//));
  await add('tag page', firstLink(pages['English article']!.html, /\/en\/tags\//));
  await add('Russian home', '/ru/');
  await add('Russian article', firstLink(pages['Russian home']!.html, /\/ru\/articles\//));
  await add('English comment policy', firstLink(pages['English article']!.html, /\/en\/comment-policy/));
  await add('Russian comment policy', firstLink(pages['Russian article']!.html, /\/ru\/comment-policy/));
  await add('not found page', '/en/articles/no-such-article-anywhere');
  return pages;
}

describe('the demo newsroom (npm start)', () => {
  it('prints an admin login once, and it opens /admin', async () => {
    const login = /Admin login: (\S+) \/ password: (\S+)/.exec(server.output());
    expect(login, `no admin login in the output:\n${server.output()}`).not.toBeNull();
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${server.url}/admin/login`);
    await page.locator('input[name="email"]').fill(login![1]!);
    await page.locator('input[name="password"]').fill(login![2]!);
    await Promise.all([
      page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')),
      page.locator('input[name="password"]').press('Enter'),
    ]);
    await page.context().close();
  });

  it('every kind of public page, English and Russian, is valid HTML and has no axe-core violations', async () => {
    const pages = await demoPages();
    for (const [name, page] of Object.entries(pages)) {
      expect(page.status, `${name} ${page.path}`).toBe(name === 'not found page' ? 404 : 200);
    }
    expect(pages['Russian article']!.html).toMatch(/<html[^>]* lang="ru"/);

    const errors = await htmlErrors(Object.fromEntries(Object.entries(pages).map(([name, p]) => [name, p.html])));
    const invalid = Object.entries(errors).filter(([, list]) => list.length > 0);
    expect(invalid, invalid.map(([name, list]) => `${name} (${pages[name]!.path}):\n  ${list.join('\n  ')}`).join('\n')).toEqual([]);

    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    const tab: Page = await context.newPage();
    const watch = watchPage(tab);
    const failures: string[] = [];
    for (const [name, page] of Object.entries(pages)) {
      await tab.goto(`${server.url}${page.path}`);
      const violations = await accessibilityViolations(tab);
      if (violations.length) failures.push(`${name} (${page.path}):\n  ${violations.join('\n  ')}`);
    }
    expect(failures, failures.join('\n')).toEqual([]);
    // The not-found page answers 404 on purpose; anything else failing is a fault.
    expect(watch.problems.filter((p) => !p.includes('/no-such-article-anywhere'))).toEqual([]);
    await context.close();
  });
});
