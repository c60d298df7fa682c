/**
 * Views in the address (?nam=, ?chi-tieu=) in real Chromium: restored when a shared address is
 * opened, written when the reader switches, carried into the embed code, followed by embed pages;
 * a year without a map is said, not silently replaced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, open } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const mapTitle = (page: Page) => page.locator('[data-part="map"] .chart-title').textContent();
const waitMap = (page: Page, part: string) => page.waitForFunction((p) => document.querySelector('[data-part="map"]')?.getAttribute('data-chart')?.includes(p), part);
const search = (page: Page) => new URL(page.url()).search;

describe('views in the address', () => {
  it('/?nam=2021 shows the 2021 map and ranking of the national page', async () => {
    const page = await open(browser, '/?nam=2021');
    await waitMap(page, '/2021');
    await expect(mapTitle(page)).resolves.toMatch(/năm 2021$/);
    await expect(page.locator('[data-part="ranking"] .chart-title').textContent()).resolves.toMatch(/năm 2021$/);
    await expect(page.locator('[data-part="map"] [data-year-link][aria-current]').textContent()).resolves.toMatch(/^2021/);
    // The embed code under the map is that of the 2021 map.
    await expect(page.locator('[data-part="map"] .chart-embed textarea').first().inputValue()).resolves.toContain('/2021.html');
    expect(search(page)).toBe('?nam=2021');
    await page.context().close();
  });

  it('writes the year chosen into the address, and drops it back at the default', async () => {
    const page = await open(browser, '/');
    await page.waitForFunction(() => document.querySelector('.chart-overview')?.hasAttribute('data-view-ready'));
    const start = await page.locator('[data-part="map"]').getAttribute('data-chart');
    const other = page.locator('[data-year-link]:not([aria-current])').first();
    const nam = (await other.getAttribute('data-nam'))!.split(' ')[0]!;
    await other.click();
    await page.waitForFunction((s) => document.querySelector('[data-part="map"]')?.getAttribute('data-chart') !== s, start);
    expect(search(page)).toBe(`?nam=${nam}`);
    const back = page.locator(`[data-year-link][href$="/${start}/"]`);
    await back.click();
    await page.waitForFunction((s) => document.querySelector('[data-part="map"]')?.getAttribute('data-chart') === s, start);
    expect(search(page)).toBe('');
    await page.context().close();
  });

  it('carries the view into the page’s share links', async () => {
    const page = await open(browser, '/');
    await page.waitForFunction(() => document.querySelector('.chart-overview')?.hasAttribute('data-view-ready'));
    const canonical = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href);
    const other = page.locator('[data-year-link]:not([aria-current])').first();
    const nam = (await other.getAttribute('data-nam'))!.split(' ')[0]!;
    await other.click();
    await page.waitForFunction((n) => location.search === `?nam=${n}`, nam);
    // The page's own share links (components/ShareLinks.astro): copy, Zalo, Facebook.
    const links = await page.$$eval('.share-links [href], .share-links [data-url]', (els) => els.map((e) => e.getAttribute('href') ?? e.getAttribute('data-url')));
    const shared = `${canonical}?nam=${nam}`;
    expect(links.length).toBeGreaterThanOrEqual(3);
    for (const l of links) expect([shared, encodeURIComponent(shared)].some((form) => l!.includes(form)), l!).toBe(true);
    expect(links).toContain(`https://sp.zalo.me/share_inline?url=${encodeURIComponent(shared)}`);
    await page.context().close();
  });

  it('says so when the year has no map, and shows the default', async () => {
    const page = await open(browser, '/?nam=1900');
    await page.waitForSelector('[data-year-missing]:not([hidden])');
    await expect(page.locator('[data-year-missing]').textContent()).resolves.toMatch(/^Không có bản đồ năm 1900 cho chỉ tiêu này; đang hiện năm .+\.$/);
    expect(search(page)).toBe('');
    await page.context().close();
  });

  it('chooses the indicator of the national map (?chi-tieu=), with its years', async () => {
    const page = await open(browser, '/?chi-tieu=learning_families_pct&nam=2018');
    await waitMap(page, 'learning_families_pct/2018');
    await expect(mapTitle(page)).resolves.toMatch(/^Tỷ lệ gia đình được công nhận Gia đình học tập: .+, năm 2018$/);
    await expect(page.locator('[data-indicator-select]').inputValue()).resolves.toBe('learning_families_pct');
    await expect(page.locator('[data-indicator-link]').textContent()).resolves.toBe('Tỷ lệ gia đình được công nhận Gia đình học tập');
    await page.locator('[data-indicator-select]').selectOption('learning_clans_pct');
    await waitMap(page, 'learning_clans_pct');
    expect(search(page)).toBe('?chi-tieu=learning_clans_pct');
    await page.context().close();
  });

  it('moves a chart page to the year asked for', async () => {
    const page = await open(browser, '/bieu-do/map/provinces/members_pct_population/2025/?nam=2021');
    await waitMap(page, '/2021');
    expect(new URL(page.url()).pathname).toBe('/bieu-do/map/former-provinces/members_pct_population/2021/');
    await page.context().close();
  });

  it('embed pages accept ?nam= (the latest view moves, a pinned page stays)', async () => {
    const page = await open(browser, '/nhung/map/provinces/members_pct_population/2025.html?nam=2021');
    await page.waitForURL(/former-provinces\/members_pct_population\/2021\.html\?nam=2021$/);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/năm 2021$/);
    const ranking = await open(browser, '/nhung/ranking/provinces/members_pct_population/2025.html?nam=2025-tinh-cu');
    await ranking.waitForURL(/ranking\/former-provinces\/members_pct_population\/2025\.html/);
    const pinnedPath = await ranking.evaluate(async (base) => {
      const m = await (await fetch(`${base}/nhung/phien-ban/manifest.json`)).json();
      const v = m.charts['map/provinces/members_pct_population/2025'].version;
      return `/nhung/phien-ban/${v}/map/provinces/members_pct_population/2025.html?nam=2021`;
    }, baseUrl());
    const pinned = await open(browser, pinnedPath);
    await pinned.waitForTimeout(300);
    expect(new URL(pinned.url()).pathname).toContain('/phien-ban/');
    expect(new URL(pinned.url()).pathname).toContain('/provinces/members_pct_population/2025.html');
    for (const p of [page, ranking, pinned]) await p.context().close();
  });
});
