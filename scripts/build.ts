/**
 * `npm run build [-- --data <dir>] [-- --out <dir>]`: the whole build as a list of phases.
 * 1. validate the data (stop before anything is built when there is an error);
 * 2. astro build (pages, charts, search index through the Pagefind integration).
 * DATA_DIR chooses the data folder (default data/); the illustrative flag comes from its dataset.json.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { runValidation } from './validate.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const dataDir = resolve(arg('data') ?? process.env.DATA_DIR ?? 'data');
const outDir = arg('out');
const started = performance.now();

console.error(`1/2 Kiểm tra dữ liệu / validating ${dataDir}`);
let ok: boolean;
try {
  ok = runValidation(dataDir, { quietWarnings: process.env.SHOW_WARNINGS !== '1' });
} catch (e) {
  console.error('Lỗi của chương trình khi kiểm tra dữ liệu / program bug while validating:', e);
  process.exit(2);
}
if (!ok) process.exit(1);
const validated = performance.now();

console.error('2/2 Xây dựng trang / astro build');
const args = ['node_modules/astro/bin/astro.mjs', 'build', '--silent'];
if (outDir) args.push('--outDir', outDir);
const res = spawnSync(process.execPath, args, {
  stdio: 'inherit',
  env: { ...process.env, DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (res.status !== 0) process.exit(res.status ?? 1);
const done = performance.now();
console.error(`Xong / done: kiểm tra ${((validated - started) / 1000).toFixed(1)} s, xây dựng ${((done - validated) / 1000).toFixed(1)} s, tổng ${((done - started) / 1000).toFixed(1)} s`);
