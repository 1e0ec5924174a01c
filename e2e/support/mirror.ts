// Layout assertions for right-to-left pages: where an element sits along the line, measured
// from the page's own edges, so a right-to-left page can be compared with its left-to-right
// twin as a mirror image (positions, not pixels: fonts may differ, geometry must not).
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** An element's horizontal edges and the page's (the root box, without a vertical scrollbar). */
export interface Edges { left: number; right: number; pageLeft: number; pageRight: number }

/** A few pixels for sub-pixel rounding of the layout. */
export const MIRROR_TOLERANCE_PX = 3;

export async function edgesOf(page: Page, selector: string, nth = 0): Promise<Edges> {
  const element = page.locator(selector).nth(nth);
  await element.scrollIntoViewIfNeeded();
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const root = document.documentElement.getBoundingClientRect();
    return { left: box.left, right: box.right, pageLeft: root.left, pageRight: root.left + document.documentElement.clientWidth };
  });
}

/**
 * `ltr` mirrored is `rtl`: the right-to-left element's inline-start (right) edge is as far from
 * the page's right edge as the left-to-right one's inline-start (left) edge is from the left.
 * With `box`, the inline-end edges must match too (the same width, mirrored).
 */
export function expectMirrored(ltr: Edges, rtl: Edges, match: 'box' | 'start'): void {
  const startLtr = ltr.left - ltr.pageLeft;
  const startRtl = rtl.pageRight - rtl.right;
  expect(Math.abs(startRtl - startLtr), `inline-start: ${startLtr.toFixed(1)} px in LTR, ${startRtl.toFixed(1)} px in RTL`).toBeLessThanOrEqual(MIRROR_TOLERANCE_PX);
  if (match === 'start') return;
  const endLtr = ltr.pageRight - ltr.right;
  const endRtl = rtl.left - rtl.pageLeft;
  expect(Math.abs(endRtl - endLtr), `inline-end: ${endLtr.toFixed(1)} px in LTR, ${endRtl.toFixed(1)} px in RTL`).toBeLessThanOrEqual(MIRROR_TOLERANCE_PX);
}
