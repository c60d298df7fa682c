/**
 * `npm run bench:pages [-- --site dist]`: the page bars on an existing build (heights, elements,
 * width, Lighthouse), without rebuilding; `npm run bench` measures the same on its real-data build.
 */
import { resolve } from 'node:path';
import { measurePageBars, pageBarLines } from './lib/page-bars.ts';

const i = process.argv.indexOf('--site');
const site = resolve(i >= 0 ? process.argv[i + 1]! : 'dist');
const bars = await measurePageBars(site);
for (const line of pageBarLines(bars)) console.log(line);
