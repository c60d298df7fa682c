/**
 * Reads one CSV file as the association's staff produce it (Excel exports included):
 * checks the encoding, accepts a UTF-8 BOM and CRLF, detects `,` or `;` separators,
 * and keeps the line number of every row so problems can point at the right cell.
 * It never throws for a data mistake: problems are returned with the rows that could be read.
 */
import Papa from 'papaparse';
import type { Problem } from './problems.ts';
import { msg } from './messages.ts';

export type Delimiter = ',' | ';' | '\t';

/** A row of a CSV file or of a workbook's sheet. */
export interface GridRow {
  /** 1-based line of the row's first character in the file (in a workbook: its row number). */
  line: number;
  /** Row number in a spreadsheet, when it differs from `line` (a quoted cell held a line break). */
  row?: number;
  /** Raw cell text, not yet trimmed or normalised; a workbook's number cells as numbers. */
  cells: (string | number)[];
}

/** A table as read from a CSV file or one sheet of a workbook, before its columns are checked. */
export interface Grid {
  file: string;
  /** The sheet of a workbook. */
  sheet?: string;
  /** How text numbers are read: a workbook's text cells follow the canonical `,` rules. */
  delimiter: Delimiter;
  /** Header names, trimmed, NFC, lower-case. */
  header: string[];
  rows: GridRow[];
}

export interface ReadResult {
  table?: Grid;
  problems: Problem[];
}

/** Byte offset of the first invalid UTF-8 sequence, or -1 when the bytes are valid UTF-8. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need = 0;
    if (b < 0x80) need = 0;
    else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) need = 2;
    else if (b >= 0xf0 && b <= 0xf4) need = 3;
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return -1;
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The separator of the header line, counted outside quotes. */
export function detectDelimiter(firstLine: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[','] && counts['\t'] > counts[';']) return '\t';
  return ',';
}

/** Decodes and parses CSV bytes. `file` is the path shown to people (relative, forward slashes). */
export function readCsv(file: string, bytes: Uint8Array): ReadResult {
  const problems: Problem[] = [];
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    problems.push(msg.utf16(file));
    return { problems };
  }
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  let text: string;
  try {
    // The native decoder checks the bytes; the byte-by-byte search only runs to locate a mistake.
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const bad = Math.max(0, firstInvalidUtf8(body));
    const line = lineOfByte(body, bad);
    const hex = Array.from(body.subarray(bad, bad + 2), (b) => b.toString(16).padStart(2, '0')).join(' ');
    problems.push(msg.notUtf8(file, line, hex));
    return { problems };
  }
  if (text.trim() === '') {
    problems.push(msg.emptyFile(file));
    return { problems };
  }

  const newlineOffsets: number[] = [];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) newlineOffsets.push(i);
  const lineAt = (offset: number): number => {
    // Binary search: how many newlines come before `offset`.
    let lo = 0;
    let hi = newlineOffsets.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newlineOffsets[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };

  const firstLineEnd = text.search(/\r?\n/);
  const delimiter = detectDelimiter(firstLineEnd === -1 ? text : text.slice(0, firstLineEnd));
  const rows: GridRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    // Said here rather than guessed by papaparse, which scans the text for it.
    newline: firstLineEnd >= 0 && text[firstLineEnd] === '\r' ? '\r\n' : '\n',
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(rowStart);
      for (const err of result.errors) {
        if (err.type === 'Quotes') problems.push(msg.badQuotes(file, line));
      }
      // Excel shows each record on one row whatever line breaks its quoted cells hold.
      const row = rows.length + 1;
      rows.push(row === line ? { line, cells: result.data } : { line, row, cells: result.data });
      rowStart = result.meta.cursor;
    },
  });
  // The newline that ends the last line is not an empty row.
  const last = rows[rows.length - 1];
  if (last && last.cells.length === 1 && last.cells[0] === '' && /\n$/.test(text)) rows.pop();
  const headerRow = rows.shift();
  if (!headerRow) {
    problems.push(msg.emptyFile(file));
    return { problems };
  }
  const header = headerRow.cells.map((h) => String(h).trim().normalize('NFC').toLowerCase());
  return { table: { file, delimiter, header, rows }, problems };
}
