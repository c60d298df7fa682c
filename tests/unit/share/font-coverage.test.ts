/**
 * The share cards are drawn with the committed Noto Sans subsets only: they carry their licence and
 * cover every character of the data and the UI strings (Vietnamese letters, quotes, ≈ ≤ ≥ …), read
 * from the fonts' own character maps (cmap formats 4 and 12).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../../src/lib/outputs/share/fonts.ts';

/** Every code point a TrueType font maps to a glyph. */
function codePoints(file: string): Set<number> {
  const b = readFileSync(file);
  const tables = b.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tables; i++) if (b.toString('latin1', 12 + i * 16, 16 + i * 16) === 'cmap') cmap = b.readUInt32BE(12 + i * 16 + 8);
  expect(cmap, file).toBeGreaterThan(0);
  const out = new Set<number>();
  for (let i = 0; i < b.readUInt16BE(cmap + 2); i++) {
    const sub = cmap + b.readUInt32BE(cmap + 4 + i * 8 + 4);
    const format = b.readUInt16BE(sub);
    if (format === 4) {
      const segs = b.readUInt16BE(sub + 6) / 2;
      const ends = sub + 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const offsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const [end, start, delta, offset] = [b.readUInt16BE(ends + s * 2), b.readUInt16BE(starts + s * 2), b.readInt16BE(deltas + s * 2), b.readUInt16BE(offsets + s * 2)];
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph = offset === 0 ? (c + delta) & 0xffff : b.readUInt16BE(offsets + s * 2 + offset + (c - start) * 2);
          if (glyph !== 0) out.add(c);
        }
      }
    } else if (format === 12) {
      for (let g = 0; g < b.readUInt32BE(sub + 12); g++) {
        const [start, end] = [b.readUInt32BE(sub + 16 + g * 12), b.readUInt32BE(sub + 20 + g * 12)];
        for (let c = start; c <= end; c++) out.add(c);
      }
    }
  }
  return out;
}

/** Every character the site may print on a card: the data files and the UI strings. */
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

describe('card fonts', () => {
  it('are committed with their licence', () => {
    for (const f of FONT_FILES) expect(statSync(f).size).toBeGreaterThan(1000);
    expect(readFileSync(join(FONT_FILES[0]!, '../OFL.txt'), 'utf8')).toContain('SIL OPEN FONT LICENSE');
  });

  it('cover every character of the data and UI strings (no blank or tofu glyph)', () => {
    const [regular, bold, math] = FONT_FILES.map(codePoints) as [Set<number>, Set<number>, Set<number>];
    expect(regular.has('ệ'.codePointAt(0)!)).toBe(true);
    expect(regular.has('漢'.codePointAt(0)!)).toBe(false); // the reader finds what is missing
    const missing = [...siteCharacters()]
      .filter((ch) => {
        const c = ch.codePointAt(0)!;
        return !((regular.has(c) && bold.has(c)) || math.has(c));
      })
      .map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
    expect(missing).toEqual([]);
  });
});
