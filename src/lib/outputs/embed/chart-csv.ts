/**
 * The CSV download of a chart: one row per figure the chart shows (its `records`), each row
 * complete on its own: the unit whose figure it is, the indicator, the kind, the year, the value
 * as printed and as a number (a range with both ends), the qualifier, the basis, the source's
 * title and address, and the figure's id. A chart without figures (a map with no data, a
 * locator) gives its data table instead. Written by the site's one CSV writer
 * (src/lib/outputs/export/csv.ts: BOM, CRLF, formula guard on text cells).
 */
import { t } from '../../../i18n/index.ts';
import type { Cell, ChartOutput, ChartRecord } from '../../present/charts/types.ts';
import { qualifierWord } from '../../present/format/vi.ts';
import { toCsv, type CsvColumn, type Cell as CsvCell } from '../export/csv.ts';
import type { Qualifier } from '../../data/model.ts';

export const cellText = (c: Cell): string => (typeof c === 'string' ? c : c.text);

export interface ChartCsvTable {
  columns: CsvColumn[];
  rows: CsvCell[][];
}

const RECORD_COLUMNS: { key: string; type: CsvColumn['type']; cell: (r: ChartRecord) => CsvCell }[] = [
  { key: 'place', type: 'string', cell: (r) => r.place },
  { key: 'placeCode', type: 'string', cell: (r) => r.placeCode },
  { key: 'indicator', type: 'string', cell: (r) => r.indicator },
  { key: 'kind', type: 'string', cell: (r) => t(r.kind === 'target' ? 'figures.target' : 'figures.result') },
  { key: 'year', type: 'integer', cell: (r) => r.year ?? undefined },
  { key: 'valueText', type: 'string', cell: (r) => r.valueText },
  { key: 'value', type: 'number', cell: (r) => r.value },
  { key: 'valueMax', type: 'number', cell: (r) => r.valueMax },
  { key: 'qualifier', type: 'string', cell: (r) => qualifierWord(r.qualifier as Qualifier) },
  { key: 'basis', type: 'string', cell: (r) => (r.basis ? t(`figures.basis.${r.basis}`) : undefined) },
  { key: 'source', type: 'string', cell: (r) => r.sourceTitle },
  { key: 'sourceUrl', type: 'string', cell: (r) => r.sourceUrl },
  { key: 'reliability', type: 'string', cell: (r) => (r.reliability ? t(`embed.csv.reliability.${r.reliability}`) : undefined) },
  { key: 'figureId', type: 'string', cell: (r) => r.figureId },
];

/** The table of the CSV, before writing (tests compare it with the chart). */
export function chartCsvTable(chart: ChartOutput): ChartCsvTable {
  if (chart.records.length) {
    return {
      columns: RECORD_COLUMNS.map((c) => ({ name: t(`embed.csv.col.${c.key}`), type: c.type })),
      rows: chart.records.map((r) => RECORD_COLUMNS.map((c) => c.cell(r))),
    };
  }
  const { table } = chart;
  return {
    columns: table.columns.map((name) => ({ name, type: 'string' })),
    rows: table.rows.map((row) => row.map(cellText)),
  };
}

export function chartCsv(chart: ChartOutput): string {
  const { columns, rows } = chartCsvTable(chart);
  return toCsv(columns, rows);
}
