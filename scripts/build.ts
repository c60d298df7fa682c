/**
 * `npm run build [-- --data <dir>] [-- --out <dir>]`: the whole build as a list of phases.
 * 1. validate the data (stop before anything is built when there is an error);
 * 2. astro build (pages, charts, search index through the Pagefind integration).
 * DATA_DIR chooses the data folder (default data/); the illustrative flag comes from its dataset.json.
 */
import './lib/native-allocator.ts';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'astro';
import { exitWhenWritten, runValidation } from './validate.ts';
import { shareModel } from '../src/lib/data/site-model.ts';
import type { Model } from '../src/lib/data/model.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const TRASH = resolve('node_modules/.cache/old-builds');

/**
 * Astro empties its output folder one file at a time before building (≈4 s for the 4,000 files
 * of a previous build). Moving the old build aside is instant; it is deleted once this build is
 * done (deleteOldBuilds), not during it: on ext4 without a journal, as here, creating files while
 * or just after deleting ~190,000 others is slow, the kernel skipping freshly freed inodes one
 * by one (a stress build went from 56 s to 120 s).
 */
function setAsidePreviousBuild(dir: string): void {
  if (!existsSync(dir)) return;
  mkdirSync(TRASH, { recursive: true });
  try {
    renameSync(dir, resolve(TRASH, `${Date.now()}`));
  } catch {
    return; // another filesystem: let Astro empty it
  }
}

/** In a detached process at the lowest priority: the build has finished and need not wait for it. */
function deleteOldBuilds(): void {
  if (!existsSync(TRASH)) return;
  spawn('nice', ['-n', '19', 'rm', '-rf', TRASH], { detached: true, stdio: 'ignore' }).unref();
}

const dataDir = resolve(arg('data') ?? process.env.DATA_DIR ?? 'data');
const outDir = arg('out');
const started = performance.now();

console.error(`1/2 Kiểm tra dữ liệu / validating ${dataDir}`);
let ok = false;
let model: Model | undefined;
try {
  ok = runValidation(dataDir, { quietWarnings: process.env.SHOW_WARNINGS !== '1', onModel: (m) => (model = m) });
} catch (e) {
  console.error('Lỗi của chương trình khi kiểm tra dữ liệu / program bug while validating:', e);
  await exitWhenWritten(2);
}
// A piped report (CI) must reach its reader whole before the process ends.
if (!ok || !model) await exitWhenWritten(1);
const validated = performance.now();

console.error('2/2 Xây dựng trang / astro build');
const out = resolve(outDir ?? 'dist');
setAsidePreviousBuild(out);
// Astro runs in this process and its pages get the model validated above (src/lib/data/site-model.ts)
// instead of reading and checking every file a second time (≈5 s on the stress data).
process.env.DATA_DIR = dataDir;
process.env.ASTRO_TELEMETRY_DISABLED = '1';
shareModel(dataDir, model!); // set: exitWhenWritten above ends the process otherwise
try {
  await build({ root: process.cwd(), outDir: out, logLevel: 'warn' });
} catch (e) {
  console.error('Xây dựng trang thất bại / the site build failed:');
  console.error(e instanceof Error ? e.message : e);
  deleteOldBuilds();
  await exitWhenWritten(1);
}
const done = performance.now();
deleteOldBuilds();
console.error(`Xong / done: kiểm tra ${((validated - started) / 1000).toFixed(1)} s, xây dựng ${((done - validated) / 1000).toFixed(1)} s, tổng ${((done - started) / 1000).toFixed(1)} s`);
