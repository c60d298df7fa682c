/**
 * Prints problems for people (terminal, the browser check) and for GitHub (workflow annotations).
 * The annotation format lives here only: the workflow and its job summary read these lines.
 */
import { columnLetter, type Problem } from './problems.ts';

/** "data/x.csv:12:7" — the form editors and CI logs make clickable. */
export function location(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}${p.column > 0 ? `:${p.column}` : ''}` : p.file;
}

/**
 * Where, in the words of the program the person fixes the file in: "trang tính 'Số liệu', ô G12"
 * in a workbook; "dòng 54 (hàng 53 trong Excel), cột G "value"" in a CSV file whose quoted cell
 * held a line break.
 */
export function where(p: Problem): string {
  const col = p.column > 0 ? `${columnLetter(p.column)}` : '';
  if (p.sheet !== undefined) {
    const parts = [`trang tính '${p.sheet}'`];
    if (p.line > 0) parts.push(col ? `ô ${col}${p.line}${p.columnName ? ` "${p.columnName}"` : ''}` : `hàng ${p.line}`);
    return parts.join(', ');
  }
  const parts: string[] = [];
  if (p.line > 0) parts.push(`dòng ${p.line}${p.row !== undefined ? ` (hàng ${p.row} trong Excel)` : ''}`);
  if (col) parts.push(`cột ${col}${p.columnName ? ` "${p.columnName}"` : ''}`);
  return parts.join(', ');
}

/** A value is shown once: not again on its own line when the message already quotes it. */
const quoted = (p: Problem) => p.value !== undefined && p.value !== '' && !p.message.vi.includes(p.value);

/** A multi-line block: location, then Vietnamese, then English. */
export function formatProblem(p: Problem): string {
  const w = where(p);
  const head = `${p.severity === 'error' ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING'}  ${location(p)}${w ? ` (${w})` : ''}`;
  const lines = [head, `  ${p.message.vi}`];
  if (quoted(p)) lines.push(`  Giá trị: "${p.value}"`);
  if (p.expected) lines.push(`  Cần: ${p.expected.vi}`);
  if (p.fix) lines.push(`  Cách sửa: ${p.fix.vi}`);
  lines.push(`  EN: ${p.message.en}${p.expected ? ` Expected: ${p.expected.en}` : ''}${p.fix ? ` Fix: ${p.fix.en}` : ''}`);
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * Short Vietnamese title of an annotation: the value found and what was expected, cut to fit; a
 * workbook's also names its sheet and cell, since GitHub cannot point at a line of one.
 */
export function annotationTitle(p: Problem): string {
  const value = p.value !== undefined && p.value !== '' ? `"${p.value.length > 40 ? `${p.value.slice(0, 40)}…` : p.value}"` : '';
  const text = p.expected ? (value ? `Giá trị ${value}, cần: ${p.expected.vi}` : `Cần: ${p.expected.vi}`) : value ? `${value}: ${p.message.vi}` : p.message.vi;
  const cut = text.length > 160 ? `${text.slice(0, 159)}…` : text;
  return p.sheet !== undefined ? `${where(p)}: ${cut}` : cut;
}

/**
 * GitHub Actions workflow command, so the mistake shows on the file in the pull request. A workbook
 * is not text: its annotation points at the file and names the sheet and cell in its title.
 */
export function githubAnnotation(p: Problem): string {
  const props = [`file=${escProp(p.file)}`];
  if (p.sheet === undefined) {
    if (p.line > 0) props.push(`line=${p.line}`);
    if (p.column > 0) props.push(`col=${p.column}`);
  }
  props.push(`title=${escProp(annotationTitle(p))}`);
  const body = [
    p.message.vi,
    p.value !== undefined && p.value !== '' ? `Giá trị: "${p.value}"` : '',
    p.expected ? `Cần: ${p.expected.vi}` : '',
    p.fix ? `Cách sửa: ${p.fix.vi}` : '',
    `EN: ${p.message.en}${p.expected ? ` Expected: ${p.expected.en}` : ''}${p.fix ? ` Fix: ${p.fix.en}` : ''}`,
    `(${p.code})`,
  ].filter(Boolean).join('\n');
  return `::${p.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${esc(body)}`;
}

/** English count with its noun: "1 error", "3 errors" (Vietnamese nouns do not change). */
const en = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function summary(problems: readonly Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const fileCount = new Set(problems.map((p) => p.file)).size;
  if (errors === 0) {
    return `Dữ liệu hợp lệ: đã kiểm tra ${files} tệp, ${warnings} cảnh báo.\nData is valid: ${en(files, 'file')} checked, ${en(warnings, 'warning')}.`;
  }
  return (
    `Tìm thấy ${errors} lỗi và ${warnings} cảnh báo trong ${fileCount} tệp. Chưa xây dựng hay công bố trang nào; hãy sửa các lỗi trên rồi chạy lại.\n` +
    `Found ${en(errors, 'error')} and ${en(warnings, 'warning')} in ${en(fileCount, 'file')}. Nothing was built or published; fix the errors above and run again.`
  );
}
