/**
 * Every chart of the built site (each `data-chart` of its pages) has its embed page, pinned page,
 * SVG, CSV and oEmbed JSON (no PNG file: the page draws it from the SVG, tests/browser/embed.test.ts);
 * embed pages stay small and are not in the search index; oEmbed thumbnails and the oEmbed links of
 * pages point at files that exist.
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

  it('has an embed page, a pinned page, SVG, CSV and oEmbed JSON for each, and no PNG', () => {
    const missing: string[] = [];
    for (const id of chartIds.keys()) {
      const pin = manifest.charts[id];
      if (!pin) {
        missing.push(`${id}: not in ${PINNED_MANIFEST_PATH}`);
        continue;
      }
      for (const path of [embedPath(id), pinnedPath(pin.version, id), oembedPath(id), downloadPath(id, 'svg'), downloadPath(id, 'csv')]) {
        if (!existsSync(file(path))) missing.push(path);
      }
      if (existsSync(file(downloadPath(id, 'png')))) missing.push(`${downloadPath(id, 'png')} should not be built`);
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

  it('gives oEmbed a thumbnail that exists: the share card of the chart\'s place, indicator or province', () => {
    const ids = [...chartIds.keys()].filter((_, i) => i % 25 === 0);
    for (const id of ids) {
      const oembed = JSON.parse(readFileSync(file(oembedPath(id)), 'utf8'));
      expect(oembed.html, id).toContain(`/nhung/${id}.html`);
      expect([oembed.thumbnail_width, oembed.thumbnail_height], id).toEqual([1200, 630]);
      expect(existsSync(file(fromHref(new URL(oembed.thumbnail_url).pathname))), oembed.thumbnail_url).toBe(true);
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

  it('use an existing share card as og:image and link the oEmbed JSON of a chart they print', () => {
    const bieuDo = pages.filter((p) => p.startsWith('bieu-do/')).slice(0, 5);
    const provinces = pages.filter((p) => /^tinh\/\d+\/index\.html$/.test(p));
    let linked = 0;
    for (const p of [...PAGES, ...bieuDo, ...provinces]) {
      const html = readFileSync(join(DIST, p), 'utf8');
      const [image] = metas(html, /<meta property="og:image" content="([^"]+)"/g);
      const [oembed] = metas(html, /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/g);
      expect(image, p).toMatch(/\/anh\/.+\.jpg$/);
      expect(existsSync(file(fromHref(new URL(image!).pathname))), `${p}: ${image}`).toBe(true);
      // A province without any commune figure prints no map, and links no oEmbed.
      if (!oembed) continue;
      linked++;
      expect(existsSync(file(fromHref(new URL(oembed).pathname))), `${p}: ${oembed}`).toBe(true);
      const id = /\/nhung\/(.+)\.oembed\.json$/.exec(oembed)![1]!;
      expect(html, `${p}: ${id}`).toContain(`data-chart="${id}"`);
    }
    expect(linked).toBeGreaterThan(PAGES.length);
  });
});
