/**
 * Turns a grid (a CSV file or a workbook's sheet) into records checked against a table's columns
 * as its schema declares them (tables/): missing, unexpected, duplicate and unnamed columns, short
 * and long rows, empty rows, NFC. Cell values are trimmed and NFC-normalised; the raw text stays
 * available for messages.
 */
import type { Problem } from './problems.ts';
import { msg, type Cell } from './messages.ts';
import type { Delimiter, Grid } from './read-csv.ts';
import type { Table } from './tables/column.ts';

export interface TableRecord {
  file: string;
  line: number;
  delimiter: Delimiter;
  /** Trimmed NFC value of a column ('' when the column is absent or the cell empty). */
  get(name: string): string;
  /** A workbook's number cell as the number it holds (undefined for text, and in CSV files). */
  native(name: string): number | undefined;
  /** Whether the header has this column (a missing column is reported once, not on every row). */
  has(name: string): boolean;
  /** Location of a cell, for messages. */
  cell(name: string): Cell;
  /** The workbook's sheet the row is on (undefined in a CSV file). */
  readonly sheet: string | undefined;
}

export interface TableResult {
  records: TableRecord[];
  problems: Problem[];
}

function editDistance(a: string, b: string): number {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0]!;
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j]!;
      dp[j] = Math.min(dp[j]! + 1, dp[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length]!;
}

/** The closest candidate within a small edit distance, for "did you mean" hints. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const limit = Math.max(2, Math.floor(value.length / 4));
  const v = value.toLowerCase();
  for (const c of candidates) {
    // Lengths far apart cannot be close: skipping them keeps a 6 MB cell from costing minutes.
    if (Math.abs(c.length - v.length) > limit) continue;
    const d = editDistance(v, c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : undefined;
}

/** Longest value quoted in a message: a 6 MB cell is shown by its start. */
const SHOWN = 120;
export const cut = (s: string): string => (s.length > SHOWN ? `${s.slice(0, SHOWN)}… (${s.length} ký tự / characters)` : s);

/** Where a row is, shared by its cells: file, sheet, spreadsheet row. */
interface Place {
  file: string;
  sheet?: string;
  delimiter: Delimiter;
  index: Map<string, number>;
}

/**
 * One row: its trimmed NFC values by column position, sharing the table's column index. A class,
 * not an object of closures: a full data set has 130,000 rows.
 */
class Row implements TableRecord {
  readonly line: number;
  private readonly at: Place;
  private readonly row: number | undefined;
  private readonly values: string[];
  private readonly raw: (string | number)[];
  constructor(at: Place, line: number, row: number | undefined, values: string[], raw: (string | number)[]) {
    this.at = at;
    this.line = line;
    this.row = row;
    this.values = values;
    this.raw = raw;
  }
  get file(): string {
    return this.at.file;
  }
  get delimiter(): Delimiter {
    return this.at.delimiter;
  }
  get sheet(): string | undefined {
    return this.at.sheet;
  }
  get(name: string): string {
    const i = this.at.index.get(name);
    return i === undefined ? '' : (this.values[i] ?? '');
  }
  native(name: string): number | undefined {
    const i = this.at.index.get(name);
    const v = i === undefined ? undefined : this.raw[i];
    return typeof v === 'number' ? v : undefined;
  }
  has(name: string): boolean {
    return this.at.index.has(name);
  }
  cell(name: string): Cell {
    const i = this.at.index.get(name) ?? -1;
    const c: Cell = { file: this.at.file, line: this.line, column: i + 1, columnName: name, value: cut(String(this.raw[i] ?? '').trim()) };
    if (this.at.sheet !== undefined) c.sheet = this.at.sheet;
    if (this.row !== undefined) c.row = this.row;
    return c;
  }
}

/** Printable ASCII is NFC already; normalize() on every cell of a big table showed in profiles. */
const ASCII = /^[\x20-\x7e]*$/;

export function tableRecords(grid: Grid, table: Table): TableResult {
  const problems: Problem[] = [];
  const { file, header } = grid;
  const where = grid.sheet === undefined ? {} : { sheet: grid.sheet };
  const expected = Object.keys(table.columns);
  const index = new Map<string, number>();
  const unnamed: number[] = [];
  header.forEach((name, i) => {
    if (name === '') unnamed.push(i);
    else if (index.has(name)) problems.push(msg.duplicateColumn(file, i + 1, name, where));
    else if (!expected.includes(name)) problems.push(msg.unexpectedColumn(file, i + 1, cut(name), expected, closest(name, expected), where));
    else index.set(name, i);
  });
  for (const [name, c] of Object.entries(table.columns)) if (c.inHeader && !index.has(name)) problems.push(msg.missingColumn(file, name, expected, where));
  const width = header.length;
  const at: Place = { file, delimiter: grid.delimiter, index };
  if (grid.sheet !== undefined) at.sheet = grid.sheet;
  const workbook = grid.sheet !== undefined;

  const records: TableRecord[] = [];
  let nfcCount = 0;
  let nfcFirst: { line: number; column: number; name: string } | undefined;
  /** A cell under no header is data that would be dropped: reported once per column. */
  const orphan = new Map<number, { line: number; row?: number; value: string }>();
  for (const row of grid.rows) {
    const cells = row.cells;
    if (cells.every((c) => typeof c === 'string' && c.trim() === '')) {
      // A file's final newline yields no row; a truly blank line (or ";;;;" from Excel) does.
      problems.push(msg.emptyRow(file, row.line, row.row));
      continue;
    }
    for (let i = 0; i < Math.max(width, cells.length); i++) {
      const v = cells[i];
      if ((i >= width || unnamed.includes(i)) && v !== undefined && String(v).trim() !== '' && !orphan.has(i)) {
        orphan.set(i, row.row === undefined ? { line: row.line, value: cut(String(v).trim()) } : { line: row.line, row: row.row, value: cut(String(v).trim()) });
      }
    }
    if (!workbook) {
      // A CSV row longer than its header means wrong separators, even when the extra cell is
      // empty (a decimal comma shifts every cell after it); a sheet's extra cells are data under
      // no header, reported below.
      if (cells.length > width) {
        problems.push(msg.tooManyCells(file, row.line, cells.length, width, grid.delimiter, row.row));
        continue;
      }
      if (cells.length < width) {
        problems.push(msg.tooFewCells(file, row.line, cells.length, width, row.row));
        continue;
      }
    }
    const values: string[] = new Array<string>(width);
    for (const [name, i] of index) {
      const c = cells[i] ?? '';
      if (typeof c === 'number') {
        values[i] = String(c);
        continue;
      }
      const norm = ASCII.test(c) ? c : c.normalize('NFC');
      if (norm !== c) {
        nfcCount++;
        nfcFirst ??= { line: row.line, column: i + 1, name };
      }
      values[i] = norm.trim();
    }
    records.push(new Row(at, row.line, row.row, values, cells));
  }
  for (const [i, o] of orphan) {
    // An extra column in every row is a CSV row too long, already reported row by row.
    if (!workbook && i >= width) continue;
    problems.push(msg.unnamedColumn({ file, line: o.line, column: i + 1, columnName: '', value: o.value, ...where, ...(o.row === undefined ? {} : { row: o.row }) }));
  }
  if (nfcFirst) problems.push(msg.notNfc(file, nfcFirst.line, nfcFirst.column, nfcFirst.name, nfcCount));
  return { records, problems };
}
