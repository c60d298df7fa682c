/**
 * Prints problems for people (terminal) and for GitHub (workflow annotations).
 */
import { columnLetter, type Problem } from './problems.ts';

/** "data/x.csv:12:7" — the form editors and CI logs make clickable. */
export function location(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}${p.column > 0 ? `:${p.column}` : ''}` : p.file;
}

function where(p: Problem): string {
  const parts: string[] = [];
  if (p.line > 0) parts.push(`dòng ${p.line}`);
  if (p.column > 0) parts.push(`cột ${columnLetter(p.column)}${p.columnName ? ` "${p.columnName}"` : ''}`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** A multi-line block: location, then Vietnamese, then English. */
export function formatProblem(p: Problem): string {
  const head = `${p.severity === 'error' ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING'}  ${location(p)}${where(p)}`;
  const lines = [head, `  ${p.message.vi}`];
  if (p.value !== undefined && p.value !== '') lines.push(`  Giá trị: "${p.value}"`);
  if (p.expected) lines.push(`  Cần: ${p.expected.vi}`);
  if (p.fix) lines.push(`  Cách sửa: ${p.fix.vi}`);
  lines.push(`  EN: ${p.message.en}${p.expected ? ` Expected: ${p.expected.en}` : ''}${p.fix ? ` Fix: ${p.fix.en}` : ''}`);
  return lines.join('\n');
}

const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Short Vietnamese title of an annotation: the value found and what was expected, cut to fit. */
export function annotationTitle(p: Problem): string {
  const value = p.value !== undefined && p.value !== '' ? `"${p.value.length > 40 ? `${p.value.slice(0, 40)}…` : p.value}"` : '';
  const text = p.expected ? (value ? `Giá trị ${value}, cần: ${p.expected.vi}` : `Cần: ${p.expected.vi}`) : value ? `${value}: ${p.message.vi}` : p.message.vi;
  return text.length > 160 ? `${text.slice(0, 159)}…` : text;
}

/** GitHub Actions workflow command, so the mistake shows on the file in the pull request. */
export function githubAnnotation(p: Problem): string {
  const props = [`file=${escProp(p.file)}`];
  if (p.line > 0) props.push(`line=${p.line}`);
  if (p.column > 0) props.push(`col=${p.column}`);
  props.push(`title=${escProp(annotationTitle(p))}`);
  const body = [p.message.vi, p.fix ? `Cách sửa: ${p.fix.vi}` : '', `EN: ${p.message.en}`, `(${p.code})`].filter(Boolean).join('\n');
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
