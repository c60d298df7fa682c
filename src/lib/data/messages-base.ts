/**
 * What every message is made of: where (file, line or sheet and cell, column), what was found,
 * what was expected, how to fix it, in Vietnamese then English. The messages themselves are in
 * messages.ts (cells and figures) and messages-files.ts (files, sheets, official lists, boundaries).
 */
import type { Bilingual, Problem, Severity } from './problems.ts';
import { columnLetter } from './problems.ts';

export interface Cell {
  file: string;
  line: number;
  column: number;
  columnName: string;
  value: string;
  /** Sheet of a workbook. */
  sheet?: string;
  /** Row in a spreadsheet when it differs from the file's line (a quoted cell held a line break). */
  row?: number;
}

/** Where in a workbook, for problems about a whole sheet or row. */
export interface SheetAt {
  sheet?: string;
  row?: number;
}

export const bi = (vi: string, en: string): Bilingual => ({ vi, en });

export function at(
  severity: Severity,
  code: string,
  loc: { file: string; line: number; column?: number; columnName?: string; value?: string } & SheetAt,
  message: Bilingual,
  expected?: Bilingual,
  fix?: Bilingual,
): Problem {
  const p: Problem = {
    severity,
    code,
    file: loc.file,
    line: loc.line,
    column: loc.column ?? 0,
    message,
  };
  if (loc.columnName !== undefined) p.columnName = loc.columnName;
  if (loc.value !== undefined) p.value = loc.value;
  if (loc.sheet !== undefined) p.sheet = loc.sheet;
  if (loc.row !== undefined) p.row = loc.row;
  if (expected) p.expected = expected;
  if (fix) p.fix = fix;
  return p;
}

/** "dòng 12" in a CSV file, "hàng 12" in a sheet: the words staff see in their program. */
export const rowWord = (at: SheetAt, line: number): Bilingual =>
  at.sheet !== undefined ? bi(`Hàng ${line}`, `Row ${line}`) : bi(`Dòng ${line}`, `Line ${line}`);

export const cellName = (c: Cell): Bilingual =>
  bi(`cột ${columnLetter(c.column)} (${c.columnName})`, `column ${columnLetter(c.column)} (${c.columnName})`);

export const EXCEL_UTF8 = bi(
  'Mở tệp trong Excel → Tệp (File) → Lưu thành (Save As) → chọn kiểu "CSV UTF-8 (Comma delimited) (*.csv)" → Lưu. Trong LibreOffice: chọn "Văn bản CSV", bộ ký tự "Unicode (UTF-8)".',
  'Open the file in Excel → File → Save As → type "CSV UTF-8 (Comma delimited) (*.csv)" → Save. In LibreOffice: "Text CSV", character set "Unicode (UTF-8)".',
);
