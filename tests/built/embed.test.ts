/**
 * Every chart of the built site (each `data-chart` of its pages) has its embed page, pinned page,
 * PNG, SVG, CSV and oEmbed JSON; embed pages stay small and are not in the search index; the PNGs
 * are real images; social images and oEmbed links of pages point at files that exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listHtml } from '../../scripts/lib/page-weight.ts';
import { indexableContent } from '../../src/lib/outputs/search/build-index.ts';
import { homeHref } from '../../src/lib/outputs/embed/home.ts';
import { downloadPath, embedPath, oembedPath, PINNED_MANIFEST_PATH, pinnedPath, RESIZE_SCRIPT_PATH } from '../../src/lib/site/urls.ts';
import type { PinManifest } from '../../src/lib/outputs/embed/pinned.ts';

const DIST = resolve(process.env.SITE_DIST ?? 'dist');
const BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const KB = 1024;
/** Site path (no base) → file in dist/. */
const file = (path: string) => join(DIST, path.replace(/\/$/, '/index.html'));
const fromHref = (href: string) => `/${href.slice(BASE.length)}`;

const pages = listHtml(DIST).filter((p) => !p.startsWith('nhung/'));
const chartIds = new Map<string, string>();
for (const p of pages) {
  for (const m of readFileSync(join(DIST, p), 'utf8').matchAll(/data-chart="([^"]+)"/g)) if (!chartIds.has(m[1]!)) chartIds.set(m[1]!, p);
}
const manifest = JSON.parse(readFileSync(file(PINNED_MANIFEST_PATH), 'utf8')) as PinManifest;

describe('embed files of every chart', () => {
  it('finds the charts of the pages', () => {
    expect(chartIds.size).toBeGreaterThan(50);
  });

  it('has an embed page, a pinned page, PNG, SVG, CSV and oEmbed JSON for each', () => {
    const missing: string[] = [];
    for (const id of chartIds.keys()) {
      const pin = manifest.charts[id];
      if (!pin) {
        missing.push(`${id}: not in ${PINNED_MANIFEST_PATH}`);
        continue;
      }
      for (const path of [embedPath(id), pinnedPath(pin.version, id), oembedPath(id), downloadPath(id, 'png'), downloadPath(id, 'svg'), downloadPath(id, 'csv')]) {
        if (!existsSync(file(path))) missing.push(path);
      }
    }
    expect(missing.slice(0, 10)).toEqual([]);
    expect(existsSync(file(RESIZE_SCRIPT_PATH))).toBe(true);
  });

  it('links each embed page back to a page that shows the chart', () => {
    const wrong: string[] = [];
    for (const id of chartIds.keys()) {
      const [path, anchor] = homeHref(id).split('#');
      const target = file(fromHref(path!));
      if (!existsSync(target) || !readFileSync(target, 'utf8').includes(`id="${anchor}"`)) wrong.push(`${id} → ${homeHref(id)}`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('keeps every embed page under 30 KB gzip (SVG and its stylesheet included), out of the search index', () => {
    const sizes: number[] = [];
    const stylesheets = new Set<string>();
    let worst = { path: '', size: 0 };
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (name.endsWith('.html')) {
          const html = readFileSync(full);
          const size = gzipSync(html, { level: 9 }).length;
          sizes.push(size);
          if (size > worst.size) worst = { path: full, size };
          for (const m of html.toString('utf8').matchAll(/<link rel="stylesheet" href="([^"]+)">/g)) stylesheets.add(m[1]!);
          if (sizes.length % 97 === 0) expect(indexableContent(html.toString('utf8')), full).toBeUndefined();
        }
      }
    };
    walk(join(DIST, 'nhung'));
    expect(sizes.length).toBeGreaterThanOrEqual(2 * chartIds.size);
    // One stylesheet for all of them, which exists.
    expect(stylesheets.size).toBe(1);
    const css = file(fromHref([...stylesheets][0]!));
    expect(existsSync(css), css).toBe(true);
    expect(worst.size + gzipSync(readFileSync(css), { level: 9 }).length, worst.path).toBeLessThanOrEqual(30 * KB);
  });

  it('writes real PNG images of a non-trivial size, as wide as oEmbed says', () => {
    const ids = [...chartIds.keys()].filter((_, i) => i % 25 === 0);
    for (const id of ids) {
      const png = readFileSync(file(downloadPath(id, 'png')));
      expect(png.subarray(0, 8).toString('latin1'), id).toBe('\x89PNG\r\n\x1a\n');
      expect(png.toString('latin1', 12, 16)).toBe('IHDR');
      expect(png.length, id).toBeGreaterThan(1500);
      const oembed = JSON.parse(readFileSync(file(oembedPath(id)), 'utf8'));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], id).toEqual([oembed.thumbnail_width, oembed.thumbnail_height]);
      expect(oembed.html, id).toContain(`/nhung/${id}.html`);
    }
  });

  it('starts each CSV with a BOM and the table header, and each SVG as a standalone SVG document', () => {
    for (const id of [...chartIds.keys()].filter((_, i) => i % 50 === 0)) {
      const csv = readFileSync(file(downloadPath(id, 'csv')), 'utf8');
      expect(csv.charCodeAt(0), id).toBe(0xfeff);
      expect(csv, id).toContain('\r\n');
      const svg = readFileSync(file(downloadPath(id, 'svg')), 'utf8');
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), id).toBe(true);
    }
  });
});

describe('pages with a chart', () => {
  const metas = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  // A province page has a chart image only when its communes' map is printed (none in the real data): checked elsewhere.
  const PAGES = ['index.html', 'xa/19885/index.html', 'chi-tieu/learning_families_pct/index.html'];

  it('use an existing chart PNG as og:image and link an existing oEmbed JSON', () => {
    const bieuDo = pages.filter((p) => p.startsWith('bieu-do/')).slice(0, 5);
    for (const p of [...PAGES, ...bieuDo]) {
      const html = readFileSync(join(DIST, p), 'utf8');
      const [image] = metas(html, /<meta property="og:image" content="([^"]+)"/g);
      const [oembed] = metas(html, /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g);
      expect(image, p).toMatch(/\.png$/);
      expect(oembed, p).toMatch(/\.oembed\.json$/);
      for (const url of [image!, oembed!]) expect(existsSync(file(fromHref(new URL(url).pathname))), `${p}: ${url}`).toBe(true);
    }
  });
});
