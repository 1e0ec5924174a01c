// The checkers themselves: a page that passes must really have been checked, so each
// checker is shown a known-bad page and must object, and a known-good page and must not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';

const GOOD = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fine</title></head>'
  + '<body><main><h1>Fine</h1><p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A dot" width="1" height="1"></p></main></body></html>';
const BAD = '<!doctype html><html><head><title>Broken</title></head>'
  + '<body><main><h1>Broken</h1><p><div>block in p</div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></p><span id="x"></span><span id="x"></span></main></body></html>';

describe('Nu HTML Checker (vnu-jar)', () => {
  it('reports nothing for a valid document and errors for an invalid one, per document', async () => {
    const result = await htmlErrors({ good: GOOD, bad: BAD });
    expect(result.good).toEqual([]);
    expect(result.bad!.join('\n')).toMatch(/alt/);
    expect(result.bad!.join('\n')).toMatch(/Duplicate ID/);
  });
});

describe('axe-core', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  it('finds no violation on an accessible page and finds the missing alt text and lang', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(GOOD);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setContent(BAD);
    const violations = (await accessibilityViolations(page)).join('\n');
    expect(violations).toMatch(/^image-alt/m);
    expect(violations).toMatch(/^html-has-lang/m);
    await context.close();
  });
});
