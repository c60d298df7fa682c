/**
 * The SVG download stands alone: one SVG document with its words as SVG text, every line inside its
 * frame (the page URL too), naming the chart's own place on its page. It is also what the PNG
 * download draws (in the browser; tests/browser/embed.test.ts parses it with Chromium's strict XML
 * parser and checks the PNG).
 */
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../../src/lib/present/charts/measure.ts';
import { esc } from '../../../src/lib/present/charts/svg.ts';
import { homeHref } from '../../../src/lib/outputs/embed/home.ts';
import { chartFiles } from '../../../src/lib/outputs/embed/chart-files.ts';
import { pinFor } from '../../../src/lib/outputs/embed/pinned.ts';
import { standaloneSvg, svgSize, urlLines } from '../../../src/lib/outputs/embed/standalone-svg.ts';
import { downloadPath } from '../../../src/lib/site/urls.ts';
import { catalogue, CTX, DATASETS, largestOfEachKind } from './helpers.ts';

const { charts } = catalogue(DATASETS.real);
const ctx = { pageUrl: 'https://example.org/tinh/01/#c-map-communes-01-x', version: 'abc1234567', date: '2025-07-01', illustrative: false };

/** The card's own <text> lines (not the chart's): text, size, weight. */
const cardLines = (svg: string) =>
  [...svg.matchAll(/<text x="16"[^>]*font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g)].map((m) => ({ size: Number(m[1]), bold: !!m[2], text: m[3]! }));
const texts = (svg: string) => cardLines(svg).map((l) => l.text).join(' ');
const unesc = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

describe.each(largestOfEachKind(charts).map((c) => [c.kind, c] as const))('standalone SVG of a %s', (_kind, chart) => {
  const card = standaloneSvg(chart, ctx);

  it('is one SVG document with the SVG namespace and nothing to load', () => {
    expect(card.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(card.svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(card.svg).not.toMatch(/<!DOCTYPE|<\?xml-stylesheet|<link|<script|<image|\shref="(?!#)/);
    expect(svgSize(card.svg)).toEqual({ width: card.width, height: card.height });
    expect(card.width).toBeGreaterThanOrEqual(332);
  });

  it('carries the title, summary, source, the chart\'s address and data version as text', () => {
    const words = texts(card.svg).replace(/\s+/g, ' ');
    const has = (s: string) => expect(words.replace(/ /g, ''), s).toContain(esc(s).replace(/\s+/g, ''));
    has(chart.title);
    has(chart.summary);
    if (chart.sourceLine) has(chart.sourceLine);
    if (chart.credit) has(chart.credit);
    has(ctx.pageUrl);
    has('Số liệu của phiên bản dữ liệu abc1234567, ngày 01/07/2025.');
    expect(card.svg).toContain(`<title>${esc(chart.title)}</title>`);
  });

  it('keeps every line of its own text inside the frame', () => {
    for (const line of cardLines(card.svg)) expect(16 + textWidth(unesc(line.text), line.size, line.bold), line.text).toBeLessThanOrEqual(card.width - 16 + 0.5);
  });

  it('contains the chart and its legend, which keep their own viewBox', () => {
    expect(card.svg).toContain(chart.svg.replace(/^<svg\b/, '').slice(0, 200));
    for (const item of chart.legend) expect(card.svg).toContain(item.swatch.slice(4, 120));
  });
});

describe('the address on the SVG', () => {
  it('names the chart itself: a ranking links to the ranking, not to the map above it', () => {
    const ranking = charts.find((c) => c.kind === 'ranking' && /\/\d{4}$/.test(c.id))!;
    const svg = chartFiles(ranking, homeHref(ranking.id), pinFor(ranking, { format: 1, charts: {} }, CTX), CTX).text.get(downloadPath(ranking.id, 'svg'))!;
    expect(texts(svg).replace(/ /g, '')).toContain(`#c-ranking-${ranking.id.slice('ranking/'.length).replace(/\//g, '-')}`);
  });

  it('breaks a long URL after its slashes, every piece within the width', () => {
    const url = 'https://example.org/bieu-do/map/former-provinces/learning_families_registered_count/2024-dang-ky/#c-ranking-former-provinces-learning_families_registered_count-2024-dang-ky';
    const lines = urlLines(url, 10, 320);
    expect(lines.join('')).toBe(url);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 10)).toBeLessThanOrEqual(320);
    expect(lines[0]).toMatch(/\/$/);
  });
});
