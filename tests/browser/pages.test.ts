/** The page types in real Chromium: they open, read well without JavaScript, and pass axe-core. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, launch, open } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const PAGES = [
  ['national', '/'],
  ['province', '/tinh/46/'],
  ['commune', '/xa/19885/'],
];

describe.each(PAGES)('%s page %s', (_name, path) => {
  it('has no axe-core violations at 390 px and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const page = await open(browser, path, { width });
      expect(await axe(page), `${path} at ${width}px`).toEqual([]);
      await page.context().close();
    }
  });

  it('shows its heading and figures with JavaScript off, without horizontal scrolling at 320 px', async () => {
    const page = await open(browser, path, { width: 320, javaScript: false });
    await expect(page.locator('h1').first().textContent()).resolves.toBeTruthy();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
