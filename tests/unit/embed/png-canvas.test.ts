/**
 * png-canvas.ts draws our chart cards with Skia instead of resvg (5× faster). It must draw the same
 * picture: compared with resvg pixel by pixel on the largest card of each kind, and it must hand
 * anything it does not know to resvg rather than leave it out.
 */
import { describe, expect, it } from 'vitest';
import { chartFiles } from '../../../src/lib/outputs/embed/chart-files.ts';
import { homeHref } from '../../../src/lib/outputs/embed/home.ts';
import { pinFor } from '../../../src/lib/outputs/embed/pinned.ts';
import { drawSvg, UnsupportedSvg } from '../../../src/lib/outputs/embed/png-canvas.ts';
import { renderPng } from '../../../src/lib/outputs/embed/png.ts';
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from '../../../src/lib/outputs/embed/font-files.ts';
import { catalogue, CTX, DATASETS, largestOfEachKind } from './helpers.ts';

function resvgPixels(svg: string, width: number): { pixels: Uint8Array; width: number; height: number } {
  const font = { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY };
  const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, background: '#ffffff', font }).render();
  return { pixels: image.pixels, width: image.width, height: image.height };
}

/** Part of a mark, a line (grid lines included) or a letter: R + G + B below white by more than 60. */
const ink = (p: Uint8Array, i: number) => 765 - p[i]! - p[i + 1]! - p[i + 2]! > 60;

/**
 * Share of the inked pixels of each picture that have no ink within one pixel in the other. The two
 * renderers place glyphs a fraction of a pixel apart, which this forgives; a missing line, mark,
 * word or swatch is a run of misses.
 */
function misses(a: Uint8Array, b: Uint8Array, width: number): number {
  const height = a.length / 4 / width;
  const near = (p: Uint8Array, x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++) {
      for (let dx = -1; dx <= 1; dx++) {
        const xx = x + dx;
        const yy = y + dy;
        if (xx >= 0 && yy >= 0 && xx < width && yy < height && ink(p, (yy * width + xx) * 4)) return true;
      }
    }
    return false;
  };
  let inked = 0;
  let missed = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      for (const [p, q] of [[a, b], [b, a]] as const) {
        if (!ink(p, i)) continue;
        inked++;
        if (!near(q, x, y)) missed++;
      }
    }
  }
  return missed / inked;
}

describe('chart cards drawn with Skia', () => {
  const { charts } = catalogue(DATASETS.real);
  const cards = largestOfEachKind(charts).map((chart) => {
    const out = chartFiles(chart, homeHref(chart.id), pinFor(chart, { format: 1, charts: {} }, CTX), CTX);
    return [chart.kind, out.png] as const;
  });

  it.each(cards)('%s: the renderer is Skia', (_kind, png) => {
    expect(renderPng(png.svg, png.width).renderer).toBe('skia');
  });

  it.each(cards)('%s: the same picture as resvg', (_kind, png) => {
    const skia = drawSvg(png.svg, png.width);
    const reference = resvgPixels(png.svg, png.width);
    expect([skia.width, skia.height]).toEqual([reference.width, reference.height]);
    const d = misses(skia.pixels, reference.pixels, skia.width);
    // Measured: 0.18 % (trend), 0.08 % (ranking), 0.09 % (map), 0 (locator); one grid line fewer: 1.3 %.
    expect(d).toBeLessThan(0.005);
  });

  it('a card with one grid line fewer would fail the comparison', () => {
    const [, png] = cards.find(([kind]) => kind === 'trend')!;
    const without = png.svg.replace(/<path d="M[\d.]+ [\d.]+H[\d.]+"\/>/, ''); // the first grid line
    const d = misses(drawSvg(without, png.width).pixels, resvgPixels(png.svg, png.width).pixels, png.width);
    expect(d).toBeGreaterThan(0.005);
  });

  it('hands what it does not know to resvg instead of leaving it out', () => {
    const svg = (inner: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">${inner}</svg>`;
    for (const inner of ['<ellipse cx="5" cy="5" rx="3" ry="2"/>', '<text x="1" y="10">a<tspan>b</tspan></text>', '<path d="M0 0h9" opacity=".5"/>', '<g transform="rotate(45)"><path d="M0 0h9"/></g>', '<path d="M0 0h9" fill="url(#p)"/>']) {
      expect(() => drawSvg(svg(inner), 40)).toThrow(UnsupportedSvg);
      expect(renderPng(svg(inner), 40).renderer).toBe('resvg');
    }
    expect(renderPng(svg('<path d="M0 0h9v9z" fill="#0b5cad"/><text x="1" y="18" font-size="9">Việt</text>'), 40).renderer).toBe('skia');
  });
});
