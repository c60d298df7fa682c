/**
 * Figures for the data path (issue "Publishing for people who live in Excel"): validation of the
 * real and stress data, of a 10,000-row workbook, the workbook read alone, and the browser check
 * of a 1,000-row file in Chromium slowed to a mid-range phone (CDP CPU throttling ×4).
 * Each validation is a new process, as `npm run validate` is: its wall time includes Node's start.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { chromium } from 'playwright-core';
import { readWorkbook } from '../../src/lib/data/load-dataset.ts';
import { serveStatic } from '../../tests/browser/static-server.ts';
import { CHROMIUM_ARGS } from '../../tests/browser/harness.ts';

interface Timing {
  wall: number;
  cpu: number;
}

export interface DataBench {
  validateReal: Timing;
  validateStress?: Timing;
  workbookRows: number;
  validateWorkbook?: Timing;
  readWorkbookSeconds: number;
  browserCheckRows: number;
  /** From choosing the file to the result on screen, the checker and catalogue not yet loaded. */
  browserCheckColdSeconds?: number;
  /** The same file again, everything loaded. */
  browserCheckWarmSeconds?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * `npm run validate <dir>` (median of `runs`): wall time of the process, and the CPU time it used
 * (user + system, from /proc of this process's children: on a machine shared with other builds
 * the wall time also counts the waits for a core). Throws when validation fails.
 */
function validate(dir: string, runs = 3): { wall: number; cpu: number } {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < runs; i++) {
    const before = childrenCpu();
    const started = performance.now();
    const res = spawnSync(process.execPath, ['scripts/validate.ts', dir], { encoding: 'utf8' });
    walls.push((performance.now() - started) / 1000);
    cpus.push(childrenCpu() - before);
    if (res.status !== 0) throw new Error(`validation of ${dir} failed:\n${res.stderr.slice(-2000)}`);
  }
  return { wall: median(walls), cpu: median(cpus) };
}

/** CPU seconds used by this process's finished children (cutime + cstime of /proc/self/stat). */
function childrenCpu(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

const HEADER = ['place_level', 'place_code', 'place_name', 'indicator', 'kind', 'year', 'value', 'qualifier', 'basis', 'numerator', 'denominator', 'source', 'plan', 'quote', 'note'];

/** Rows of the stress data that are valid in the real data set too: current units, 2025. */
function stressRows(stressDir: string, n: number): string[][] {
  const out: string[][] = [];
  for (const name of readdirSync(join(stressDir, 'observations')).filter((f) => f.startsWith('minh-hoa-')).sort()) {
    const file = join(stressDir, 'observations', name);
    const rows = Papa.parse<string[]>(readFileSync(file, 'utf8').trim()).data.slice(1);
    for (const r of rows) if (r[5] === '2025' && out.length < n) out.push(r);
  }
  if (out.length < n) throw new Error(`only ${out.length} rows of 2025 in ${stressDir}`);
  return out;
}

/** A copy of the real data with `rows` added as one workbook (numbers as numbers, codes as text). */
async function workbookDataset(stressDir: string, to: string, rows: string[][]): Promise<string> {
  rmSync(to, { recursive: true, force: true });
  cpSync(resolve('data'), to, { recursive: true, filter: (src) => !src.includes(join('data', 'geo')) });
  cpSync(join(stressDir, 'sources', 'du-lieu-minh-hoa.csv'), join(to, 'sources', 'du-lieu-minh-hoa.csv'));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Số liệu');
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r.map((v, j) => (['year', 'value', 'numerator', 'denominator'].includes(HEADER[j]!) && v !== '' ? Number(v) : v)));
  ws.getColumn(2).numFmt = '@';
  const file = join(to, 'observations', 'bench-10000.xlsx');
  writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
  return file;
}

