/** The CSV download of a chart: exactly the numbers of its data table, a source column, the formula guard. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartOutput } from '../../../src/lib/present/charts/types.ts';
import { BOM } from '../../../src/lib/outputs/export/csv.ts';
import { formatNumber } from '../../../src/lib/present/format/vi.ts';
import { cellText, chartCsv, chartCsvTable, displayedNumber } from '../../../src/lib/outputs/embed/chart-csv.ts';
import { catalogue, DATASETS } from './helpers.ts';

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe('displayedNumber', () => {
  it('reads the numbers src/lib/present/format/vi.ts writes', () => {
    expect(displayedNumber('72,77%')).toBe(72.77);
    expect(displayedNumber('hơn 81,5%')).toBe(81.5);
    expect(displayedNumber('khoảng 1.250')).toBe(1250);
    expect(displayedNumber('7.115.513')).toBe(7115513);
    expect(displayedNumber('58,996 tỷ đồng')).toBe(58_996_000_000);
    expect(displayedNumber('1,5 triệu đồng')).toBe(1_500_000);
    expect(displayedNumber('32.643 đồng/người')).toBe(32643);
    expect(displayedNumber('-3,5%')).toBe(-3.5);
    expect(displayedNumber('+2%')).toBe(2);
    expect(displayedNumber('12')).toBe(12);
    expect(displayedNumber('Chưa có số liệu')).toBeUndefined();
    expect(displayedNumber('')).toBeUndefined();
  });
});

describe.each(Object.entries(DATASETS))('chart CSV (%s data)', (_name, dir) => {
  const { charts } = catalogue(dir);

  it('has every row and text cell of the table, and each numeric cell again as the number shown', () => {
    const problems: string[] = [];
    let numbers = 0;
    for (const chart of charts) {
      const rows = parse(chartCsv(chart));
      const { columns } = chartCsvTable(chart);
      expect(rows[0], chart.id).toEqual(columns.map((c) => c.name));
      expect(rows.length - 1, chart.id).toBe(chart.table.rows.length);
      chart.table.rows.forEach((row, r) => {
        let j = 0;
        row.forEach((cell, i) => {
          const text = cellText(cell);
          const got = rows[r + 1]![j++]!;
          if (got !== text && got !== `'${text}`) problems.push(`${chart.id} row ${r} col ${i}: "${got}" ≠ "${text}"`);
          if (!chart.table.numeric.includes(i)) return;
          const n = rows[r + 1]![j++]!;
          if (!/\d/.test(text)) {
            if (n !== '') problems.push(`${chart.id}: "${n}" for "${text}"`);
            return;
          }
          numbers++;
          const value = Number(n);
          // The number, written back in the site's format, is in the cell: the same number.
          const scaled = /\stỷ(\s|$)/.test(text) ? value / 1e9 : /\striệu(\s|$)/.test(text) ? value / 1e6 : value;
          if (!Number.isFinite(value) || !text.includes(formatNumber(Math.abs(scaled)))) problems.push(`${chart.id}: ${n} for "${text}"`);
        });
      });
    }
    expect(problems.slice(0, 10)).toEqual([]);
    expect(numbers).toBeGreaterThan(0);
  });

  it('names a source on every row', () => {
    for (const chart of charts) {
      const rows = parse(chartCsv(chart));
      const col = rows[0]!.indexOf('Nguồn');
      expect(col, chart.id).toBeGreaterThanOrEqual(0);
      if (!chart.table.columns.includes('Nguồn')) for (const r of rows.slice(1)) expect(r[col], chart.id).not.toBe('');
    }
  });
});

describe('formula guard', () => {
  const chart: ChartOutput = {
    id: 'ranking/provinces/x/2024',
    kind: 'ranking',
    title: 't',
    summary: 's.',
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>',
    legend: [],
    table: { caption: 'c', columns: ['Đơn vị', 'Giá trị'], numeric: [1], rows: [['=HYPERLINK("http://x")', '-3%'], [{ text: '+1 phường', href: '/x/' }, '2,5'], ['@SUM(A1)', 'hơn 5%']] },
    sourceLine: 'Nguồn: -tài liệu.',
    notes: [],
  };

  it('makes text cells starting with = + - @ safe, keeps numbers as numbers', () => {
    const rows = parse(chartCsv(chart));
    expect(rows).toEqual([
      ['Đơn vị', 'Giá trị', 'Giá trị (số)', 'Nguồn'],
      [`'=HYPERLINK("http://x")`, "'-3%", '-3', "'-tài liệu."],
      ["'+1 phường", '2,5', '2.5', "'-tài liệu."],
      ["'@SUM(A1)", 'hơn 5%', '5', "'-tài liệu."],
    ]);
  });
});
