/**
 * The changelog and news pages in real Chromium: they pass axe-core, fit a 320 px phone with
 * JavaScript off, and "Theo dõi" opens without JavaScript to show the feed's address.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axe, launch, open } from './harness.ts';

const DIST = resolve(process.env.SITE_DIST ?? 'dist');
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const first = (dir: string, test: (name: string) => boolean) => (existsSync(join(DIST, dir)) ? readdirSync(join(DIST, dir)).find(test) : undefined);
const release = first('thay-doi', (n) => /^[0-9a-f]{10}$/.test(n));
const post = first('tin-tuc', (n) => !n.includes('.'));
const PAGES = [
  ['changelog', '/thay-doi/'],
  ['news', '/tin-tuc/'],
  ...(release ? [['release', `/thay-doi/${release}/`]] : []),
  ...(post ? [['post', `/tin-tuc/${post}/`]] : []),
];

describe.each(PAGES)('%s page %s', (_name, path) => {
  it('has no axe-core violations at 390 px and 1280 px, and fits 320 px without JavaScript', async () => {
    for (const width of [390, 1280]) {
      const page = await open(browser, path, { width });
      expect(await axe(page), `${path} at ${width}px`).toEqual([]);
      await page.context().close();
    }
    const page = await open(browser, path, { width: 320, javaScript: false });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});

describe('Theo dõi on a province page', () => {
  it('opens without JavaScript and shows the address of the province\'s feed', async () => {
    const page = await open(browser, '/tinh/46/', { width: 390, javaScript: false });
    const follow = page.locator('details.follow');
    await follow.locator('summary').click();
    const link = follow.locator('a[type="application/atom+xml"]');
    await expect(link.isVisible()).resolves.toBe(true);
    await expect(link.getAttribute('href')).resolves.toMatch(/\/tinh\/46\/atom\.xml$/);
    await expect(follow.locator('p').first().innerText()).resolves.toMatch(/ứng dụng đọc tin.*thư điện tử/s);
    await page.context().close();
  });
});

describe('a feed opened in the browser (a tap on "Địa chỉ nguồn tin")', () => {
  it('reads as a Vietnamese page: what it is, how to follow it, its address and its entries', async () => {
    const page = await open(browser, '/tinh/37/atom.xml', { width: 390, javaScript: false });
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('vi');
    await expect(page.locator('h1').innerText()).resolves.toContain('Tỉnh Ninh Bình');
    await expect(page.locator('#cach-theo-doi').innerText()).resolves.toBe('Cách theo dõi');
    await expect(page.locator('.how').innerText()).resolves.toMatch(/ứng dụng đọc tin[\s\S]*thư điện tử/);
    await expect(page.locator('code.address').innerText()).resolves.toMatch(/\/tinh\/37\/atom\.xml$/);
    const entries = page.locator('.entries > li');
    expect(await entries.count()).toBeGreaterThan(0);
    // The entry's HTML is shown as HTML, not as markup.
    await expect(entries.first().locator('li').first().innerText()).resolves.toMatch(/^(Thêm|Sửa|Bỏ|Đổi nguồn|Tiến độ) /);
    await expect(entries.first().innerText()).resolves.not.toContain('<li>');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
    const checked = await open(browser, '/tinh/37/atom.xml', { width: 390 });
    expect(await axe(checked)).toEqual([]);
    await checked.context().close();
  });

  it('says so when a feed has no entry yet', async () => {
    const page = await open(browser, '/xa/00004/atom.xml', { width: 390, javaScript: false });
    await expect(page.locator('main').innerText()).resolves.toContain('Chưa có mục nào');
    await page.context().close();
  });
});
