/**
 * The CSV download of a chart: exactly its data table (what the chart shows), each cell as the
 * reader sees it, plus, for every numeric column, the same value as a plain number for
 * spreadsheets, and a source column when the table has none. Written by the site's one CSV writer
 * (src/lib/outputs/export/csv.ts: BOM, CRLF, formula guard on text cells).
 */
import { t } from '../../../i18n/index.ts';
import type { Cell, ChartOutput } from '../../present/charts/types.ts';
import { toCsv, type CsvColumn, type Cell as CsvCell } from '../export/csv.ts';

export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);

/** "1.234,5" with an optional qualifier before and unit after; "tỷ"/"triệu" scale it. */
const NUMBER = /(?:^|\s)([+-]?\d{1,3}(?:\.\d{3})*(?:,\d+)?|[+-]?\d+(?:,\d+)?)(?=$|[\s%])(?:\s(\S+))?/u;

/**
 * The number in a cell written by src/lib/present/format/vi.ts ("hơn 72,77%", "58,996 tỷ đồng", "1.234"),
 * or undefined when the cell holds none ("Chưa có số liệu", "").
 */
export function displayedNumber(text: string): number | undefined {
  const m = NUMBER.exec(text.trim());
  if (!m) return undefined;
  let value = Number(m[1]!.replace(/\./g, '').replace(',', '.'));
  if (m[2] === t('unit.billion')) value *= 1e9;
  else if (m[2] === t('unit.million')) value *= 1e6;
  // Scaling by 1e9 can leave float noise (58.996 * 1e9): round to the digits a figure can have.
  return Number.isFinite(value) ? Number(value.toPrecision(15)) : undefined;
}

export interface ChartCsvTable {
  columns: CsvColumn[];
  rows: CsvCell[][];
}

/** The table of the CSV, before writing (tests compare it with the chart's table). */
export function chartCsvTable(chart: ChartOutput): ChartCsvTable {
  const { table } = chart;
  const sourceName = t('embed.csv.source');
  const hasSource = table.columns.includes(sourceName);
  const source = (chart.sourceLine || chart.credit || '').replace(new RegExp(`^${sourceName}:\\s*`), '');
  const columns: CsvColumn[] = [];
  table.columns.forEach((name, i) => {
    columns.push({ name, type: 'string' });
    if (table.numeric.includes(i)) columns.push({ name: t('embed.csv.number', { column: name }), type: 'number' });
  });
  if (!hasSource) columns.push({ name: sourceName, type: 'string' });
  const rows = table.rows.map((row) => {
    const out: CsvCell[] = [];
    row.forEach((cell, i) => {
      const text = cellText(cell);
      out.push(text);
      if (table.numeric.includes(i)) out.push(displayedNumber(text));
    });
    if (!hasSource) out.push(source);
    return out;
  });
  return { columns, rows };
}

export function chartCsv(chart: ChartOutput): string {
  const { columns, rows } = chartCsvTable(chart);
  return toCsv(columns, rows);
}
