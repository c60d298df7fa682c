/**
 * Reads an Excel workbook (.xlsx) into one grid per sheet, as read-csv.ts reads a CSV file, so the
 * same checks and messages apply; messages then name the sheet and the cell ("trang tính 'Số liệu',
 * ô G12"). Read with @e965/xlsx (SheetJS 0.20.3, the fixed release; docs/developing.md says why),
 * in Node and in the browser alike.
 *
 * A number cell stays a number (no locale guessing: Excel already knows it is 85.2); a cell formatted
 * as a percentage holds 0.852 and is read as "85.2%"; a date cell becomes an ISO date; a text cell is
 * read like a cell of a comma CSV file.
 *
 * The library is passed in, not imported: Node loads it only when a workbook is there to read
 * (load-dataset.ts), the browser only when one is dropped (check-client.ts).
 */
import type * as SheetJS from '@e965/xlsx';
import { msg } from './messages.ts';
import type { Problem } from './problems.ts';
import type { Grid, GridRow } from './read-csv.ts';

export interface WorkbookResult {
  grids: Grid[];
  problems: Problem[];
}

/** Zip files (every .xlsx is one) start with "PK\x03\x04"; the old binary .xls with D0 CF 11 E0. */
const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** 85.2 rather than 85.19999999999999 for a percentage cell holding 0.852. */
const tidy = (n: number) => Number(n.toPrecision(15));

function cellValue(XLSX: typeof SheetJS, cell: SheetJS.CellObject | undefined): string | number {
  if (!cell) return '';
  switch (cell.t) {
    case 'n': {
      const v = cell.v as number;
      const fmt = typeof cell.z === 'string' ? cell.z : '';
      if (fmt.includes('%')) return `${tidy(v * 100)}%`;
      if (fmt && XLSX.SSF.is_date(fmt)) {
        const d = XLSX.SSF.parse_date_code(v);
        return `${String(d.y).padStart(4, '0')}-${String(d.m).padStart(2, '0')}-${String(d.d).padStart(2, '0')}`;
      }
      return v;
    }
    case 's':
      return String(cell.v ?? '');
    case 'b':
      return cell.v ? 'true' : 'false';
    case 'e':
      return cell.w ?? '#ERROR';
    case 'd':
      return cell.v instanceof Date ? cell.v.toISOString().slice(0, 10) : String(cell.v);
    default:
      return '';
  }
}

const isEmpty = (v: string | number) => v === '' || (typeof v === 'string' && v.trim() === '');

/** A reader of workbooks that uses the SheetJS module given. */
export const workbookReader = (XLSX: typeof SheetJS) => (file: string, bytes: Uint8Array): WorkbookResult => readWorkbook(XLSX, file, bytes);

function readWorkbook(XLSX: typeof SheetJS, file: string, bytes: Uint8Array): WorkbookResult {
  if (isOle(bytes)) return { grids: [], problems: [msg.xlsOld(file)] };
  if (!isZip(bytes)) return { grids: [], problems: [msg.xlsxUnreadable(file, 'not a zip file')] };
  let wb: SheetJS.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellHTML: false, cellFormula: false });
  } catch (e) {
    return { grids: [], problems: [msg.xlsxUnreadable(file, e instanceof Error ? e.message : String(e))] };
  }
  const grids: Grid[] = [];
  for (const sheet of wb.SheetNames) {
    const ws = wb.Sheets[sheet] as SheetJS.DenseWorkSheet | undefined;
    const data = ws?.['!data'] ?? [];
    const rows: GridRow[] = [];
    let header: string[] | undefined;
    for (let r = 0; r < data.length; r++) {
      const cells = (data[r] ?? []).map((c) => cellValue(XLSX, c));
      if (!header) {
        if (r === 0) header = cells.map((h) => String(h).trim().normalize('NFC').toLowerCase());
        continue;
      }
      // Spreadsheets have no "lines": an empty row between filled ones loses nothing and is skipped.
      if (cells.every(isEmpty)) continue;
      rows.push({ line: r + 1, cells });
    }
    // Trailing empty header cells (formatted but unused columns) are no columns.
    while (header && header.length && header[header.length - 1] === '') header.pop();
    grids.push({ file, sheet, delimiter: ',', header: header ?? [], rows });
  }
  return { grids, problems: [] };
}