/** The check page of `dist`, throttled ×4, given a 1,000-row CSV: seconds to the result, cold then warm. */
async function browserCheck(dist: string, csv: string): Promise<{ cold: number; warm: number }> {
  const { server, url } = await serveStatic(dist);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${url}/du-lieu/kiem-tra/`, { waitUntil: 'load' });
    const once = async (name: string) => {
      await page.evaluate(() => document.querySelector('[data-check-status]')?.removeAttribute('data-state'));
      const started = performance.now();
      await page.locator('[data-check-input]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
      await page.waitForFunction(() => document.querySelector('[data-check-status]')?.getAttribute('data-state'), undefined, { timeout: 60_000 });
      const seconds = (performance.now() - started) / 1000;
      const status = (await page.locator('[data-check-status]').textContent()) ?? '';
      if (process.env.BENCH_VERBOSE) console.error(`    ${name}: ${seconds.toFixed(2)} s — ${status}`);
      if (!/1\.000 số liệu|1000 số liệu/.test(status)) throw new Error(`browser check: ${status}`);
      return seconds;
    };
    const cold = await once('a.csv');
    const warm = await once('b.csv');
    return { cold, warm };
  } finally {
    await browser.close();
    server.close();
  }
}

export async function benchData(opts: { stressDir?: string; dist?: string; work: string }): Promise<DataBench> {
  const stressDir = opts.stressDir ?? resolve('tmp/stress-data');
  if (!existsSync(stressDir)) spawnSync(process.execPath, ['scripts/generate-stress.ts', '--out', stressDir], { stdio: 'inherit' });
  mkdirSync(opts.work, { recursive: true });
  const result: DataBench = { validateReal: validate(resolve('data')), workbookRows: 10_000, readWorkbookSeconds: NaN, browserCheckRows: 1000 };
  console.error(`  validation, real data: ${t(result.validateReal)}`);
  result.validateStress = validate(stressDir, 1);
  console.error(`  validation, stress data: ${t(result.validateStress)}`);

  const rows = stressRows(stressDir, 10_000);
  const file = await workbookDataset(stressDir, join(opts.work, 'workbook-data'), rows);
  const bytes = readFileSync(file);
  const started = performance.now();
  readWorkbook('bench.xlsx', bytes);
  result.readWorkbookSeconds = (performance.now() - started) / 1000;
  result.validateWorkbook = validate(join(opts.work, 'workbook-data'), 1);
  console.error(`  workbook of 10,000 rows (${(bytes.byteLength / 1e6).toFixed(1)} MB): read ${result.readWorkbookSeconds.toFixed(2)} s, whole validation ${t(result.validateWorkbook)}`);

  const dist = opts.dist ?? resolve('dist');
  if (existsSync(join(dist, 'du-lieu', 'kiem-tra', 'index.html'))) {
    // The deployed catalogue has no demo source: the rows cite a real one.
    const source = HEADER.indexOf('source');
    const csv = Papa.unparse({ fields: HEADER, data: rows.slice(0, 1000).map((r) => r.map((v, j) => (j === source ? 'baothanhhoa-271646' : v))) });
    const { cold, warm } = await browserCheck(dist, csv);
    result.browserCheckColdSeconds = cold;
    result.browserCheckWarmSeconds = warm;
    console.error(`  browser check of 1,000 rows, CPU ×4 slower: ${cold.toFixed(2)} s first (checker and catalogue loaded), ${warm.toFixed(2)} s again`);
  } else console.error(`  browser check: no built site in ${dist} (npm run build first)`);
  return result;
}

const t = (x: Timing | undefined) => (x ? `${x.wall.toFixed(2)} s wall, ${x.cpu.toFixed(2)} s CPU` : '—');

export function dataBarLines(d: DataBench | undefined): string[] {
  if (!d) return [];
  const s = (n: number | undefined) => (n === undefined ? '—' : `${n.toFixed(2)} s`);
  return [
    `  validation of the real data ≤ 1 s (#15): ${t(d.validateReal)} (a new process, Node's start and the boundaries included)`,
    `  validation of the stress data ≤ 3 s (#15): ${t(d.validateStress)}`,
    `  a 10,000-row workbook ≤ 3 s (#15): ${t(d.validateWorkbook)} with the real data (the workbook read alone ${s(d.readWorkbookSeconds)})`,
    `  browser check of a 1,000-row file ≤ 2 s at CPU ×4 (#15): ${s(d.browserCheckColdSeconds)} first, ${s(d.browserCheckWarmSeconds)} again`,
  ];
}

if (import.meta.main) {
  const d = await benchData({ work: resolve('tmp/bench-data'), ...(process.argv[2] ? { dist: resolve(process.argv[2]) } : {}) });
  for (const line of ['', 'Mục tiêu / bars:', ...dataBarLines(d)]) console.error(line);
}
