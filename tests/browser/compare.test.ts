/**
 * The compare page in real Chromium, as a journalist would use it: opened from a province page,
 * both provinces with figures, places added and removed with the address following, mistakes in
 * the address said plainly, accessible at 390 and 1280 px, and a notice without JavaScript.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, open } from './harness.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const loaded = (page: Page) => page.waitForSelector('.compare-table', { timeout: 20_000 });
const query = (page: Page) => decodeURIComponent(new URL(page.url()).search);

describe('compare page', () => {
  it('shows Vĩnh Long and Hà Nội with their figures, statuses, targets and sources', async () => {
    const page = await open(browser, '/so-sanh/?ma=tinh-86,tinh-01');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await loaded(page);
    await expect(page.title()).resolves.toMatch(/^So sánh Tỉnh Vĩnh Long và Thành phố Hà Nội — /);
    const families = page.locator('section.compare-ind', { has: page.locator('h3', { hasText: /^Tỷ lệ gia đình được công nhận Gia đình học tập$/ }) });
    const hanoi = families.locator('tr', { has: page.locator('th', { hasText: 'Thành phố Hà Nội' }) });
    const text = await hanoi.innerText();
    for (const part of ['hơn 67%', '2025', 'Chưa đạt mục tiêu', 'Mục tiêu năm 2025: 70% — mục tiêu quốc gia']) expect(text).toContain(part);
    await expect(hanoi.locator('td a').count()).resolves.toBe(1);
    // Vĩnh Long's figures are its former provinces', named as such.
    const vl = await page.locator('.compare-table td .note', { hasText: /^Số liệu của Tỉnh .+ \(cũ\)$/ }).count();
    expect(vl).toBeGreaterThan(0);
    // Charts name exactly the units they plot.
    for (const title of await page.locator('.compare-ind figure .chart-title').allTextContents()) expect(title).not.toContain('Tỉnh Vĩnh Long và');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is reached from a province page with the nation offered first', async () => {
    const page = await open(browser, '/tinh/01/');
    const link = page.locator('.compare-links a').first();
    await expect(link.textContent()).resolves.toBe('cả nước');
    await link.click();
    await loaded(page);
    expect(query(page)).toBe('?ma=tinh-01,ca-nuoc');
    await expect(page.locator('.compare-chips li').count()).resolves.toBe(2);
    await page.context().close();
  });

  it('adds and removes places, the address following', async () => {
    const page = await open(browser, '/so-sanh/?ma=tinh-01', { width: 390 });
    await page.waitForSelector('.compare-chips li');
    await expect(page.locator('[data-compare-status]').textContent()).resolves.toContain('cần ít nhất 2 nơi');
    await page.locator('[data-top]').selectOption('tinh-86');
    await page.waitForFunction(() => !(document.querySelector('[data-sub]') as HTMLSelectElement).disabled);
    const commune = await page.locator('[data-sub] optgroup').first().locator('option').first().getAttribute('value');
    await page.locator('[data-sub]').selectOption(commune!);
    await page.locator('.compare-add button[type=submit]').click();
    await page.waitForFunction((c) => location.search.includes(c), commune!);
    expect(query(page)).toBe(`?ma=tinh-01,${commune}`);
    await expect(page.locator('.compare-chips li').count()).resolves.toBe(2);
    await page.locator('[data-remove="tinh-01"]').click();
    await page.waitForFunction(() => !location.search.includes('tinh-01'));
    expect(query(page)).toBe(`?ma=${commune}`);
    await page.goBack();
    await page.waitForFunction(() => document.querySelectorAll('.compare-chips li').length === 2);
    await page.context().close();
  });

  it('says which places in the address it cannot read or find, and keeps at most four', async () => {
    const page = await open(browser, '/so-sanh/?ma=tinh-01,banana,tinh-99,xa-cu-00001,ca-nuoc,tinh-86,tinh-79,tinh-48');
    await loaded(page);
    const status = await page.locator('[data-compare-status]').innerText();
    expect(status).toContain('Không hiểu “banana”');
    expect(status).toContain('tối đa 4 nơi; đã bỏ qua: tinh-48.');
    expect(status).toContain('Không có tệp số liệu cho “tinh-99”');
    expect(status).toContain('Không có tệp số liệu cho “xa-cu-00001”');
    // Places that cannot be shown do not count: the first four found are.
    await expect(page.locator('.compare-chips li').count()).resolves.toBe(4);
    await page.context().close();
  });

  it('compares a former unit through its own file', async () => {
    const page = await open(browser, '/so-sanh/?ma=tinh-cu-01,tinh-01');
    await loaded(page);
    await expect(page.locator('.compare-chips li').first().textContent()).resolves.toContain('(cũ)');
    await page.context().close();
  });

  it('has no axe-core violations at 390 and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const page = await open(browser, '/so-sanh/?ma=tinh-86,tinh-01', { width });
      await loaded(page);
      expect(await axe(page), `${width} px`).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('says what to do without JavaScript', async () => {
    const page = await open(browser, '/so-sanh/?ma=tinh-86,tinh-01', { javaScript: false });
    await expect(page.locator('main').innerText()).resolves.toContain('cần bật JavaScript');
    await expect(page.locator('.compare-places').isVisible()).resolves.toBe(false);
    await expect(page.locator('.print-button').isVisible()).resolves.toBe(false);
    await page.context().close();
  });
});
