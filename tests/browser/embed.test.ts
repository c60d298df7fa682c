/**
 * Embeds in real Chromium: a host page on another origin embeds charts with the published code and
 * the resize script, at 320 and 1,200 px: the iframe fits its content (no scrollbar inside, nothing
 * clipped); messages from elsewhere are ignored. Embed pages pass axe-core in light, dark and forced
 * colours and fit 280 px. The "Nhúng" control shows its code and the SVG and CSV downloads without
 * JavaScript, copies with it, and its "Ảnh PNG" button saves the SVG card drawn at 1,200 px or more.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { axe, baseUrl, launch, open } from './harness.ts';

let browser: Browser;
let host: Server;
let hostUrl = '';
/** Host pages by path, written by the tests. */
const hostPages = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  host = createServer((req, res) => {
    const html = hostPages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? 'not found');
  });
  // "localhost" rather than 127.0.0.1: another origin than the site's, as on a real host site.
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  const addr = host.address();
  hostUrl = `http://localhost:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => host?.close(() => r()));
});

/** Chart ids of one kind printed on a page of the built site. */
async function chartIdsOn(path: string): Promise<string[]> {
  const page = await open(browser, path, { javaScript: false });
  const ids = await page.$$eval('figure[data-chart]', (figs) => figs.map((f) => f.getAttribute('data-chart')!));
  await page.context().close();
  return ids;
}

/** The code a reader copies (oEmbed html), pointed at the test server instead of the build's SITE_URL. */
async function embedCodeFor(id: string): Promise<string> {
  const res = await fetch(`${baseUrl()}/nhung/${id}.oembed.json`);
  const json = (await res.json()) as { html: string; provider_url: string };
  return json.html.replaceAll(new URL(json.provider_url).origin, baseUrl());
}

async function hostPage(name: string, codes: string[]): Promise<string> {
  hostPages.set(`/${name}.html`, `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Host</title><style>body{margin:0;padding:10px}</style></head><body><main>${codes.map((c) => `<div>${c}</div>`).join('')}</main></body></html>`);
  return `${hostUrl}/${name}.html`;
}

interface Fit {
  iframeHeight: number;
  contentHeight: number;
  scrollHeight: number;
  clientHeight: number;
  scrollWidth: number;
  clientWidth: number;
}

async function fit(page: Page, index: number): Promise<Fit> {
  const iframe = page.locator('iframe').nth(index);
  const frame = (await (await iframe.elementHandle())!.contentFrame()) as Frame;
  const inner = await frame.evaluate(() => ({
    contentHeight: document.documentElement.getBoundingClientRect().height,
    scrollHeight: document.documentElement.scrollHeight,
    clientHeight: document.documentElement.clientHeight,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  const iframeHeight = await iframe.evaluate((f) => f.getBoundingClientRect().height);
  return { iframeHeight, ...inner };
}

/** Waits until every iframe was resized by the script and its height no longer changes. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('iframe')].every((f) => f.style.height !== ''), undefined, { timeout: 20_000 });
  let last = '';
  for (let i = 0; i < 20; i++) {
    const now = await page.$$eval('iframe', (fs) => fs.map((f) => f.style.height).join());
    if (now === last) return;
    last = now;
    await page.waitForTimeout(150);
  }
}

describe('embedding with the resize script', () => {
  let ids: string[] = [];
  beforeAll(async () => {
    const national = await chartIdsOn('/');
    const commune = await chartIdsOn('/xa/19885/');
    const province = await chartIdsOn('/tinh/46/');
    const pick = (list: string[], kind: string) => list.find((id) => id.startsWith(`${kind}/`));
    ids = [pick(national, 'map'), pick(national, 'ranking'), pick([...province, ...national], 'trend'), pick(commune, 'locator')].filter((x): x is string => !!x);
  });

  it.each([320, 1200])('fits each iframe to its content at %i px: no scrollbar inside, nothing clipped', async (width) => {
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const url = await hostPage(`fit-${width}`, await Promise.all(ids.map(embedCodeFor)));
    const context = await browser.newContext({ viewport: { width, height: 700 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Lazy iframes load as they come near the viewport: scroll through the page.
    for (let i = 0; i < ids.length; i++) {
      await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
      await page.waitForTimeout(100);
    }
    await settled(page);
    for (let i = 0; i < ids.length; i++) {
      const f = await fit(page, i);
      expect(f.scrollHeight, `${ids[i]} at ${width}px: ${JSON.stringify(f)}`).toBeLessThanOrEqual(f.clientHeight);
      expect(f.scrollWidth, `${ids[i]} at ${width}px`).toBeLessThanOrEqual(f.clientWidth);
      expect(f.iframeHeight + 1, `${ids[i]} at ${width}px`).toBeGreaterThanOrEqual(f.contentHeight);
      // Not grossly taller than the content either.
      expect(f.iframeHeight, `${ids[i]} at ${width}px`).toBeLessThanOrEqual(f.contentHeight + 2);
    }
    await context.close();
  });

  it('ignores height messages that do not come from the site in that iframe', async () => {
    const url = await hostPage('origin', [await embedCodeFor(ids[0]!)]);
    const page = await (await browser.newContext({ viewport: { width: 800, height: 700 } })).newPage();
    await page.goto(url, { waitUntil: 'load' });
    await settled(page);
    const before = await page.locator('iframe').evaluate((f) => f.style.height);
    // The host page itself (wrong origin, wrong source) claims a height.
    await page.evaluate(() => window.postMessage({ type: 'xhht-embed:height', id: 'x', url: 'x', height: 33 }, '*'));
    await page.waitForTimeout(300);
    expect(await page.locator('iframe').evaluate((f) => f.style.height)).toBe(before);
    expect(before).not.toBe('33px');
    await page.context().close();
  });
});

describe('embed pages', () => {
  let id = '';
  beforeAll(async () => {
    id = (await chartIdsOn('/')).find((x) => x.startsWith('map/'))!;
  });

  it('read without JavaScript and fit 280 px without horizontal scrolling', async () => {
    for (const path of [`/nhung/${id}.html`, '/nhung/locator/19885.html']) {
      const page = await open(browser, path, { width: 280, javaScript: false });
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      await expect(page.locator('svg.c-svg').count()).resolves.toBe(1);
      await expect(page.locator('.embed-meta a').getAttribute('href')).resolves.toMatch(/#c-/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.context().close();
    }
  });

  it('have no axe-core violations in light, dark and forced colours', async () => {
    for (const opts of [{ colorScheme: 'light' as const }, { colorScheme: 'dark' as const }, { colorScheme: 'light' as const, forcedColors: 'active' as const }]) {
      for (const path of [`/nhung/${id}.html`, '/nhung/locator/19885.html']) {
        const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'vi-VN', ...opts });
        const page = await context.newPage();
        await page.goto(baseUrl() + path, { waitUntil: 'load' });
        expect(await axe(page), `${path} ${JSON.stringify(opts)}`).toEqual([]);
        await context.close();
      }
    }
  });

  it('follow the reader\'s dark mode', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/nhung/${id}.html`, { waitUntil: 'load' });
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(13, 17, 23)');
    await context.close();
  });
});

