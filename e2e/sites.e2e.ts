// Several sites from one install (issue 5), as `npm start` shows them: the demo's Arabic sister
// site answers on http://ar.localhost:PORT/ in Chromium; an admin switches sites with the header's
// picker; the sites pages (list, form, a refused form, the switch page) are valid HTML with no
// axe-core violations.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, signInAt } from './support/browser.ts';
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

const arabicOrigin = () => server.url.replace('127.0.0.1', 'ar.localhost');

function adminLogin(): { email: string; password: string } {
  const login = /Admin login: (\S+) \/ password: (\S+)/.exec(server.output());
  if (!login) throw new Error(`no admin login in the output:\n${server.output()}`);
  return { email: login[1]!, password: login[2]! };
}

describe('two sites from one install', () => {
  it('serves the Arabic sister site on ar.localhost, right to left, and the main site elsewhere', async () => {
    const page = await openPage(browser);
    await page.goto(`${arabicOrigin()}/`);
    expect(new URL(page.url()).pathname).toBe('/ar/');
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.site-name').textContent()).toBe('سراي آسيا الوسطى');
    await page.goto(`${server.url}/en/`);
    expect(await page.locator('.site-name').textContent()).toBe('Serai Central Asia');
    await page.context().close();
  });

  it('switches the admin between the sites with the header’s picker, and its pages meet the bars', async () => {
    const page: Page = await openPage(browser);
    const origin = `http://localhost:${new URL(server.url).port}`;
    await signInAt(page, origin, adminLogin());
    const documents: Record<string, string> = {};
    const visit = async (name: string, path: string) => {
      await page.goto(`${origin}${path}`);
      documents[name] = await page.content();
      expect(await accessibilityViolations(page), name).toEqual([]);
    };
    await visit('sites list', '/admin/sites');
    await visit('new site form', '/admin/sites/new');
    await page.locator('#field-name').fill('Test <site>');
    await page.locator('#field-host').fill('http://bad host');
    await Promise.all([page.waitForURL(`${origin}/admin/sites`), page.locator('form.stack button[type=submit]').click()]);
    documents['refused site form'] = await page.content();
    expect(await page.locator('.error-summary').textContent()).toContain('Enter only the host name');
    await page.goto(`${origin}/admin/sites`);
    await page.locator('a[dir=auto]', { hasText: 'سراي' }).click();
    documents['site form'] = await page.content();
    expect(await accessibilityViolations(page)).toEqual([]);
    await visit('switch page', '/admin/site');
    await page.goto(`${origin}/admin/sections`);
    await page.locator('#admin-site-choice').selectOption({ label: 'سراي آسيا الوسطى' });
    await Promise.all([page.waitForURL(`${origin}/admin/sections`), page.locator('.admin-site-picker button').click()]);
    expect(await page.locator('main').textContent()).toContain('طقس وبيئة');
    await visit('sections of the sister site, picker showing it', '/admin/sections');
    const errors = await htmlErrors(documents);
    const invalid = Object.entries(errors).filter(([, list]) => list.length > 0);
    expect(invalid, invalid.map(([name, list]) => `${name}:\n  ${list.join('\n  ')}`).join('\n')).toEqual([]);
    await page.context().close();
  });
});
