/**
 * `node scripts/screenshots.ts [--dist dist] [--out tmp/screenshots]`: full-page screenshots of
 * each page type at 390 px and 1280 px in real Chromium, for a person to look at before a
 * release (charts, maps, tables at phone and desktop widths). Not a test: nothing is compared.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/browser/static-server.ts';
import { CHROMIUM_ARGS } from '../tests/browser/harness.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const dist = resolve(arg('dist', 'dist'));
const out = resolve(arg('out', 'tmp/screenshots'));
const MAX_PARTS = Number(arg('parts', '4'));
const javaScript = !process.argv.includes('--no-js');
const PAGES: [string, string][] = [
  ['ca-nuoc', '/'],
  ['tinh', '/tinh/86/'],
  ['xa-co-so-lieu', '/xa/19885/'],
  ['xa', '/xa/00004/'],
  ['chi-tieu', '/chi-tieu/learning_families_pct/'],
  ['van-ban', '/van-ban/'],
  ['tim-kiem', '/tim-kiem/?q=quang%20vinh'],
  ['du-lieu', '/du-lieu/'],
  ['phuong-phap', '/phuong-phap/'],
];
const extra = process.argv.slice(2).filter((a) => a.startsWith('/'));
for (const p of extra) PAGES.push([p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'trang', p]);

mkdirSync(out, { recursive: true });
const { server, url } = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  for (const width of [390, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: javaScript, locale: 'vi-VN' });
    const page = await context.newPage();
    for (const [name, path] of PAGES) {
      const res = await page.goto(url + path, { waitUntil: 'networkidle' });
      // Full pages of a commune are ~10,000 px tall: saved in screen-sized parts that stay legible.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      const part = width < 600 ? 1400 : 1100;
      const parts = Math.min(Math.ceil(height / part), MAX_PARTS);
      for (let i = 0; i < parts; i++) {
        const file = `${out}/${name}-${width}-${i + 1}.png`;
        await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: i * part, width, height: Math.min(part, height - i * part) } });
      }
      console.log(`${res?.status()} ${path}: ${height} px → ${parts} × ${out}/${name}-${width}-N.png`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
