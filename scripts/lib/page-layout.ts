/**
 * What a reader on a phone meets, measured on a built site in real Chromium at 390 px: the height
 * of the pages the issue names (the emptiest commune page, the national page, the largest province
 * page), the widest page at 320 px, and the element count of every place and indicator page
 * (counted in the HTML: every start tag is one element of the page).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../../tests/browser/static-server.ts';
import { CHROMIUM_ARGS } from '../../tests/browser/harness.ts';

export interface PageFigure {
  path: string;
  value: number;
}

export interface LayoutFigures {
  /** Heights at 390 px: national page, emptiest commune page, the tallest commune page without figures of a sample, the tallest province page. */
  heights: { national: PageFigure; emptiestCommune: PageFigure; tallestEmptyCommune: PageFigure; tallestProvince: PageFigure };
  /** The most elements on a place or indicator page, by type. */
  elements: Record<string, PageFigure>;
  /** The widest page at 320 px (document width), over every page type and every source page. */
  widest: PageFigure;
  /** Pages wider than 320 px. */
  tooWide: string[];
}

const countElements = (html: string): number => (html.match(/<[a-zA-Z][\w-]*[\s>/]/g) ?? []).length;

function pagesUnder(dist: string, dir: string): string[] {
  const root = join(dist, dir);
  try {
    // Old addresses that forward to their successor's page (meta refresh) are not pages to measure.
    return readdirSync(root)
      .filter((d) => statSync(join(root, d)).isDirectory() && existsSync(join(root, d, 'index.html')))
      .map((d) => `/${dir}/${d}/`)
      .filter((p) => !html(dist, p).includes('http-equiv="refresh"'));
  } catch {
    return [];
  }
}

const html = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

export async function measureLayout(dist: string): Promise<LayoutFigures> {
  const provinces = pagesUnder(dist, 'tinh');
  const communes = pagesUnder(dist, 'xa');
  const indicators = pagesUnder(dist, 'chi-tieu');
  const sources = pagesUnder(dist, 'van-ban');
  const elements: Record<string, PageFigure> = {};
  const sizes = new Map<string, number>();
  for (const [type, list] of [['national', ['/']], ['province', provinces], ['commune', communes], ['indicator', indicators], ['region', pagesUnder(dist, 'cum-thi-dua')]] as const) {
    for (const path of list) {
      const h = html(dist, path);
      if (type === 'commune') sizes.set(path, h.length);
      const n = countElements(h);
      if (!elements[type] || n > elements[type]!.value) elements[type] = { path, value: n };
    }
  }
  // "Emptiest": a commune page without figures and the fewest bytes; a sample of the others without figures.
  const empty = communes.filter((p) => html(dist, p).includes('class="missing"')).sort((a, b) => sizes.get(a)! - sizes.get(b)!);
  const sample = empty.filter((_, i) => i % Math.max(1, Math.floor(empty.length / 60)) === 0);

  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const measure = async (paths: string[], width: number, what: 'height' | 'width'): Promise<PageFigure[]> => {
      const ctx = await browser.newContext({ viewport: { width, height: 844 }, javaScriptEnabled: false });
      const page = await ctx.newPage();
      const out: PageFigure[] = [];
      for (const path of paths) {
        await page.goto(url + path, { waitUntil: 'load' });
        out.push({ path, value: await page.evaluate((w) => (w === 'height' ? document.documentElement.scrollHeight : document.documentElement.scrollWidth), what) });
      }
      await ctx.close();
      return out;
    };
    const max = (list: PageFigure[]) => list.reduce((a, b) => (b.value > a.value ? b : a));
    const [national] = await measure(['/'], 390, 'height');
    const [emptiest] = await measure([empty[0] ?? communes[0]!], 390, 'height');
    const tallestEmpty = max(await measure(sample.length ? sample : [communes[0]!], 390, 'height'));
    const tallestProvince = max(await measure(provinces, 390, 'height'));
    const widthPages = ['/', '/tinh/', '/chi-tieu/', '/van-ban/', '/du-lieu/', '/phuong-phap/', '/gioi-thieu-du-lieu/', '/tim-kiem/', ...provinces, ...indicators, ...sources, ...communes.filter((_, i) => i % 50 === 0)];
    const widths = await measure(widthPages, 320, 'width');
    return {
      heights: { national: national!, emptiestCommune: emptiest!, tallestEmptyCommune: tallestEmpty, tallestProvince },
      elements,
      widest: max(widths),
      tooWide: widths.filter((w) => w.value > 320).map((w) => `${w.path} (${w.value} px)`),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
