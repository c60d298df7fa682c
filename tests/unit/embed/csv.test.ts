/** The CSV download of a chart: exactly the numbers of its data table, a source column, the formula guard. */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ChartOutput } from '../../../src/lib/present/charts/types.ts';
import { BOM } from '../../../src/lib/outputs/export/csv.ts';
import { formatNumber } from '../../../src/lib/present/format/vi.ts';
import { chartCsv, chartCsvTable } from '../../../src/lib/outputs/embed/chart-csv.ts';
import { catalogue, DATASETS } from './helpers.ts';

function parse(csv: string): string[][] {
  expect(csv.startsWith(BOM)).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
}

describe.each(Object.entries(DATASETS))('chart CSV (%s data)', (_name, dir) => {
  const { charts } = catalogue(dir);

  it('has one row per figure the chart shows, each naming its unit, indicator, year, value, qualifier and source', () => {
    let checked = 0;
    for (const chart of charts) {
      const rows = parse(chartCsv(chart));
      const { columns } = chartCsvTable(chart);
      expect(rows[0], chart.id).toEqual(columns.map((c) => c.name));
      if (!chart.records.length) {
        expect(rows.length - 1, chart.id).toBe(chart.table.rows.length);
        continue;
      }
      expect(rows.length - 1, chart.id).toBe(chart.records.length);
      const col = (name: string) => rows[0]!.indexOf(name);
      chart.records.forEach((r, i) => {
        const row = rows[i + 1]!;
        expect(row[col('Đơn vị')]?.replace(/^'/, ''), chart.id).toBe(r.place);
        expect(row[col('Chỉ tiêu')], chart.id).toBe(r.indicator);
        expect(row[col('Năm')], chart.id).toBe(r.year === null ? '' : String(r.year));
        expect(Number(row[col('Giá trị (số)')]), chart.id).toBe(r.value);
        expect(row[col('Nguồn')]?.replace(/^'/, ''), chart.id).toBe(r.sourceTitle);
        expect(row[col('Đường dẫn nguồn')], chart.id).toBe(r.sourceUrl ?? '');
        checked++;
      });
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('names the unit whose figures a trend plots in its title, never another', () => {
    for (const chart of charts.filter((c) => c.kind === 'trend')) {
      const units = new Set(chart.records.filter((r) => r.kind === 'result').map((r) => r.place.split(',')[0]!));
      for (const u of units) expect(chart.title, chart.id).toContain(u.replace(/ \(cũ\)$/, ''));
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
    table: { caption: 'c', columns: ['Đơn vị', 'Giá trị'], numeric: [1], rows: [['=HYPERLINK("http://x")', '-3%'], [{ text: '+1 phường', href: '/x/' }, '2,5']] },
    sourceLine: 'Nguồn: -tài liệu.',
    notes: [],
    records: [],
  };

  it('makes text cells starting with = + - @ safe', () => {
    expect(parse(chartCsv(chart))).toEqual([
      ['Đơn vị', 'Giá trị'],
      [`'=HYPERLINK("http://x")`, "'-3%"],
      ["'+1 phường", '2,5'],
    ]);
  });
});
