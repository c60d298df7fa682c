/**
 * Turns a parsed CSV into records checked against a table's columns:
 * missing, unexpected and duplicate columns, short and long rows, empty rows, NFC.
 * Cell values are trimmed and NFC-normalised; the raw text stays available for messages.
 */
import type { Problem } from './problems.ts';
import { msg, type Cell } from './messages.ts';
import { readCsv, type Delimiter } from './read-csv.ts';

export interface ColumnSpec {
  name: string;
  /** The column must be present in the header (its cells may still be optional). */
  inHeader: boolean;
}

export interface TableRecord {
  file: string;
  line: number;
  delimiter: Delimiter;
  /** Trimmed NFC value of a column ('' when the column is absent or the cell empty). */
  get(name: string): string;
  /** Whether the header has this column (a missing column is reported once, not on every row). */
  has(name: string): boolean;
  /** Location of a cell, for messages. */
  cell(name: string): Cell;
}

export interface TableResult {
  records: TableRecord[];
  delimiter: Delimiter;
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
  for (const c of candidates) {
    const d = editDistance(value.toLowerCase(), c.toLowerCase());
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return bestD <= limit ? best : undefined;
}

/**
 * One row: its trimmed NFC values by column position, sharing the table's column index. A class,
 * not an object of closures: a full data set has 130,000 rows.
 */
class Row implements TableRecord {
  readonly file: string;
  readonly line: number;
  readonly delimiter: Delimiter;
  private readonly index: Map<string, number>;
  private readonly values: string[];
  private readonly raw: string[];
  constructor(file: string, line: number, delimiter: Delimiter, index: Map<string, number>, values: string[], raw: string[]) {
    this.file = file;
    this.line = line;
    this.delimiter = delimiter;
    this.index = index;
    this.values = values;
    this.raw = raw;
  }
  get(name: string): string {
    const i = this.index.get(name);
    return i === undefined ? '' : (this.values[i] ?? '');
  }
  has(name: string): boolean {
    return this.index.has(name);
  }
  cell(name: string): Cell {
    const i = this.index.get(name) ?? -1;
    return { file: this.file, line: this.line, column: i + 1, columnName: name, value: (this.raw[i] ?? '').trim() };
  }
}

/** Printable ASCII is NFC already; normalize() on every cell of a big table showed in profiles. */
const ASCII = /^[\x20-\x7e]*$/;

export function readTable(file: string, bytes: Uint8Array, columns: readonly ColumnSpec[]): TableResult {
  const { table, problems } = readCsv(file, bytes);
  if (!table) return { records: [], delimiter: ',', problems };
  const expected = columns.map((c) => c.name);
  const index = new Map<string, number>();
  table.header.forEach((name, i) => {
    if (name === '' && i === table.header.length - 1) return; // trailing separator from Excel
    if (index.has(name)) problems.push(msg.duplicateColumn(file, i + 1, name));
    else if (!expected.includes(name)) problems.push(msg.unexpectedColumn(file, i + 1, name, expected, closest(name, expected)));
    else index.set(name, i);
  });
  for (const c of columns) if (c.inHeader && !index.has(c.name)) problems.push(msg.missingColumn(file, c.name, expected));
  const width = table.header.length;

  const records: TableRecord[] = [];
  let nfcCount = 0;
  let nfcFirst: { line: number; column: number; name: string } | undefined;
  for (const row of table.rows) {
    const cells = row.cells;
    if (cells.every((c) => c.trim() === '')) {
      // A file's final newline yields no row; a truly blank line (or ";;;;" from Excel) does.
      problems.push(msg.emptyRow(file, row.line));
      continue;
    }
    const trimmed = cells;
    if (trimmed.length > width) {
      problems.push(msg.tooManyCells(file, row.line, trimmed.length, width, table.delimiter));
      continue;
    }
    if (trimmed.length < width) {
      problems.push(msg.tooFewCells(file, row.line, trimmed.length, width));
      continue;
    }
    const values: string[] = new Array<string>(width);
    for (const [name, i] of index) {
      const raw = trimmed[i] ?? '';
      const norm = ASCII.test(raw) ? raw : raw.normalize('NFC');
      if (norm !== raw) {
        nfcCount++;
        nfcFirst ??= { line: row.line, column: i + 1, name };
      }
      values[i] = norm.trim();
    }
    records.push(new Row(file, row.line, table.delimiter, index, values, trimmed));
  }
  if (nfcFirst) problems.push(msg.notNfc(file, nfcFirst.line, nfcFirst.column, nfcFirst.name, nfcCount));
  return { records, delimiter: table.delimiter, problems };
}
