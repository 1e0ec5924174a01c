// The moderation desk in Russian in a real browser (issue 5): a moderator whose browser asks
// for Russian works the queue with the keyboard and hears the island's announcements in
// Russian (the server's finished strings, with Russian plural forms), the tab counts follow,
// the keys work from a Russian keyboard layout too, and a conflict is explained in Russian.
// The Russian queue, log and bans pages are valid HTML with no axe-core violations.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, openPage, signInAt, watchPage } from './support/browser.ts';
import { accessibilityViolations, htmlErrors } from './support/checks.ts';
import { commentState, seedModeration, type ModerationNewsroom, type SeededComment } from './support/moderation-seed.ts';
import { makeDataDir, startSerai, type SeraiProcess } from './support/server.ts';

let server: SeraiProcess;
let browser: Browser;
let newsroom: ModerationNewsroom;

beforeAll(async () => {
  const dataDir = makeDataDir();
  newsroom = await seedModeration(dataDir);
  server = await startSerai({ dataDir });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
});

/** A moderator whose browser asks for Russian (Accept-Language: ru-RU). */
async function russianModerator(which: 0 | 1): Promise<Page> {
  const page = await openPage(browser, { locale: 'ru-RU' });
  await signInAt(page, server.url, newsroom.moderators[which]);
  return page;
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const item = (page: Page, c: SeededComment) => page.locator(`#moderation-${c.id}`);
const status = (page: Page) => page.locator('#moderation-status').textContent();
const tabs = (page: Page) => page.locator('a[data-tab]').evaluateAll((links) => links.map((a) => a.textContent).join(' | '));

/** A key as a Russian layout types it: the Cyrillic letter, on the physical key of a Latin one. */
function pressCyrillic(page: Page, key: string, code: string): Promise<void> {
  return page.evaluate(([k, c]) => {
    (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: k, code: c, bubbles: true, cancelable: true }));
  }, [key, code] as const);
}

describe('the queue in Russian', () => {
  it('announces in Russian, moves the counts and takes the keys from a Russian layout', async () => {
    const page = await russianModerator(0);
    const watch = watchPage(page);
    await page.goto(`${server.url}/admin/moderation`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ru');
    await expect(page.locator('#moderation-keys').textContent()).resolves.toMatch(/^Клавиши \(в любой раскладке\): j \/ k — следующий/);
    const [phone, road, store] = newsroom.pending as [SeededComment, SeededComment, SeededComment];

    await page.keyboard.press('j');
    expect(await focusedId(page)).toBe(`moderation-${phone.id}`);
    await page.keyboard.press('s');
    await item(page, phone).waitFor({ state: 'detached' });
    await expect(status(page)).resolves.toBe('Комментарий автора Nurlan помечен как спам. На этой странице осталось 4 комментария.');
    expect(await tabs(page)).toMatch(/^Ожидающие \(4\) \| .*Спам \(1\)$/);

    // ф is where a is: the Russian layout approves the same way.
    expect(await focusedId(page)).toBe(`moderation-${road.id}`);
    await pressCyrillic(page, 'ф', 'KeyA');
    await item(page, road).waitFor({ state: 'detached' });
    await expect(status(page)).resolves.toBe('Комментарий автора Aigerim одобрен. На этой странице осталось 3 комментария.');
    expect(commentState(server.dataDir, road.id)).toMatchObject({ status: 'approved', version: 2 });
    // о is where j is; л where k is.
    await pressCyrillic(page, 'о', 'KeyJ');
    await pressCyrillic(page, 'л', 'KeyK');
    expect(await focusedId(page)).toBe(`moderation-${store.id}`);
    expect(await tabs(page)).toMatch(/^Ожидающие \(3\) \| .*Одобренные \(1\) \| .*Спам \(1\)$/);

    // After a reload the server counts the same.
    const counted = await tabs(page);
    await page.reload();
    expect(await tabs(page)).toBe(counted);
    expect(watch.problems).toEqual([]);
  });

  it('explains a conflict between two moderators in Russian, in the item and the live region', async () => {
    const { contested } = newsroom;
    const [first, second] = [await russianModerator(0), await russianModerator(1)];
    for (const page of [first, second]) await page.goto(`${server.url}/admin/moderation?tab=held`);
    await item(first, contested).focus();
    await first.keyboard.press('a');
    await item(first, contested).waitFor({ state: 'detached' });

    await item(second, contested).focus();
    const [answer] = await Promise.all([second.waitForResponse((r) => r.request().method() === 'POST'), second.keyboard.press('s')]);
    expect(answer.status()).toBe(409);
    const problem = item(second, contested).locator('.moderation-item-problem');
    await expect(problem.textContent()).resolves.toMatch(/^Пока вы смотрели, этот комментарий изменил другой модератор: теперь он одобрен\./);
    await expect(status(second)).resolves.toMatch(/^Пока вы смотрели/);
    expect(await accessibilityViolations(second)).toEqual([]);
    expect(commentState(server.dataDir, contested.id)).toMatchObject({ status: 'approved', version: 2 });
  });

  it('the Russian queue, log and bans pages are valid HTML without axe-core violations', async () => {
    const page = await russianModerator(0);
    const documents: Record<string, string> = {};
    const violations: string[] = [];
    for (const path of ['/admin/moderation?tab=held', '/admin/moderation?tab=approved', '/admin/moderation/log', '/admin/moderation/bans']) {
      const res = await page.goto(`${server.url}${path}`);
      expect(res?.status(), path).toBe(200);
      documents[path] = await res!.text();
      expect(documents[path], path).toContain('<html lang="ru"');
      violations.push(...(await accessibilityViolations(page)).map((v) => `${path}: ${v}`));
    }
    const errors = Object.entries(await htmlErrors(documents)).flatMap(([name, list]) => list.map((e) => `${name}: ${e}`));
    expect(errors, errors.join('\n')).toEqual([]);
    expect(violations, violations.join('\n')).toEqual([]);
  });
});
