/**
 * The data page in real Chromium: axe-clean on a phone and a desktop, every file it lists
 * downloads, and a commune's API file parses and names its former units.
 */
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

describe('data page /du-lieu/', () => {
  it('has no axe-core violations at 390 px and 1280 px, with the field lists open', async () => {
    for (const width of [390, 1280]) {
      const page = await open(browser, '/du-lieu/', { width });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      expect(await axe(page), `at ${width}px`).toEqual([]);
      await page.context().close();
    }
  });

  it('lists files that all download (200), with the listed size, and a valid datapackage.json', async () => {
    const page = await open(browser, '/du-lieu/');
    const links = await page.locator('a[download]').evaluateAll((as) => as.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })));
    await page.context().close();
    // 6 tables × CSV and JSON, datapackage.json, and the template workbook.
    expect(links.length).toBe(14);
    for (const l of links) {
      const res = await fetch(l.href);
      expect(res.status, l.href).toBe(200);
      const bytes = new Uint8Array(await res.arrayBuffer());
      expect(bytes.byteLength, l.href).toBeGreaterThan(0);
      if (l.href.endsWith('.csv')) expect([...bytes.slice(0, 3)], `${l.href} starts with a BOM`).toEqual([0xef, 0xbb, 0xbf]);
      else if (l.href.endsWith('.xlsx')) expect([...bytes.slice(0, 4)], `${l.href} is a zip`).toEqual([0x50, 0x4b, 0x03, 0x04]);
      else JSON.parse(new TextDecoder().decode(bytes));
    }
    const pkg = (await (await fetch(`${baseUrl()}/du-lieu/datapackage.json`)).json()) as { resources: { path: string; bytes: number }[]; version: string };
    for (const r of pkg.resources) {
      const res = await fetch(`${baseUrl()}/du-lieu/${r.path}`);
      expect((await res.arrayBuffer()).byteLength, r.path).toBe(r.bytes);
    }
  });

  it('serves a commune API file that parses and contains its former units and their figures', async () => {
    const index = (await (await fetch(`${baseUrl()}/api/v1/index.json`)).json()) as { url_templates: { place: string }; places: { level: string }[] };
    expect(index.places.some((p) => p.level === 'province')).toBe(true);
    const res = await fetch(`${baseUrl()}/api/v1/dia-phuong/commune/19885.json`);
    expect(res.status).toBe(200);
    const json = (await res.json()) as { place: { code: string }; former_units: { code: string; full_name: string }[]; figures: { place_code: string; relation?: string; quote: string }[] };
    expect(json.place.code).toBe('19885');
    expect(json.former_units.map((f) => f.full_name)).toContain('Xã Quảng Vinh');
    expect(json.figures.some((f) => f.relation === 'former' && f.place_code === '19885' && f.quote)).toBe(true);
  });
});

describe('citation box', () => {
  it('adds the reader\'s access date with JavaScript, and reads as a full citation without it', async () => {
    const withJs = await open(browser, '/xa/19885/', { width: 390 });
    const text = await withJs.locator('.cite-text').textContent();
    expect(text).toMatch(/truy cập \d{2}\/\d{2}\/\d{4}, phiên bản dữ liệu \S+ \(ngày \d{2}\/\d{2}\/\d{4}\)\.$/);
    await withJs.context().close();
    const noJs = await open(browser, '/xa/19885/', { width: 390, javaScript: false });
    expect(await noJs.locator('.cite-text').innerText()).toMatch(/^Nguồn: .*, phiên bản dữ liệu \S+ \(ngày \d{2}\/\d{2}\/\d{4}\)\.$/);
    expect(await noJs.locator('[data-cite-copy]').isVisible()).toBe(false);
    await noJs.context().close();
  });

  it('gives every page Open Graph tags', async () => {
    const page = await open(browser, '/chi-tieu/learning_families_pct/');
    const og = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[property^="og:"], meta[name="twitter:card"]')].map((m) => [m.getAttribute('property') ?? m.getAttribute('name'), m.getAttribute('content')])));
    expect(og).toMatchObject({ 'og:locale': 'vi_VN', 'og:type': 'website', 'twitter:card': expect.stringMatching(/^summary/) });
    expect(og['og:url']).toMatch(/\/chi-tieu\/learning_families_pct\/$/);
    expect(og['og:title']).toBeTruthy();
    await page.context().close();
  });
});
