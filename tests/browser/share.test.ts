/**
 * Sharing in real Chromium: a page's og:image is a 1200 × 630 picture the browser decodes; the
 * share links work without JavaScript (Zalo, Facebook, the address) and copy the address with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, open } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('share cards', () => {
  it.each(['/', '/tinh/46/', '/xa/19885/', '/chi-tieu/learning_families_pct/', '/van-ban/qd-1373-2021/'])('%s: og:image decodes at 1200 × 630', async (path) => {
    const page = await open(browser, path, { javaScript: false });
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    const local = baseUrl() + new URL(image!).pathname;
    const size = await page.evaluate(async (src) => {
      const img = new Image();
      img.src = src;
      await img.decode();
      return [img.naturalWidth, img.naturalHeight];
    }, local);
    expect(size).toEqual([1200, 630]);
    await page.context().close();
  });
});

describe('share links', () => {
  it('work without JavaScript: Zalo, Facebook and a link to the page', async () => {
    const page = await open(browser, '/xa/19885/', { width: 390, javaScript: false });
    const box = page.locator('.share-links');
    await expect(box.locator('a', { hasText: 'Zalo' }).isVisible()).resolves.toBe(true);
    await expect(box.locator('a', { hasText: 'Facebook' }).isVisible()).resolves.toBe(true);
    await expect(box.locator('[data-share-copy]').getAttribute('href')).resolves.toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    await page.context().close();
  });

  it('copy the page address with JavaScript, and nothing on the page moves when the script runs', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'vi-VN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; sources?: { node?: Node }[] })[]) {
          if (e.sources?.some((s) => s.node instanceof Element && s.node.closest('.share-links'))) (window as unknown as { shifts: number }).shifts += e.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${baseUrl()}/xa/19885/`, { waitUntil: 'load' });
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    const box = page.locator('.share-links');
    await box.locator('[data-share-copy]').click();
    expect(page.url()).toBe(`${baseUrl()}/xa/19885/`);
    await page.waitForFunction(() => document.querySelector('.share-links [role="status"]')?.textContent === 'Đã sao chép liên kết');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(canonical);
    await context.close();
  });
});
