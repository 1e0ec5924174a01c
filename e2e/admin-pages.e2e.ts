// The newsroom's own pages are held to the public pages' bars too: journalists who use
// screen readers or keyboards write the articles. Valid HTML, no axe-core violations.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { seedEngagement, type EngagementNewsroom } from './support/engagement-seed.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

const ADMIN_PAGES = ['/admin/articles', '/admin/articles/new', '/admin/sections', '/admin/sections/new', '/admin/authors',
  '/admin/authors/new', '/admin/tags', '/admin/tags/new', '/admin/media', '/admin/users', '/admin/users/new',
  '/admin/moderation', '/admin/moderation?tab=approved', '/admin/moderation?tab=held', '/admin/moderation/log',
  '/admin/moderation/log?action=reject', '/admin/moderation/bans', '/admin/settings/comments', '/admin/settings/screening', '/admin/comment-policy'];

let server: SeraiProcess;
let browser: Browser;
let newsroom: EngagementNewsroom;

beforeAll(async () => {
  const dataDir = makeDataDir();
  // With readers' comments, so the moderation lists have something to show.
  newsroom = await seedEngagement(dataDir);
  server = await startSerai({ dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

describe('newsroom admin pages', () => {
  it('the login page and every admin list and form are valid HTML and have no axe-core violations', async () => {
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    const watch = watchPage(page);
    const documents: Record<string, string> = {};
    const violations: string[] = [];

    const login = await page.goto(`${server.url}/admin/login`);
    documents.login = await login!.text();
    violations.push(...(await accessibilityViolations(page)).map((v) => `/admin/login: ${v}`));
    await page.locator('input[name="email"]').fill(newsroom.admin.email);
    await page.locator('input[name="password"]').fill(newsroom.admin.password);
    await Promise.all([
      page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')),
      page.locator('input[name="password"]').press('Enter'),
    ]);

    for (const path of ADMIN_PAGES) {
      const res = await page.goto(`${server.url}${path}`);
      expect(res?.status(), path).toBe(200);
      documents[path] = await res!.text();
      violations.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
    }
    const errors = Object.entries(await htmlErrors(documents)).flatMap(([name, list]) => list.map((e) => `${name}: ${e}`));
    expect(errors, errors.join('\n')).toEqual([]);
    expect(violations, violations.join('\n')).toEqual([]);
    expect(watch.problems).toEqual([]);
    await context.close();
  });
});
