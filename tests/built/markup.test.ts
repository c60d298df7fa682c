/**
 * Markup of the built pages that keeps them light without losing anything: scripts are shared
 * files (cached from page to page), a chart's description is its visible summary, and a place
 * page does not link its own figures back to itself.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listHtml } from '../../scripts/lib/page-weight.ts';

const DIST = resolve(process.env.SITE_DIST ?? 'dist');
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
const sitePages = listHtml(DIST).filter((p) => !p.startsWith('nhung/'));

describe('built markup', () => {
  it('loads every site script from a shared file, none inline', () => {
    const inline = sitePages.filter((p) => /<script(?![^>]*\bsrc=)[^>]*>/.test(read(p)));
    expect(inline).toEqual([]);
  });

  it('describes each chart on a page by its visible summary, not a second copy in the SVG', () => {
    const html = read('xa/20623/index.html');
    const svgs = [...html.matchAll(/<svg[^>]*class="c-svg[^"]*"[^>]*aria-describedby="([^"]+)"/g)].map((m) => m[1]!);
    expect(svgs.length).toBeGreaterThan(1);
    for (const id of svgs) expect(html, id).toMatch(new RegExp(`<p class="chart-summary" id="${id}">[^<]+</p>`));
    expect(html).not.toContain('<desc');
  });

  it('keeps the <desc> in the downloadable SVG', () => {
    expect(read('nhung/locator/20623.svg')).toMatch(/<desc id="[^"]+">[^<]+<\/desc>/);
  });

  it('names the page’s own place in its figure tables without a link to itself', () => {
    for (const path of ['xa/20623/index.html', 'tinh/48/index.html']) {
      const self = '/' + path.replace(/index\.html$/, '');
      const tables = read(path).match(/<table class="figs".*?<\/table>/gs) ?? [];
      expect(tables.length, path).toBeGreaterThan(0);
      for (const table of tables) expect(table, path).not.toContain(`href="${self}"`);
    }
  });

  it('writes the embed code in text areas as it should be pasted', () => {
    const code = /<textarea[^>]*>([^<]*(?:<(?!\/textarea)[^<]*)*)<\/textarea>/.exec(read('xa/20623/index.html'))![1]!;
    expect(code).toMatch(/^<iframe src="[^"]+" title="[^"]+" loading="lazy" width="100%"/);
    expect(code).not.toContain('</');
  });

  it('keeps a merged province’s old address working: it forwards to the successor at the former unit’s line', () => {
    const old = read('tinh/36/index.html');
    expect(old).toContain('<meta name="robots" content="noindex">');
    expect(old).toMatch(/<meta http-equiv="refresh" content="0; url=\/tinh\/37\/#cu-tinh-36">/);
    expect(old).toContain('href="/tinh/37/#cu-tinh-36"');
    expect(old).not.toContain('data-pagefind-body');
    expect(read('tinh/37/index.html')).toContain('id="cu-tinh-36"');
  });
});
