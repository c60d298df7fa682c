/**
 * Every problem of a validation as Markdown, for the job summary of a pull request's check:
 * GitHub shows at most 10 annotations per step, the summary shows them all.
 */
import { columnLetter, type Problem } from './problems.ts';
import { location, summary } from './report.ts';

/** Above this the summary would pass GitHub's size limit for one step (1 MiB). */
const MAX_LISTED = 2000;

const md = (s: string) => s.replace(/[\\`*_<>|[\]]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

function item(p: Problem): string {
  const where: string[] = [];
  if (p.line > 0) where.push(`dòng ${p.line}`);
  if (p.column > 0) where.push(`cột ${columnLetter(p.column)}${p.columnName ? ` "${md(p.columnName)}"` : ''}`);
  const parts = [`**${p.severity === 'error' ? 'LỖI' : 'CẢNH BÁO'}** \`${location(p)}\`${where.length ? ` (${where.join(', ')})` : ''}: ${md(p.message.vi)}`];
  if (p.value !== undefined && p.value !== '') parts.push(`Giá trị: "${md(p.value.length > 200 ? `${p.value.slice(0, 200)}…` : p.value)}"`);
  if (p.expected) parts.push(`Cần: ${md(p.expected.vi)}`);
  if (p.fix) parts.push(`Cách sửa: ${md(p.fix.vi)}`);
  return `- ${parts.join(' · ')}`;
}

export function problemsMarkdown(problems: readonly Problem[], files: number): string {
  const out = ['## Kiểm tra dữ liệu / Data validation', '', ...summary(problems, files).split('\n').map((l) => `${md(l)}  `), ''];
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  for (const [title, list] of [['Lỗi / Errors', errors], ['Cảnh báo / Warnings', warnings]] as const) {
    if (!list.length) continue;
    out.push(`### ${title} (${list.length})`, '');
    out.push(...list.slice(0, MAX_LISTED).map(item));
    if (list.length > MAX_LISTED) out.push(`- … và ${list.length - MAX_LISTED} mục khác: chạy "npm run validate" để xem hết.`);
    out.push('');
  }
  return out.join('\n');
}
