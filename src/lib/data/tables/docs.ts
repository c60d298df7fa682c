/**
 * The column tables of data/README.md, written from the schemas so the documentation cannot drift
 * from what the validator checks (`npm run data:docs` rewrites them; a unit test fails when the
 * README is out of date).
 */
import type { Table } from './column.ts';

const BEGIN = (name: string) => `<!-- BEGIN GENERATED: columns of ${name} (npm run data:docs; do not edit by hand) -->`;
const END = (name: string) => `<!-- END GENERATED: columns of ${name} -->`;

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function required(c: Table['columns'][string]): string {
  if (c.required === true) return 'có / yes';
  if (c.required === 'conditional') return 'có điều kiện / conditional';
  return 'không / no';
}

/** One Markdown table: column, header, cell, default, meaning (Vietnamese, then English). */
export function columnTable(t: Table): string {
  const rows = Object.entries(t.columns).map(([name, c]) => {
    const header = c.inHeader ? 'bắt buộc / required' : 'có thể bỏ / optional';
    const def = c.default ? `${c.default.vi} / ${c.default.en}` : '';
    const values = c.choices ? ` Giá trị / values: ${c.choices.map((x) => `\`${x.code}\` (${x.vi}${x.aliases?.length ? `; cũng nhận / also: ${x.aliases.filter((a) => a !== x.vi).map((a) => `"${a}"`).join(', ')}` : ''})`).join(', ')}.` : '';
    return `| \`${name}\` | ${header} | ${required(c)} | ${cell(def)} | ${cell(c.doc.vi)}. *${cell(c.doc.en)}.*${cell(values)} |`;
  });
  return [
    '| cột / column | trong dòng tiêu đề / in the header | ô phải điền / cell required | khi để trống / default | ý nghĩa / meaning |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The README with every generated block rewritten; blocks are found by their markers. */
export function withColumnTables(readme: string, tables: readonly Table[]): string {
  let out = readme;
  for (const t of tables) {
    const begin = BEGIN(t.name);
    const end = END(t.name);
    const i = out.indexOf(begin);
    const j = out.indexOf(end);
    if (i < 0 || j < i) throw new Error(`data/README.md: markers for ${t.name} are missing (${begin})`);
    out = `${out.slice(0, i)}${begin}\n${columnTable(t)}\n${out.slice(j)}`;
  }
  return out;
}

export const markers = (t: Table): [string, string] => [BEGIN(t.name), END(t.name)];
