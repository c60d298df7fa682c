/**
 * `npm run bench [-- --only real|stress]`: speed, memory and weight figures, printed and
 * written to bench-results/latest.json. Goals (issue #2, #3): whole build ≤ 30 s real / ≤ 90 s
 * stress, ≤ 1.5 GB; validation ≤ 3 s; commune page ≤ 20 KB gzip HTML (+ ≤ 10 KB shared CSS).
 * Figures, not pass/fail: timing belongs here, not in tests.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { dirSize, listHtml, measurePage, summarise, type TypeSummary } from './lib/page-weight.ts';

interface RunResult {
  wallSeconds: number;
  peakRssMB: number;
  exitCode: number;
  /** What the process printed on stderr (build.ts prints its phase times there). */
  stderr: string;
}

/** Sum of the resident memory of a process and all its descendants, from /proc. */
function treeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  let entries: string[] = [];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0; // not Linux: memory is not measured
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const status = readFileSync(`/proc/${e}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(e), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(e)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

function run(args: string[], env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((done) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(timer);
      if (code !== 0) process.stderr.write(stderr);
      done({ wallSeconds: (performance.now() - started) / 1000, peakRssMB: Math.round(peak), exitCode: code ?? 1, stderr });
    });
  });
}

interface DatasetBench {
  dataset: string;
  dataDir: string;
  validation: Omit<RunResult, 'stderr'>;
  build: Omit<RunResult, 'stderr'>;
  /** Phases of the whole build as build.ts reports them: validation, Astro (pages, embeds, search index). */
  phases: { validateSeconds: number; astroSeconds: number };
  pages: number;
  pagesPerSecond: number;
  outputMB: number;
  sharedCssGzip: number;
  byType: TypeSummary[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function benchDataset(name: string, dataDir: string, outDir: string, env: NodeJS.ProcessEnv = {}): Promise<DatasetBench> {
  console.error(`\n— ${name}: ${dataDir}`);
  const validation = await run(['scripts/validate.ts', dataDir], {});
  console.error(`  validation: ${validation.wallSeconds.toFixed(2)} s, ${validation.peakRssMB} MB`);
  // A cold build, as on a fresh clone: no previous output, no PNG cache.
  rmSync(outDir, { recursive: true, force: true });
  const build = await run(['scripts/build.ts', '--out', outDir], { DATA_DIR: dataDir, NO_PNG_CACHE: '1', ...env });
  if (build.exitCode !== 0) throw new Error(`${name}: build failed`);
  // "Xong / done: kiểm tra 0.7 s, xây dựng 25.1 s, tổng 25.8 s"
  const phase = /kiểm tra ([\d.]+) s, xây dựng ([\d.]+) s/.exec(build.stderr);
  const phases = { validateSeconds: Number(phase?.[1] ?? NaN), astroSeconds: Number(phase?.[2] ?? NaN) };
  const embeds = /Nhúng \/ embeds: .*/.exec(build.stderr)?.[0];
  const files = listHtml(outDir);
  const weights = files.map((f) => measurePage(outDir, f));
  const result: DatasetBench = {
    dataset: name,
    dataDir,
    validation: { wallSeconds: validation.wallSeconds, peakRssMB: validation.peakRssMB, exitCode: validation.exitCode },
    build: { wallSeconds: build.wallSeconds, peakRssMB: build.peakRssMB, exitCode: build.exitCode },
    phases,
    pages: files.length,
    pagesPerSecond: Math.round(files.length / build.wallSeconds),
    outputMB: Math.round(dirSize(outDir) / 1048576),
    sharedCssGzip: Math.max(...weights.map((w) => w.cssGzip)),
    byType: summarise(weights),
  };
  console.error(`  whole build (validate + pages + embeds + search index): ${build.wallSeconds.toFixed(1)} s, peak ${build.peakRssMB} MB`);
  console.error(`    of which validation ${phases.validateSeconds} s, Astro build ${phases.astroSeconds} s`);
  if (embeds) console.error(`    ${embeds}`);
  console.error(`  ${result.pages} pages, ${result.pagesPerSecond} pages/s, output ${result.outputMB} MB, CSS ${kb(result.sharedCssGzip)} gzip`);
  console.error('  type        pages  HTML median / max    page total median / max (largest)');
  for (const s of result.byType) {
    console.error(`  ${s.type.padEnd(10)} ${String(s.pages).padStart(6)}  ${kb(s.htmlMedian).padStart(8)} / ${kb(s.htmlMax).padEnd(9)}  ${kb(s.totalMedian).padStart(8)} / ${kb(s.totalMax)} (${s.maxPath})`);
  }
  return result;
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const results: DatasetBench[] = [];
console.error(`Máy / machine: ${cpus().length} cores, ${Math.round(totalmem() / 1073741824)} GB, Node ${process.version}`);
if (only !== 'stress') results.push(await benchDataset('real', resolve('data'), resolve('tmp/bench-dist-real')));
if (only !== 'real') {
  const gen = await run(['scripts/generate-stress.ts', '--out', 'tmp/stress-data'], {});
  console.error(`\nstress data generated in ${gen.wallSeconds.toFixed(1)} s`);
  results.push(await benchDataset('stress', resolve('tmp/stress-data'), resolve('tmp/bench-dist-stress')));
  // The same without embed files and PNGs (31,000 charts on this data): pages and search alone.
  results.push(await benchDataset('stress-pages-only', resolve('tmp/stress-data'), resolve('tmp/bench-dist-stress'), { NO_EMBEDS: '1' }));
}
mkdirSync('bench-results', { recursive: true });
const out = { date: new Date().toISOString(), node: process.version, cores: cpus().length, results };
writeFileSync('bench-results/latest.json', JSON.stringify(out, null, 2) + '\n');
console.error('\nĐã ghi / written: bench-results/latest.json');
