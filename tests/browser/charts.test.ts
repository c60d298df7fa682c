/**
 * Charts and maps in real Chromium: present on every page type, accessible (axe-core, also after
 * the enhancement script ran and in forced-colours mode), readable without JavaScript, and the
 * enhancement works: tooltips on hover and keyboard focus, arrow keys between marks, year selector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, baseUrl, launch, open } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Paths that exist in the real data and in the small fixture. */
const PAGES: [string, string, string[]][] = [
  ['national', '/', ['map', 'ranking']],
  // No commune of the real data has a figure for a main indicator: the province page says so in one line, no empty map.
  ['province', '/tinh/46/', []],
  ['commune', '/xa/19885/', ['locator']],
  ['indicator', '/chi-tieu/learning_families_pct/', ['map']],
];

async function chartKinds(page: Page): Promise<string[]> {
  return page.$$eval('figure[data-chart]', (figs) => figs.map((f) => (f.getAttribute('data-chart') ?? '').split('/')[0]!));
}

describe.each(PAGES)('%s page %s', (_name, path, kinds) => {
  it('has its charts, each with a title, a summary and an accessible SVG', async () => {
    const page = await open(browser, path, { javaScript: false });
    const present = await chartKinds(page);
    for (const k of kinds) expect(present, `${path} has a ${k} chart`).toContain(k);
    if (path.startsWith('/tinh/') && !present.includes('map')) expect(await page.locator('main').innerText()).toContain('Chưa có xã, phường nào');
    const checks = await page.$$eval('figure[data-chart]', (figs) =>
      figs.map((f) => {
        const svg = f.querySelector('svg.c-svg');
        const labelled = svg?.getAttribute('aria-labelledby') ?? '';
        return {
          id: f.getAttribute('data-chart'),
          caption: f.querySelector('figcaption')?.textContent?.trim() ?? '',
          summary: f.querySelector('.chart-summary')?.textContent?.trim() ?? '',
          role: svg?.getAttribute('role'),
          title: labelled ? (document.getElementById(labelled)?.textContent ?? '') : '',
        };
      }),
    );
    for (const c of checks) {
      expect(c.caption, c.id!).not.toBe('');
      expect(c.summary, c.id!).toMatch(/\.$/);
      expect(c.role, c.id!).toBe('img');
      expect(c.title, c.id!).toBe(c.caption);
    }
    await page.context().close();
  });

  it('has no axe-core violations with charts enhanced, at 390 px and in forced colours', async () => {
    for (const opts of [{ width: 390 }, { width: 1280, forced: true }]) {
      const context = await browser.newContext({ viewport: { width: opts.width, height: 900 }, locale: 'vi-VN', forcedColors: opts.forced ? 'active' : 'none' });
      const page = await context.newPage();
      await page.goto(baseUrl() + path, { waitUntil: 'load' });
      await page.waitForFunction(() => [...document.querySelectorAll('figure[data-chart]')].every((f) => (f as HTMLElement).dataset.enhanced));
      expect(await axe(page), `${path} at ${opts.width}px${opts.forced ? ', forced colours' : ''}`).toEqual([]);
      await context.close();
    }
  });
});

describe('enhancement', () => {
  it('shows a tooltip on hover and on keyboard focus, and moves between marks with arrow keys', async () => {
    const page = await open(browser, '/', { width: 1280 });
    const fig = page.locator('figure[data-part="map"]');
    // The enhancement waits until the page is idle, later on a busy machine.
    await page.waitForFunction(() => (document.querySelector('figure[data-part="map"]') as HTMLElement | null)?.dataset.enhanced === '1');
    const mark = fig.locator('.mk').first();
    await mark.hover({ force: true });
    const tip = fig.locator('.chart-tip');
    await expect(tip.isVisible()).resolves.toBe(true);
    const label = await mark.getAttribute('aria-label');
    expect(label).toBeTruthy();
    await expect(tip.textContent()).resolves.toBe(label);

    await page.mouse.move(0, 0);
    await mark.focus();
    await expect(tip.isVisible()).resolves.toBe(true);
    const count = await fig.locator('.mk').count();
    if (count > 1) {
      await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
      expect(focused).toBe(await fig.locator('.mk').nth(1).getAttribute('aria-label'));
      await expect(tip.textContent()).resolves.toBe(focused);
    }
    // One tab stop per chart: only one mark is in the tab order.
    await expect(fig.locator('.mk[tabindex="0"]').count()).resolves.toBe(1);
    await page.context().close();
  });

  it('switches the map year in place, and the year links work without JavaScript', async () => {
    const page = await open(browser, '/', { width: 1280 });
    const links = page.locator('.chart-overview [data-year-link]:not([aria-current])');
    if ((await links.count()) === 0) return; // a dataset with a single map year has no selector
    const before = await page.locator('[data-part="map"]').getAttribute('data-chart');
    const target = links.first();
    const href = (await target.getAttribute('href'))!;
    await target.click();
    await page.waitForFunction((b) => document.querySelector('[data-part="map"]')?.getAttribute('data-chart') !== b, before);
    expect(new URL(page.url()).pathname).toBe('/');
    const after = await page.locator('[data-part="map"]').getAttribute('data-chart');
    expect(href).toContain(after!);
    await expect(page.locator('[data-part="map"] [data-year-link][aria-current]').textContent()).resolves.toBeTruthy();
    await page.context().close();

    const noJs = await open(browser, new URL(href, baseUrl()).pathname, { javaScript: false });
    await expect(noJs.locator('figure[data-part="map"] svg.c-svg').count()).resolves.toBe(1);
    await noJs.context().close();
  });

  it('reads without horizontal scrolling at 320 px with charts, JavaScript off', async () => {
    for (const [, path] of PAGES) {
      const page = await open(browser, path, { width: 320, javaScript: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });
});
