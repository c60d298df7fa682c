/** The page types in real Chromium: they open, read well without JavaScript, and pass axe-core. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, baseUrl, launch, open } from './harness.ts';

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

describe('every page type at 320 px', () => {
  it('is no wider than the screen, every source page included (long addresses wrap)', async () => {
    const list = await open(browser, '/van-ban/', { javaScript: false });
    const sources = await list.locator('main a[href*="/van-ban/"]').evaluateAll((as) => [...new Set(as.map((a) => new URL((a as HTMLAnchorElement).href).pathname))]);
    await list.context().close();
    expect(sources.length).toBeGreaterThan(100);
    const paths = ['/', '/tinh/', '/tinh/79/', '/tinh/37/', '/xa/19885/', '/xa/02683/', '/chi-tieu/', '/chi-tieu/learning_families_pct/', '/van-ban/', '/du-lieu/', '/phuong-phap/', '/gioi-thieu-du-lieu/', '/tim-kiem/', ...sources];
    const ctx = await browser.newContext({ viewport: { width: 320, height: 800 }, javaScriptEnabled: false });
    const page = await ctx.newPage();
    const wide: string[] = [];
    for (const p of paths) {
      await page.goto(baseUrl() + p);
      const w = await page.evaluate(() => document.documentElement.scrollWidth);
      if (w > 320) wide.push(`${p} ${w}px`);
    }
    await ctx.close();
    expect(wide).toEqual([]);
  });
});

describe('a way to report a mistake, and an icon', () => {
  it('links every page to a prefilled issue on the repository, and each figure to one about it; has a favicon', async () => {
    const page = await open(browser, '/xa/19885/', { javaScript: false });
    const report = page.locator('footer a[href*="/issues/new?"]');
    await expect(report.count()).resolves.toBe(1);
    const href = new URL((await report.getAttribute('href'))!);
    expect(href.searchParams.get('title')).toContain('Xã Đan Điền');
    expect(href.searchParams.get('body')).toContain('/xa/19885/');
    const figureReport = page.locator('table.figs a[href*="/issues/new?"]').first();
    expect(new URL((await figureReport.getAttribute('href'))!).searchParams.get('body')).toMatch(/Mã số liệu: /);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const res = await page.request.get(new URL(icon!, baseUrl()).href);
    expect(res.status()).toBe(200);
    await page.context().close();
  });
});
