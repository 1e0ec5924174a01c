// The article every browser test writes and then reads back, and the checks that a
// reader's article page shows every element of the reference page.
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const ARTICLE = {
  headline: 'Border posts on the Chui valley road reopen to freight',
  summary: 'Customs officers say lorries waited up to two days before the crossings reopened.',
  dateline: 'Bishkek',
  firstWords: 'Freight traffic resumed',
  subheading: 'Queues at the checkpoints',
  quote: 'We slept in the cab for two nights and nobody told us anything',
  tags: 'Trade, Transport',
  caption: 'Lorries wait in line near the border post on Tuesday morning.',
  credit: 'Aibek Osmonov',
  alt: 'A line of lorries on a two-lane road with mountains behind them',
  get bodyMd(): string {
    return [
      `${this.firstWords} on Wednesday after customs officers reopened the border posts on the main road through the Chui valley.`,
      '',
      'Officials said the closure had been needed to repair scanning equipment.',
      '',
      `## ${this.subheading}`,
      '',
      'Drivers described long queues that stretched back several kilometres.',
      '',
      `> ${this.quote}, said one driver from Tokmok.`,
      '',
      'The ministry said it would publish waiting times online from next month.',
    ].join('\n');
  },
};

/** Everything a reader must see on the article page, with or without JavaScript. */
export async function expectCompleteArticlePage(page: Page, expected: { section: string; author: string; site: string }): Promise<void> {
  await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
  expect(await page.locator('h1').innerText()).toContain(ARTICLE.headline);
  const text = await page.locator('body').innerText();
  expect(text, 'publication name').toContain(expected.site);
  expect(text, 'section label').toContain(expected.section);
  expect(text, 'byline').toMatch(new RegExp(`By\\s+${expected.author}`));
  const authorLink = page.getByRole('link', { name: expected.author }).first();
  expect(await authorLink.getAttribute('href'), 'byline links to the author').toMatch(/^\/en\/authors\//);

  const figure = page.locator('figure').filter({ has: page.locator('img') }).first();
  const image = figure.locator('img').first();
  expect(await image.getAttribute('alt')).toBe(ARTICLE.alt);
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), { message: 'lead image loads' }).toBeGreaterThan(0);
  const caption = await figure.locator('figcaption').innerText();
  expect(caption).toContain(ARTICLE.caption);
  expect(caption, 'bracketed credit').toContain(`[${ARTICLE.credit}]`);

  expect(text, 'dateline before the first words').toMatch(new RegExp(`${ARTICLE.dateline}\\W+${ARTICLE.firstWords}`, 'i'));
  expect(await page.locator('h2', { hasText: ARTICLE.subheading }).count(), 'subheading').toBe(1);
  expect(await page.locator('blockquote').innerText()).toContain(ARTICLE.quote);
  const published = await page.locator('time[datetime]').first().getAttribute('datetime');
  expect(Number.isNaN(Date.parse(published ?? '')), `time datetime="${published}"`).toBe(false);
}
