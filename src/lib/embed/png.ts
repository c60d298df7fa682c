/**
 * PNG of a chart card (standalone-svg.ts) with resvg, at build time.
 *
 * - Fonts: only the Noto Sans files committed in src/assets/fonts (OFL, see OFL.txt), never the
 *   system's, so every machine draws the same Vietnamese letters (no tofu on a CI runner without
 *   fonts) and resvg skips scanning system fonts. They are subsets (Latin, Vietnamese, punctuation;
 *   src/assets/fonts/README.md says how they were made): resvg 2.6 re-reads the font file for
 *   every glyph it draws, so a 44 KB file instead of 512 KB cut the PNG time by a third.
 * - Drawing runs in PNG worker threads of low priority (png-thread.ts), so it uses the cores that
 *   Astro's page rendering leaves idle rather than slowing it down.
 * - Encoding: resvg's PNG encoder took two thirds of the time; png-encode.ts copies the rows and
 *   compresses them with Node's zlib, 2-3× faster for files of the same size.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { fileURLToPath } from 'node:url';
import type { ChartKind } from '../charts/types.ts';
import { encodePng } from './png-encode.ts';

/** Noto Sans has no ≈ ≤ ≥ − →: resvg takes them from the Noto Sans Math subset. */
export const FONT_FILES = ['NotoSans-Regular.ttf', 'NotoSans-Bold.ttf', 'NotoSansMath-Regular.ttf'].map((f) => fileURLToPath(new URL(`../../assets/fonts/${f}`, import.meta.url)));
export const FONT_FAMILY = 'Noto Sans';

/**
 * Pixels per SVG unit: 1, the size the page draws the chart (cards are 352 px wide, locators 200).
 * resvg's time grows with the pixels, and 4,128 PNGs at ×1.5 added ~15 s of CPU to a build that
 * must stay under 45 s on two cores; the SVG download is the sharp version at any size.
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
}

export function renderPng(svg: string, width: number): Png {
  const image = new Resvg(svg, options(width)).render();
  const bytes = encodePng(image.pixels, image.width, image.height);
  return { bytes, width: image.width, height: image.height };
}
