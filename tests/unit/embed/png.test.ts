/**
 * PNGs: valid files of the size oEmbed announces, drawn with the committed fonts, which cover every
 * character of the data and the UI strings (Vietnamese letters, quotes, ≈ ≤ ≥ …).
 */
import { Resvg } from '@resvg/resvg-js';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chartFiles } from '../../../src/lib/outputs/embed/chart-files.ts';
import { homeHref } from '../../../src/lib/outputs/embed/home.ts';
import { pinFor } from '../../../src/lib/outputs/embed/pinned.ts';
import { encodePng } from '../../../src/lib/outputs/embed/png-encode.ts';
import { FONT_FAMILY, FONT_FILES, renderPng } from '../../../src/lib/outputs/embed/png.ts';
import { catalogue, CTX, DATASETS, largestOfEachKind } from './helpers.ts';

/** Width, height and the RGBA pixels of a PNG written by png-encode.ts (one IDAT, filter None). */
function decode(png: Buffer): { width: number; height: number; pixels: Buffer } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const idatLength = png.readUInt32BE(33);
  expect(png.toString('latin1', 37, 41)).toBe('IDAT');
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  const pixels = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) raw.copy(pixels, y * width * 4, y * (width * 4 + 1) + 1, (y + 1) * (width * 4 + 1));
  return { width, height, pixels };
}

describe('PNG encoder', () => {
  it('writes a PNG that decodes to the same pixels', () => {
    const pixels = Buffer.alloc(3 * 2 * 4, 255);
    pixels.set([10, 20, 30, 255], 4);
    const png = encodePng(pixels, 3, 2);
    expect(png.subarray(-12, -8).readUInt32BE(0)).toBe(0); // IEND is empty
    expect(decode(png)).toEqual({ width: 3, height: 2, pixels });
  });
});

describe('chart PNGs', () => {
  const { charts } = catalogue(DATASETS.real);
  it.each(largestOfEachKind(charts).map((c) => [c.kind, c] as const))('%s: the size oEmbed says, not blank', (_kind, chart) => {
    const out = chartFiles(chart, homeHref(chart.id), pinFor(chart, { format: 1, charts: {} }, CTX), CTX);
    const png = renderPng(out.png.svg, out.png.width);
    const { width, height, pixels } = decode(png.bytes);
    expect([width, height]).toEqual([out.png.width, out.png.height]);
    let ink = 0;
    for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 200) ink++;
    expect(ink).toBeGreaterThan(500);
    expect(png.bytes.length).toBeGreaterThan(2000);
  });
});

/** Every character the site may print in a chart: the data files and the UI strings. */
function siteCharacters(): Set<string> {
  const chars = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'geo') walk(full);
      } else if (/\.(csv|json)$/.test(name)) for (const ch of readFileSync(full, 'utf8')) chars.add(ch);
    }
  };
  walk('data');
  walk('src/i18n/vi');
  for (const ch of [...chars]) if (/\s/.test(ch) || ch === '\uFEFF' || ch.charCodeAt(0) < 32) chars.delete(ch);
  return chars;
}

describe('fonts', () => {
  it('are committed with their licence', () => {
    for (const f of FONT_FILES) expect(statSync(f).size).toBeGreaterThan(1000);
    expect(readFileSync(join(FONT_FILES[0]!, '../OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });

  it('draw every character of the data and UI strings (no blank or tofu glyph)', () => {
    const missing: string[] = [];
    const font = { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: FONT_FAMILY };
    for (const ch of siteCharacters()) {
      const text = ch.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" font-family="Arial, &quot;Noto Sans&quot;, sans-serif"><text x="5" y="30" font-size="20">${text}</text></svg>`;
      if (!new Resvg(svg, { font }).innerBBox()) missing.push(`${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    expect(missing).toEqual([]);
  });
});
