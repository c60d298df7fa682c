/**
 * The header search box in real Chromium: a WAI-ARIA combobox that shows matching places while
 * the person types, without leaving the page; keyboard (↓ ↑ Enter Escape), the count in a live
 * region, axe-core, and what the first search downloads from a commune page.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { loadDataset } from '../../src/lib/data/load-dataset.ts';
import type { Model } from '../../src/lib/data/model.ts';
import { formerAnchor } from '../../src/lib/site/urls.ts';
import { looseKey } from '../../src/lib/text/fold.ts';
import { axe, baseUrl, launch, open } from './harness.ts';

const dist = resolve(process.env.SITE_DIST ?? 'dist');
const model: Model = loadDataset(resolve(process.env.DATA_DIR ?? 'data')).model!;
const someCommune = model.communes[0]!;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const box = (page: Page) => page.locator('header input[name="q"]');
const status = (page: Page) => page.locator('header [role="status"]');

/** Types like a person, then waits until the suggestions are for the whole text. */
async function typeAndWait(page: Page, text: string): Promise<void> {
  await box(page).click();
  await page.keyboard.type(text, { delay: 20 });
  await page.locator('#q-list [role="option"]').last().filter({ hasText: text }).waitFor({ timeout: 20_000 });
}

describe('the header search box', () => {
  it('is a combobox that shows matching places while typing, without leaving the page', async () => {
    const page = await open(browser, `/xa/${someCommune.code}/`, { width: 390 });
    const start = page.url();
    await expect(box(page).getAttribute('role')).resolves.toBe('combobox');
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await typeAndWait(page, 'xã thanh hải huyện thanh hà');
    expect(page.url()).toBe(start);
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('true');
    await expect(page.locator('#q-list').isVisible()).resolves.toBe(true);
    const first = page.locator('#q-list [role="option"]').first();
    await expect(first.textContent()).resolves.toContain('Xã Thanh Hải (cũ)');
    await expect(first.textContent()).resolves.toContain('huyện Thanh Hà');
    // The count is announced through a polite live region.
    await expect(status(page).getAttribute('aria-live')).resolves.toBe('polite');
    await expect(status(page).textContent()).resolves.toMatch(/^\d[\d.]* kết quả, \d gợi ý/);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  it('moves with ↓ and ↑, opens the chosen place with Enter at the line naming the former unit', async () => {
    const former = model.formerCommunes.find((c) => c.name === 'Quảng Vinh' && model.successors.get(c.key)?.length === 1)!;
    const district = model.places.get(former.parentKey!)!;
    const now = model.places.get(model.successors.get(former.key)![0]!.key)!;
    const page = await open(browser, '/');
    await typeAndWait(page, `${looseKey(former.name)} ${looseKey(district.name)}`);
    const options = page.locator('#q-list [role="option"]');
    const n = await options.count();
    expect(n).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    const id0 = await options.nth(0).getAttribute('id');
    await expect(box(page).getAttribute('aria-activedescendant')).resolves.toBe(id0);
    await expect(options.nth(0).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowDown');
    await expect(box(page).getAttribute('aria-activedescendant')).resolves.toBe(await options.nth(1).getAttribute('id'));
    await expect(options.nth(0).getAttribute('aria-selected')).resolves.toBe('false');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    // Up from the first option wraps to the last ("Xem mọi kết quả").
    await expect(box(page).getAttribute('aria-activedescendant')).resolves.toBe(await options.nth(n - 1).getAttribute('id'));
    await page.keyboard.press('ArrowDown');
    const anchor = formerAnchor('former_commune', former.code);
    await Promise.all([page.waitForURL(`**/xa/${now.code}/#${anchor}`), page.keyboard.press('Enter')]);
    await expect(page.locator(`#${anchor}`).isVisible()).resolves.toBe(true);
    await page.context().close();
  });

  it('closes with Escape, empties the box with a second Escape, and Enter without a choice opens the search page', async () => {
    const page = await open(browser, '/tinh/');
    await typeAndWait(page, 'tan phu dong nai');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(page.locator('#q-list').isHidden()).resolves.toBe(true);
    await expect(box(page).getAttribute('aria-activedescendant')).resolves.toBeNull();
    await expect(box(page).inputValue()).resolves.toBe('tan phu dong nai');
    await page.keyboard.press('Escape');
    await expect(box(page).inputValue()).resolves.toBe('');
    await typeAndWait(page, 'dong nai');
    await Promise.all([page.waitForURL('**/tim-kiem/?q=dong+nai'), page.keyboard.press('Enter')]);
    await page.locator('.search-results li').first().waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it('loads nothing for search until the box is used, and the first search downloads ≤ 150 KB gzip', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${baseUrl()}/xa/${someCommune.code}/`, { waitUntil: 'load' });
    expect(requested.filter((p) => p.includes('/pagefind/') || p.includes('combobox'))).toEqual([]);
    const atLoad = new Set(requested);
    await typeAndWait(page, 'xã tân phú, tỉnh đồng nai');
    await context.close();
    // Pagefind's own files are compressed already; scripts are counted as a server would gzip them.
    const size = (path: string) => {
      const bytes = readFileSync(resolve(dist, `.${decodeURIComponent(path)}`));
      return path.endsWith('.js') ? gzipSync(bytes, { level: 9 }).length : bytes.length;
    };
    const search = requested.filter((p) => !atLoad.has(p) || p.includes('HeaderSearch') || p.includes('preload-helper'));
    const bytes = [...new Set(search)].reduce((n, p) => n + size(p), 0);
    expect(search.some((p) => p.endsWith('pagefind.js'))).toBe(true);
    expect(bytes).toBeLessThanOrEqual(150 * 1024);
  });
});
