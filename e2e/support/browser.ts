// Debian's Chromium driven by playwright-core (never a downloaded browser), plus a watcher
// that records what a reader would never notice but a page must not do: script errors,
// CSP refusals (they arrive as console errors) and failed or 4xx/5xx sub-requests.
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.SERAI_CHROMIUM ?? '/usr/bin/chromium';

/** `extraArgs`: e.g. `--remote-debugging-port=N` so Lighthouse can drive the same browser. */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // Without the background-networking flags Chromium keeps dialling Google's hosts,
    // which this closed network refuses; QUIC is off for the same reason.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic', ...extraArgs],
  });
}

export interface PageWatch {
  problems: string[];
}

/** Starts recording a page's problems; read `problems` after the page has done its work. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { problems: [] };
  page.on('pageerror', (error) => watch.problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    watch.problems.push(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
  });
  page.on('requestfailed', (request) => {
    // A download the test itself abandoned by navigating away is not a page fault.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    watch.problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) watch.problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return watch;
}

/** A page in a fresh context: a missing element fails in seconds with its name, not after Playwright's 30 s. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  return context.newPage();
}

/** Signs a staff member in through the login form and waits until the admin has loaded. */
export async function signInAt(page: Page, baseUrl: string, who: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`);
  await page.locator('input[name="email"]').fill(who.email);
  await page.locator('input[name="password"]').fill(who.password);
  await Promise.all([
    page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login')),
    page.locator('input[name="password"]').press('Enter'),
  ]);
}
