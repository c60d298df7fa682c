import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLE_FILE, widthTableSource } from '../../../scripts/lib/font-widths.ts';
import { textWidth, truncate, wrap } from '../../../src/lib/present/charts/measure.ts';
import { n } from '../../../src/lib/present/charts/svg.ts';
import { dotPath, ringPath } from '../../../src/lib/present/charts/map/print.ts';
import { classBreaks, classLabels, classOf } from '../../../src/lib/present/charts/map/classes.ts';
import { tickLabel } from '../../../src/lib/present/charts/text.ts';

describe('text measurement without a browser', () => {
  it('uses the width table generated from the shipped fonts (else run `npm run fonts:widths`)', () => {
    expect(readFileSync(TABLE_FILE, 'utf8')).toBe(widthTableSource());
  });
  it("measures with Noto Sans's own advance widths", () => {
    // Noto Sans Regular: H 741, à 561, space 260, N 760, ộ 605, i 258 (thousandths of an em).
    expect(textWidth('Hà Nội', 10)).toBeCloseTo((741 + 561 + 260 + 760 + 605 + 258) / 100, 6);
    expect(textWidth('Quảng', 12)).toBe(textWidth('Quang', 12));
    expect(textWidth('≥', 12)).toBeGreaterThan(0);
  });
  it('counts a letter the fonts lack as its base letter, and any other character as a whole em', () => {
    expect(textWidth('ǎ', 10)).toBe(textWidth('a', 10));
    expect(textWidth('学', 10)).toBe(10);
  });
  it('measures wide letters wider and bold text wider', () => {
    expect(textWidth('WWW', 12)).toBeGreaterThan(textWidth('iii', 12));
    expect(textWidth('Hà Nội', 12, true)).toBeGreaterThan(textWidth('Hà Nội', 12));
  });
  it('truncates with an ellipsis and wraps on spaces', () => {
    const short = truncate('Thành phố Hồ Chí Minh', 12, 60);
    expect(short.endsWith('…')).toBe(true);
    expect(textWidth(short, 12)).toBeLessThanOrEqual(60);
    expect(truncate('Huế', 12, 60)).toBe('Huế');
    const lines = wrap('Chưa có số liệu năm 2023 (3): Hà Nội, Hà Giang, Cao Bằng', 12, 100);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(100);
  });
});

describe('compact SVG numbers and paths', () => {
  it('writes coordinates with one decimal and no redundant characters', () => {
    expect([0, -0.04, 0.5, -0.5, 12.34, 100, 1 / 3].map(n)).toEqual(['0', '0', '.5', '-.5', '12.3', '100', '.3']);
  });
  it('writes rings with relative moves and the shortest separators', () => {
    // Tenths of a pixel: (10,20) → (15,20) → (15,25.5) → back.
    expect(ringPath([100, 200, 150, 200, 150, 255, 100, 200])).toBe('M10 20l5 0 0 5.5z');
    expect(ringPath([0, 0, 5, 5, -5, 10, 0, 0])).toBe('M0 0l.5.5-1 .5z');
    expect(dotPath(10, 10, 2)).toBe('M9 9h2v2h-2z');
  });
});

describe('class breaks', () => {
  it('uses round thresholds over the range of the values', () => {
    expect(classBreaks([42, 55, 61, 78, 85])).toEqual([50, 60, 70, 80]);
    expect(classBreaks([70, 70])).toEqual([]);
    expect(classOf(49.9, [50, 60])).toBe(0);
    expect(classOf(50, [50, 60])).toBe(1);
    expect(classOf(95, [50, 60])).toBe(2);
  });
  it('labels classes in Vietnamese with vi-VN numbers', () => {
    expect(classLabels([32500, 35000], 'vnd_per_person', [])).toEqual(['dưới 32.500 đồng/người', 'từ 32.500 đồng/người đến dưới 35.000 đồng/người', 'từ 35.000 đồng/người trở lên']);
    expect(classLabels([], 'percent', [72.77])).toEqual(['72,77%']);
  });
  it('formats axis ticks compactly', () => {
    expect(tickLabel(40, 'percent')).toBe('40%');
    expect(tickLabel(1.5e9, 'vnd')).toBe('1,5 tỷ');
    expect(tickLabel(32000, 'vnd_per_person')).toBe('32.000');
  });
});
