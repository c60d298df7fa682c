/** Embed pages, oEmbed JSON and the embed code, as strings: what each must say and how big it may be. */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartFiles } from '../../../src/lib/outputs/embed/chart-files.ts';
import { embedCode, estimateHeight } from '../../../src/lib/outputs/embed/code.ts';
import { createHash } from 'node:crypto';
import { embedCss, embedCssPath, minifyCss, paletteRules } from '../../../src/lib/outputs/embed/css.ts';
import { cardPageOf, homeHref } from '../../../src/lib/outputs/embed/home.ts';
import { NEWER_MARK, newerNotice } from '../../../src/lib/outputs/embed/page.ts';
import { downloadPath, embedPath, oembedPath, pinnedPath, shareImagePath } from '../../../src/lib/site/urls.ts';
import { contentHash, pinFor } from '../../../src/lib/outputs/embed/pinned.ts';
import { catalogue, CTX, DATASETS, largestOfEachKind } from './helpers.ts';

const { charts } = catalogue(DATASETS.real);
const KB = 1024;
const files = (chart = charts[0]!) => chartFiles(chart, homeHref(chart.id), pinFor(chart, { format: 1, charts: {} }, CTX), CTX);

describe('embed pages', () => {
  it('stay under 30 KB gzip with their SVG and CSS, for the largest chart of each kind', () => {
    for (const chart of largestOfEachKind(charts)) {
      for (const [path, text] of files(chart).text) {
        if (path.endsWith('.html')) expect(gzipSync(text, { level: 9 }).length, path).toBeLessThanOrEqual(30 * KB);
      }
    }
  });

  it('hold the title, SVG, legend, summary, source, version and date, and the link back; only the shared stylesheet to load', () => {
    const chart = charts.find((c) => c.kind === 'trend' && c.legend.length > 0)!;
    const html = files(chart).text.get(embedPath(chart.id))!;
    expect(html).toMatch(/^<!doctype html><html lang="vi">/);
    expect(html).toContain(`<h1>${chart.title}</h1>`);
    expect(html).toContain(chart.svg);
    for (const item of chart.legend) expect(html).toContain(item.swatch);
    expect(html).toContain('<p class="chart-summary">');
    expect(html).toContain('class="chart-source"');
    expect(html).toContain('Số liệu của phiên bản dữ liệu abc1234567, ngày 01/07/2025.');
    expect(html).toContain(`href="${homeHref(chart.id)}"`);
    expect(html).toContain('<link rel="canonical" href="https://example.org');
    expect(html).toContain(`<link rel="alternate" type="application/json+oembed" href="https://example.org/xhht${oembedPath(chart.id)}"`.replace('/xhht/nhung', '/nhung'));
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toMatch(/<link rel="stylesheet" href="\/nhung\/css\/[0-9a-f]{12}\.css">/);
    expect(html).not.toMatch(/<script[^>]+src=|<img /);
  });

  it('pinned: the same page at the pinned URL, naming the version that first published it, with the place for the notice', () => {
    const chart = charts[0]!;
    const pin = pinFor(chart, { format: 1, charts: { [chart.id]: { hash: contentHash(chart), version: 'old0000001', date: '2024-01-02' } } }, CTX);
    expect(pin.version).toBe('old0000001');
    const out = chartFiles(chart, homeHref(chart.id), pin, CTX);
    expect(out.links.get(pinnedPath('old0000001', chart.id))).toBe(embedPath(chart.id));
    const html = out.text.get(embedPath(chart.id))!;
    expect(html).toContain('Số liệu của phiên bản dữ liệu old0000001, ngày 02/01/2024.');
    expect(html).toContain(NEWER_MARK);
    // The SVG download names the same version.
    expect(out.text.get(downloadPath(chart.id, 'svg'))).toContain('old0000001');
    expect(newerNotice('../../x/')).toContain('Đã có số liệu mới hơn — xem bản mới nhất');
  });

  it('are pinned to this build when the chart changed since the archive', () => {
    const chart = charts[0]!;
    expect(pinFor(chart, { format: 1, charts: { [chart.id]: { hash: 'different', version: 'old0000001', date: '2024-01-02' } } }, CTX).version).toBe(CTX.version);
  });

  it('say "dữ liệu minh họa" in an illustrative build', () => {
    const chart = charts[0]!;
    const ctx = { ...CTX, illustrative: true };
    const out = chartFiles(chart, homeHref(chart.id), pinFor(chart, { format: 1, charts: {} }, ctx), ctx);
    for (const [path, text] of out.text) if (path.endsWith('.html') || path.endsWith('.svg')) expect(text, path).toContain('Dữ liệu minh họa');
  });

  it('share a small stylesheet, named by its content, with the site palette, dark mode and forced colours', () => {
    const css = embedCss();
    expect(embedCssPath()).toBe(`/nhung/css/${createHash('sha256').update(css).digest('hex').slice(0, 12)}.css`);
    expect(gzipSync(css).length).toBeLessThan(3 * KB);
    expect(css).toContain('@media (prefers-color-scheme:dark)');
    expect(css).toContain('forced-colors:active');
    expect(css).toContain('--bg:#fff');
    expect(minifyCss('a { b: c; }\n/* x */ d > e { f: g }')).toBe('a{b:c}d>e{f:g}');
    expect(() => paletteRules('body { color: red }')).toThrow(/colour variables/);
  });
});

describe('embed code and oEmbed', () => {
  it('is an iframe with src, title, lazy loading, full width, no border and a height, then the script', () => {
    const code = embedCode({ src: 'https://e.org/nhung/x/"', title: 'A "b" <c>', height: 420, scriptSrc: 'https://e.org/nhung/nhung.js' });
    expect(code.iframe).toBe('<iframe src="https://e.org/nhung/x/&quot;" title="A &quot;b&quot; &lt;c>" loading="lazy" width="100%" height="420" style="border:0"></iframe>'.replace('&lt;c>', '&lt;c&gt;'));
    expect(code.full).toBe(`${code.iframe}\n<script src="https://e.org/nhung/nhung.js" async></script>`);
  });

  it('estimates a height that grows with the chart', () => {
    const heights = charts.map((c) => estimateHeight(c));
    expect(Math.min(...heights)).toBeGreaterThan(150);
    expect(Math.max(...heights)).toBeLessThan(2000);
  });

  it('is oEmbed 1.0 "rich" JSON with the iframe code, size, provider, cache age and a share card as thumbnail', () => {
    const chart = charts.find((c) => c.kind === 'map')!;
    const out = files(chart);
    const json = JSON.parse(out.text.get(oembedPath(chart.id))!);
    expect(json).toMatchObject({ version: '1.0', type: 'rich', title: chart.title, provider_name: 'Xã hội học tập — số liệu theo địa phương', cache_age: 86400, width: 600 });
    expect(json.provider_url).toBe('https://example.org/');
    expect(json.height).toBe(estimateHeight(chart));
    expect(json.html).toContain(`<iframe src="https://example.org${embedPath(chart.id)}"`);
    expect(json.html).toContain('loading="lazy"');
    // The card of the indicator (national maps) or province (commune maps) the chart is about.
    expect(json.thumbnail_url).toBe(`https://example.org${shareImagePath(cardPageOf(chart.id))}`);
    expect(json.thumbnail_url).toMatch(/\/anh\/(chi-tieu|tinh)\/[^/]+\.jpg$/);
    expect([json.thumbnail_width, json.thumbnail_height]).toEqual([1200, 630]);
    expect(out.text.has(downloadPath(chart.id, 'png'))).toBe(false);
  });
});
