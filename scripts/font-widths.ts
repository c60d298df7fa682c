/**
 * `npm run fonts:widths`: writes the width table of the chart text from the committed fonts (see
 * scripts/lib/font-widths.ts). Run it after changing a font in src/assets/fonts/;
 * tests/unit/charts/text.test.ts fails until then.
 */
import { writeFileSync } from 'node:fs';
import { TABLE_FILE, widthTableSource } from './lib/font-widths.ts';

writeFileSync(TABLE_FILE, widthTableSource());
console.log(`→ ${TABLE_FILE}`);
