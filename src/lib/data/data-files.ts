/**
 * Data files, whatever their format, as tables: a CSV file is one grid, a workbook one grid per
 * sheet, and each grid is matched to the table it holds. No file system here: the command line
 * reads files from disk (load-dataset.ts), the browser check from what a person drops.
 */
import type { Problem } from './problems.ts';
import { msg } from './messages.ts';
import { readCsv, type Grid } from './read-csv.ts';
import { tableRecords, type TableRecord } from './read-table.ts';
import type { Table } from './tables/column.ts';
import { INDICATORS, SOURCES } from './tables/catalogue.ts';
import { OBSERVATIONS } from './tables/observations.ts';
import { ADMIN_TABLES } from './load-admin.ts';

/** The folders people add files to, and the table each holds. */
export const FOLDER_TABLES: Record<string, Table> = { indicators: INDICATORS, sources: SOURCES, observations: OBSERVATIONS };

/** Sheets of the template workbook that are there to help, not data: skipped when read. */
export const HELP_SHEETS = ['Hướng dẫn', 'Đơn vị', 'Danh mục'] as const;

export const DATA_EXTENSIONS = ['.csv', '.xlsx'] as const;
export const isDataFile = (name: string): boolean => DATA_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e)) || name.toLowerCase().endsWith('.xls');

export type WorkbookReader = (file: string, bytes: Uint8Array) => { grids: Grid[]; problems: Problem[] };

export interface DataFile {
  /** Path inside the data folder ("observations/tinh-86.xlsx"); just the name for a dropped file. */
  rel: string;
  /** Path shown to people. */
  display: string;
  grids: Grid[];
  problems: Problem[];
}

/** Parses one file's bytes. Workbooks need the reader (read-xlsx.ts), which the browser loads only when one is dropped. */
export function parseDataFile(rel: string, display: string, bytes: Uint8Array, readWorkbook?: WorkbookReader): DataFile {
  const lower = rel.toLowerCase();
  if (lower.endsWith('.xlsx') || lower.endsWith('.xls')) {
    if (!readWorkbook) throw new Error('parseDataFile: a workbook needs a workbook reader');
    return { rel, display, ...readWorkbook(display, bytes) };
  }
  const { table, problems } = readCsv(display, bytes);
  return { rel, display, grids: table ? [table] : [], problems };
}

/** A dropped CSV file has no folder: its header says which table it is. */
function tableByHeader(grid: Grid): Table {
  const h = new Set(grid.header);
  if (h.has('place_level') || h.has('value') || h.has('quote')) return OBSERVATIONS;
  if (h.has('higher_is_better') || h.has('unit') || h.has('definition')) return INDICATORS;
  if (h.has('title') || h.has('url') || h.has('publisher')) return SOURCES;
  return OBSERVATIONS;
}

const SHEET_TABLES = new Map<string, Table>([OBSERVATIONS, SOURCES, INDICATORS].map((t) => [t.sheet.toLowerCase(), t]));

/**
 * The table each grid of a file holds. Admin files by their path; a CSV file by its folder; a
 * workbook's sheets by their names (the template's), or its only sheet by its folder.
 */
const assigned = new WeakMap<DataFile, { table: Table; grid: Grid }[]>();
export function tablesOf(file: DataFile): { table: Table; grid: Grid }[] {
  let out = assigned.get(file);
  if (!out) assigned.set(file, (out = assign(file)));
  return out;
}

function assign(file: DataFile): { table: Table; grid: Grid }[] {
  const folder = file.rel.includes('/') ? file.rel.slice(0, file.rel.indexOf('/')) : undefined;
  const admin = ADMIN_TABLES.find((t) => t.name === file.rel);
  if (admin) return file.grids.map((grid) => ({ table: admin, grid }));
  const home = folder ? FOLDER_TABLES[folder] : undefined;
  const out: { table: Table; grid: Grid }[] = [];
  const workbook = file.grids.some((g) => g.sheet !== undefined);
  const dataSheets = file.grids.filter((g) => !HELP_SHEETS.some((h) => h.toLowerCase() === g.sheet?.toLowerCase()));
  for (const grid of file.grids) {
    if (!workbook) {
      out.push({ table: home ?? tableByHeader(grid), grid });
      continue;
    }
    const byName = SHEET_TABLES.get(grid.sheet!.trim().toLowerCase());
    if (byName) out.push({ table: byName, grid });
    else if (!dataSheets.includes(grid)) continue;
    else if (dataSheets.length === 1) out.push({ table: home ?? tableByHeader(grid), grid });
    else file.problems.push(msg.unknownSheet(file.display, grid.sheet!, [...SHEET_TABLES.values()].map((t) => t.sheet).concat(HELP_SHEETS)));
  }
  return out;
}

/** Records of every grid that holds `table`, across files, with the problems of their columns. */
export function recordsOf(files: readonly DataFile[], table: Table, sink: Problem[]): TableRecord[] {
  const records: TableRecord[] = [];
  for (const file of files) {
    for (const { table: t, grid } of tablesOf(file)) {
      if (t !== table) continue;
      const res = tableRecords(grid, table);
      sink.push(...res.problems);
      records.push(...res.records);
    }
  }
  return records;
}
