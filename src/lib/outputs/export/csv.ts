/**
 * CSV writer for the downloads: RFC 4180 (comma, CRLF line ends, double quotes doubled),
 * UTF-8 with a byte-order mark.
 *
 * Why a BOM: Excel on Windows reads a CSV without one as the ANSI code page and shows
 * "Hà Ná»™i" instead of "Hà Nội"; with it, double-clicking the file just works. pandas, R
 * (readr, data.table), LibreOffice and Frictionless tools skip it; Python's csv module
 * needs `encoding="utf-8-sig"` (said on the data page).
 *
 * Formula injection: a spreadsheet runs a cell that starts with = + - @ (or a tab or CR
 * that it trims first) as a formula. Every *text* cell starting with one of those gets a
 * leading apostrophe, which Excel and LibreOffice show as a plain-text marker. Numeric
 * columns are written as numbers and never guarded: -3 in a numeric column stays -3.
 * The JSON downloads carry the text exactly, unguarded (spreadsheets do not open JSON).
 */

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'year';

export type Cell = string | number | boolean | null | undefined;

export interface CsvColumn {
  name: string;
  type: FieldType;
}

export const BOM = '\uFEFF';
export const EOL = '\r\n';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** Whether a text cell would be read as a formula by a spreadsheet. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A text cell made safe for spreadsheets: "=1+1" → "'=1+1"; other text unchanged. */
export function guardFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: only cells with a comma, a quote or a line break are quoted. */
export function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * One cell as CSV text. Empty (null/undefined/"") is the empty cell, the table's only missing
 * value. Numbers print in JavaScript's shortest round-trip form (point decimal, no grouping,
 * the canonical form of data/README.md); booleans as true/false.
 */
export function formatCell(value: Cell, type: FieldType): string {
  if (value === null || value === undefined || value === '') return '';
  if (type === 'string' || type === 'date') return quoteCell(guardFormula(String(value)));
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`CSV: ${value} is not a finite number`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // A non-number in a numeric column is a bug in the table definition: say so, never guess.
  throw new Error(`CSV: "${String(value)}" in a ${type} column`);
}

export interface CsvOptions {
  /** Write the UTF-8 byte-order mark (default true, see above). */
  bom?: boolean;
}

/** The whole table as one string: header line, then one line per row, each ending in CRLF. */
export function toCsv(columns: readonly CsvColumn[], rows: readonly (readonly Cell[])[], opts: CsvOptions = {}): string {
  const lines: string[] = new Array(rows.length + 1);
  lines[0] = columns.map((c) => quoteCell(guardFormula(c.name))).join(',');
  // Names, titles and URLs repeat on thousands of rows: format each distinct text once.
  const memo = new Map<string, string>();
  const text = (v: string): string => {
    let out = memo.get(v);
    if (out === undefined) {
      out = quoteCell(guardFormula(v));
      if (memo.size < 100_000) memo.set(v, out);
    }
    return out;
  };
  const cells: string[] = new Array(columns.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length !== columns.length) throw new Error(`CSV: row ${i + 1} has ${row.length} cells, expected ${columns.length}`);
    for (let j = 0; j < columns.length; j++) {
      const v = row[j];
      cells[j] = typeof v === 'string' && v !== '' && columns[j]!.type === 'string' ? text(v) : formatCell(v, columns[j]!.type);
    }
    lines[i + 1] = cells.join(',');
  }
  return (opts.bom === false ? '' : BOM) + lines.join(EOL) + EOL;
}
