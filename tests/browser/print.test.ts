/**
 * Printing a place page (print media in real Chromium, and a PDF): a clean report without
 * navigation, search, embed controls, sharing or compare links; figure tables with their sources
 * opened; charts and tables kept whole; the page address and data version printed. The
 * "In / lưu PDF" button is a real button, shown only with JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const visible = (page: Page, sel: string) =>
  page.$$eval(sel, (els) => els.filter((e) => (e as HTMLElement).getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden').length);

describe('print', () => {
  for (const javaScript of [true, false]) {
    it(`prints a province page as a report (JavaScript ${javaScript ? 'on' : 'off'})`, async () => {
      const page = await open(browser, '/tinh/01/', { javaScript });
      expect(await visible(page, '.chart-embed, .site-header nav')).toBeGreaterThan(0);
      await page.emulateMedia({ media: 'print' });
      for (const sel of ['.chart-embed', '.site-header nav', '.search-form', '.crumbs', '.compare-links', '.print-button', '.share-links', '.chart-years', 'button']) {
        expect(await visible(page, sel), sel).toBe(0);
      }
      // Figures with their sources, opened; the address and the data version on the page.
      expect(await visible(page, 'details.figs-more table.figs')).toBeGreaterThan(0);
      const footer = await page.locator('.site-footer').innerText();
      expect(footer).toMatch(/Phiên bản dữ liệu \S+/);
      expect(footer).toMatch(/Trang: http\S+\/tinh\/01\//);
      // Charts, tables rows and status panels are not cut across pages.
      const breaks = await page.$$eval('figure.chart, .pg-panel, table.figs tr', (els) => [...new Set(els.map((e) => getComputedStyle(e).breakInside))]);
      expect(breaks).toEqual(['avoid']);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(20_000);
      await page.context().close();
    });
  }

  it('has an "In / lưu PDF" button with JavaScript that prints the view shown', async () => {
    const page = await open(browser, '/?nam=2021');
    const button = page.locator('.print-button button');
    await expect(button.isVisible()).resolves.toBe(true);
    await expect(button.textContent()).resolves.toBe('In / lưu PDF');
    await page.waitForFunction(() => location.search === '?nam=2021' && document.querySelector('[data-part="map"]')?.getAttribute('data-chart')?.endsWith('/2021'));
    await page.evaluate(() => {
      window.print = () => {
        (window as unknown as { printed: boolean }).printed = true;
        dispatchEvent(new Event('beforeprint'));
      };
    });
    await button.click();
    await expect(page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).resolves.toBe(true);
    await expect(page.locator('[data-print-url]').textContent()).resolves.toMatch(/^Trang: http\S+\/\?nam=2021$/);
    await page.context().close();

    // The comparison printed names its places, with or without the button (Ctrl+P, a PDF printer).
    const compare = await open(browser, '/so-sanh/?ma=tinh-86,tinh-01');
    await compare.waitForSelector('.compare-table');
    await compare.emulateMedia({ media: 'print' });
    await expect(compare.locator('[data-print-url]').textContent()).resolves.toMatch(/^Trang: http\S+\/so-sanh\/\?ma=tinh-86,tinh-01$/);
    expect(await visible(compare, '.compare-places, .print-button, .compare-status, .site-header nav')).toBe(0);
    await compare.context().close();

    const noJs = await open(browser, '/tinh/01/', { javaScript: false });
    await expect(noJs.locator('.print-button').isVisible()).resolves.toBe(false);
    await noJs.context().close();
  });
});
