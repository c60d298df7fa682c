/**
 * `npm run data:docs`: rewrites the column tables of data/README.md from the table schemas
 * (src/lib/data/tables/). `npm test` fails when the README is not up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DOCUMENTED_TABLES } from '../src/lib/data/tables/documented.ts';
import { withColumnTables } from '../src/lib/data/tables/docs.ts';

const file = 'data/README.md';
const before = readFileSync(file, 'utf8');
const after = withColumnTables(before, DOCUMENTED_TABLES);
if (after !== before) writeFileSync(file, after);
console.error(after === before ? `${file}: đã cập nhật sẵn / already up to date` : `${file}: đã viết lại các bảng cột / column tables rewritten`);
