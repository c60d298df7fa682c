/** The SVG download stands alone: one well-formed SVG document with its words as SVG text. */
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { esc } from '../../../src/lib/present/charts/svg.ts';
import { standaloneSvg, svgSize } from '../../../src/lib/outputs/embed/standalone-svg.ts';
import { catalogue, DATASETS, largestOfEachKind } from './helpers.ts';

const { charts } = catalogue(DATASETS.real);
const ctx = { pageUrl: 'https://example.org/tinh/01/', version: 'abc1234567', date: '2025-07-01', illustrative: false };

/** Text content of the card's own <text> elements (not the chart's). */
const texts = (svg: string) => [...svg.matchAll(/<text x="16"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');

describe.each(largestOfEachKind(charts).map((c) => [c.kind, c] as const))('standalone SVG of a %s', (_kind, chart) => {
  const card = standaloneSvg(chart, ctx);

  it('is one SVG document with the SVG namespace that a strict XML parser reads', () => {
    expect(card.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(card.svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(card.svg).not.toMatch(/<!DOCTYPE|<\?xml-stylesheet|<link|<script|\shref="(?!#)/);
    // resvg's parser (roxmltree) rejects malformed XML.
    const parsed = new Resvg(card.svg, { font: { loadSystemFonts: false } });
    expect([parsed.width, parsed.height]).toEqual([card.width, card.height]);
    expect(svgSize(card.svg)).toEqual({ width: card.width, height: card.height });
  });

  it('carries the title, summary, source, page and data version as text', () => {
    const words = texts(card.svg).replace(/\s+/g, ' ');
    const has = (s: string) => expect(words.replace(/ /g, ''), s).toContain(esc(s).replace(/\s+/g, ''));
    has(chart.title);
    has(chart.summary);
    if (chart.sourceLine) has(chart.sourceLine);
    if (chart.credit) has(chart.credit);
    has('https://example.org/tinh/01/');
    has('Số liệu của phiên bản dữ liệu abc1234567, ngày 01/07/2025.');
    expect(card.svg).toContain(`<title>${esc(chart.title)}</title>`);
  });

  it('contains the chart and its legend, which keep their own viewBox', () => {
    expect(card.svg).toContain(chart.svg.replace(/^<svg\b/, '').slice(0, 200));
    for (const item of chart.legend) expect(card.svg).toContain(item.swatch.slice(4, 120));
  });

  it('the PNG card keeps title, chart, legend and where it is from, but not the summary', () => {
    const lean = standaloneSvg(chart, ctx, { full: false });
    const words = texts(lean.svg);
    expect(words.replace(/ /g, '')).toContain(esc(chart.title).replace(/\s+/g, ''));
    expect(words).toContain('example.org/tinh/01/');
    expect(words).not.toContain('Phiên bản');
    expect(lean.height).toBeLessThan(card.height);
  });
});
