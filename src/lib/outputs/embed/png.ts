/**
 * PNG of a chart card (standalone-svg.ts) at build time.
 *
 * - Two renderers. Cards are drawn by png-canvas.ts with Skia, 2–4× faster than resvg; should it
 *   meet anything it does not know, the card goes to resvg: a PNG never silently lacks part of
 *   its chart.
 * - Fonts: only the committed Noto Sans subsets (font-files.ts), never the system's. resvg 2.6
 *   loads them for every image and re-reads the font file for every glyph it draws, hence subsets.
 * - Drawing runs in PNG worker threads of low priority (png-thread.ts), so it uses the cores that
 *   Astro's page rendering leaves idle rather than slowing it down.
 * - Encoding: png-encode.ts copies the rows and compresses them with Node's zlib, 2-3× faster
 *   than resvg's own encoder for files of the same size.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { ChartKind } from '../../present/charts/types.ts';
import { FONT_FAMILY, FONT_FILES } from './font-files.ts';
import { drawSvg, UnsupportedSvg } from './png-canvas.ts';
import { encodePng } from './png-encode.ts';

export { FONT_FAMILY, FONT_FILES };

/**
 * Pixels per SVG unit: 1, the size the page draws the chart (cards are 352 px wide, locators 200).
 * Time grows with the pixels; the SVG download is the sharp version at any size.
 */
export const PNG_SCALE: Record<ChartKind, number> = { trend: 1, ranking: 1, map: 1, locator: 1 };

const options = (width: number): ResvgRenderOptions => ({
  fitTo: { mode: 'width', value: width },
  background: '#ffffff',
  font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
  logLevel: 'error',
});

export interface Png {
  bytes: Buffer;
  width: number;
  height: number;
  renderer: 'skia' | 'resvg';
}

export function renderPngResvg(svg: string, width: number): Png {
  const image = new Resvg(svg, options(width)).render();
  return { bytes: encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height, renderer: 'resvg' };
}

export function renderPng(svg: string, width: number): Png {
  try {
    const image = drawSvg(svg, width);
    return { bytes: encodePng(image.pixels, image.width, image.height), width: image.width, height: image.height, renderer: 'skia' };
  } catch (e) {
    if (!(e instanceof UnsupportedSvg)) throw e;
  }
  return renderPngResvg(svg, width);
}