describe('the "Nhúng" control', () => {
  it('shows the embed code and downloads without JavaScript', async () => {
    const page = await open(browser, '/xa/19885/', { javaScript: false });
    const control = page.locator('figure[data-chart^="locator/"] details.chart-embed');
    await control.locator('summary').click();
    const areas = control.locator('textarea');
    await expect(areas.count()).resolves.toBe(2);
    await expect(areas.first().isVisible()).resolves.toBe(true);
    const latest = await areas.first().inputValue();
    expect(latest).toMatch(/^<iframe src="[^"]+\/nhung\/locator\/19885\.html" title="[^"]+" loading="lazy" width="100%" height="\d+" style="border:0"><\/iframe>\n<script src="[^"]+\/nhung\/nhung\.js" async><\/script>$/);
    expect(await areas.nth(1).inputValue()).toMatch(/\/nhung\/phien-ban\/[^/]+\/locator\/19885\.html"/);
    await expect(control.locator('[data-embed-copy]').first().isVisible()).resolves.toBe(false);
    // The PNG is drawn by the browser: without JavaScript its button stays hidden, the SVG is the image.
    await expect(control.locator('[data-embed-png]').isVisible()).resolves.toBe(false);
    await expect(control.locator('a[href$=".png"]').count()).resolves.toBe(0);
    for (const ext of ['svg', 'csv']) {
      const href = await control.locator(`a[href$=".${ext}"]`).getAttribute('href');
      const res = await page.request.get(baseUrl() + href!);
      expect(res.status(), href!).toBe(200);
    }
    await page.context().close();

    // axe needs JavaScript in the page: the same control, opened, with the enhancement.
    const withJs = await open(browser, '/xa/19885/', { width: 390 });
    await withJs.locator('figure[data-chart^="locator/"] details.chart-embed summary').click();
    expect(await axe(withJs)).toEqual([]);
    await withJs.context().close();
  });

  it('copies the code with the button when JavaScript runs', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'vi-VN' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/xa/19885/`, { waitUntil: 'load' });
    const control = page.locator('figure[data-chart^="locator/"] details.chart-embed');
    await control.locator('summary').click();
    const button = control.locator('[data-embed-copy]').first();
    await expect(button.isVisible()).resolves.toBe(true);
    await button.click();
    await expect(control.locator('[role="status"]').first()).toBeTruthy();
    await page.waitForFunction(() => document.querySelector('.chart-embed-code [role="status"]')?.textContent === 'Đã sao chép');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await control.locator('textarea').first().inputValue());
    await context.close();
  });

  it('saves a PNG of the chart card, 1,200 px wide or more, through the page\'s own button', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'vi-VN', acceptDownloads: true });
    const page = await context.newPage();
    for (const [path, kind] of [['/', 'map'], ['/', 'ranking'], ['/tinh/01/', 'trend'], ['/xa/19885/', 'locator']] as const) {
      if (page.url() !== baseUrl() + path) await page.goto(baseUrl() + path, { waitUntil: 'load' });
      const figure = page.locator(`figure[data-chart^="${kind}/"]`).first();
      const id = (await figure.getAttribute('data-chart'))!;
      await figure.locator('details.chart-embed summary').click();
      const button = figure.locator('[data-embed-png]');
      await expect(button.isVisible()).resolves.toBe(true);
      const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
      expect(download.suggestedFilename()).toBe(`${id.replace(/\//g, '-')}.png`);
      const png = readFileSync((await download.path())!);
      expect(png.subarray(0, 8).toString('latin1'), id).toBe('\x89PNG\r\n\x1a\n');
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(width, id).toBeGreaterThanOrEqual(1200);
      // The whole SVG card (title, summary, chart, source, address) at the same proportions.
      const svg = await (await page.request.get(baseUrl() + (await button.getAttribute('data-embed-png'))!)).text();
      const [w, h] = [/width="(\d+)"/.exec(svg)![1], /height="(\d+)"/.exec(svg)![1]].map(Number) as [number, number];
      expect(Math.abs(height - (h * width) / w), id).toBeLessThanOrEqual(1);
      expect(png.length, id).toBeGreaterThan(30_000);
    }
    await context.close();
  });

  it('offers SVG cards that Chromium\'s strict XML parser reads and draws', async () => {
    const page = await open(browser, '/');
    const hrefs = await page.$$eval('figure[data-chart] a[href$=".svg"]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))].slice(0, 12));
    hrefs.push(...(await chartIdsOn('/tinh/01/')).slice(0, 3).map((id) => `/nhung/${id}.svg`), '/nhung/locator/19885.svg');
    expect(hrefs.length).toBeGreaterThan(2);
    const results = await page.evaluate(async (list) => {
      const out: { href: string; error: boolean; width: number }[] = [];
      for (const href of list) {
        const text = await (await fetch(href)).text();
        const error = new DOMParser().parseFromString(text, 'image/svg+xml').getElementsByTagName('parsererror').length > 0;
        const img = new Image();
        img.src = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
        await img.decode();
        out.push({ href, error, width: img.naturalWidth });
      }
      return out;
    }, hrefs);
    for (const r of results) {
      expect(r.error, r.href).toBe(false);
      expect(r.width, r.href).toBeGreaterThan(300);
    }
    await page.context().close();
  });
});
