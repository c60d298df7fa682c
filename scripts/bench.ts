/**
 * `npm run bench [-- --only real|stress|history]`: speed, memory and weight figures, printed and
 * written to bench-results/latest.json. Figures, not pass/fail: timing belongs here, not in tests.
 *
 * Builds, each cold (no previous output, no PNG cache) unless said otherwise:
 * - real: the default data, everything (pages, search index, embed files, PNGs);
 * - real-no-png: the same without drawing PNGs (NO_PNG=1);
 * - stress: the illustrative data (3,321 communes × 8 indicators × 5 years, 31,000 charts), everything;
 * - stress-data-commit: then one province's latest figures change (its 2025 rows withdrawn) and the
 *   site is rebuilt with the PNG cache of the build before, as the deploy workflow does on a data commit;
 * - stress-no-png: the stress data without drawing PNGs;
 * - history: the changelog of a generated history of 500 data commits (scripts/bench-history.ts).
 * The bars they are compared with are printed at the end (barLines).
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { dirSize, listHtml, measurePage, summarise, type TypeSummary } from './lib/page-weight.ts';
import { measurePageBars, pageBarLines, type PageBars } from './lib/page-bars.ts';
import { benchData, dataBarLines, type DataBench } from './lib/bench-data.ts';

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
  /** From the build's "Nhúng / embeds" line: PNGs drawn and taken from the cache. */
  pngs: { drawn: number; cached: number } | undefined;
  pages: number;
  pagesPerSecond: number;
  outputMB: number;
  /** Page weights, measured on the runs that build pages different from the one before. */
  sharedCssGzip?: number;
  byType?: TypeSummary[];
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface BenchOptions {
  env?: NodeJS.ProcessEnv;
  /** Measure every page's weight (a minute on the stress output); the same pages need it once. */
  weights?: boolean;
}

/**
 * Each run builds into its own new folder under OUT; the folders of the previous bench are deleted
 * only when this one has finished. On this machine's ext4 (no journal), creating files right after
 * deleting ~190,000 others is slow: the kernel skips recently freed inodes one by one (perf:
 * recently_deleted, find_inode_bit). A stress build after deleting the previous stress output took
 * 120 s where the same build took 56 s without; a fresh clone deletes nothing first.
 */
const OUT = resolve('tmp/bench-out');
const outFor = (name: string) => resolve(OUT, name);

async function benchDataset(name: string, dataDir: string, outDir: string, opts: BenchOptions = {}): Promise<DatasetBench> {
  console.error(`\n— ${name}: ${dataDir}`);
  const validation = await run(['scripts/validate.ts', dataDir], {});
  console.error(`  validation: ${validation.wallSeconds.toFixed(2)} s, ${validation.peakRssMB} MB`);
  // As on a fresh clone or the deploy's runner: no previous output (outDir is new); no PNG cache unless the run sets one.
  const build = await run(['scripts/build.ts', '--out', outDir], { DATA_DIR: dataDir, NO_PNG_CACHE: '1', ...opts.env });
  if (build.exitCode !== 0) throw new Error(`${name}: build failed`);
  // "Xong / done: kiểm tra 0.7 s, xây dựng 25.1 s, tổng 25.8 s"
  const phase = /kiểm tra ([\d.]+) s, xây dựng ([\d.]+) s/.exec(build.stderr);
  const phases = { validateSeconds: Number(phase?.[1] ?? NaN), astroSeconds: Number(phase?.[2] ?? NaN) };
  const embeds = /Nhúng \/ embeds: .*/.exec(build.stderr)?.[0];
  // "… 31268 PNG (0 từ bộ nhớ đệm) …"
  const png = embeds ? /(\d+) PNG \((\d+) từ bộ nhớ đệm\)/.exec(embeds) : null;
  const files = listHtml(outDir);
  const result: DatasetBench = {
    dataset: name,
    dataDir,
    validation: { wallSeconds: validation.wallSeconds, peakRssMB: validation.peakRssMB, exitCode: validation.exitCode },
    build: { wallSeconds: build.wallSeconds, peakRssMB: build.peakRssMB, exitCode: build.exitCode },
    phases,
    pngs: png ? { drawn: Number(png[1]) - Number(png[2]), cached: Number(png[2]) } : undefined,
    pages: files.length,
    pagesPerSecond: Math.round(files.length / build.wallSeconds),
    outputMB: Math.round(dirSize(outDir) / 1048576),
  };
  console.error(`  whole build (validate + pages + embeds + search index): ${build.wallSeconds.toFixed(1)} s, peak ${build.peakRssMB} MB`);
  console.error(`    of which validation ${phases.validateSeconds} s, Astro build ${phases.astroSeconds} s`);
  if (embeds) console.error(`    ${embeds}`);
  console.error(`  ${result.pages} pages, ${result.pagesPerSecond} pages/s, output ${result.outputMB} MB`);
  if (opts.weights !== false) {
    const weights = files.map((f) => measurePage(outDir, f));
    result.sharedCssGzip = Math.max(...weights.map((w) => w.cssGzip));
    result.byType = summarise(weights);
    console.error(`  shared CSS ${kb(result.sharedCssGzip)} gzip`);
    console.error('  type        pages  HTML median / max    page total median / max (largest)');
    for (const s of result.byType) {
      console.error(`  ${s.type.padEnd(10)} ${String(s.pages).padStart(6)}  ${kb(s.htmlMedian).padStart(8)} / ${kb(s.htmlMax).padEnd(9)}  ${kb(s.totalMedian).padStart(8)} / ${kb(s.totalMax)} (${s.maxPath})`);
    }
  }
  return result;
}

/**
 * A data commit on the stress data: a copy in which one province's file loses its latest year's
 * figures (as when a province withdraws or replaces them). Its communes' charts, its own and the
 * national maps and rankings of that year change; every other chart stays as it was.
 */
function stressCommit(from: string, to: string): string {
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const dir = resolve(to, 'observations');
  const file = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort()[0]!;
  const lines = readFileSync(resolve(dir, file), 'utf8').split(/\r?\n/);
  const year = lines[0]!.split(',').indexOf('year');
  const years = lines.slice(1).map((l) => Number(l.split(',')[year])).filter(Number.isFinite);
  const latest = String(Math.max(...years));
  // Stress files have no quoted commas before the year column (generate-stress.ts writes them).
  const kept = lines.filter((l, i) => i === 0 || l.split(',')[year] !== latest);
  writeFileSync(resolve(dir, file), kept.join('\n'));
  console.error(`\ndata commit: ${file} without its ${latest} rows (${lines.length - kept.length} rows)`);
  return to;
}

/** The changelog on a generated history of 500 data commits (scripts/bench-history.ts). */
interface HistoryBench {
  commits: number;
  releases: number;
  seconds: number;
  cpuSeconds: number;
}

async function benchHistory(): Promise<HistoryBench | undefined> {
  console.error('\n— history: 500 generated data commits');
  const res = await run(['scripts/bench-history.ts', '--commits', '500'], {});
  process.stderr.write(res.stderr.replace(/^/gm, '  '));
  // "… 486 commit đọc, 301 lần cập nhật, … — 2.31 s (CPU 2.05 s)"
  const m = /(\d+) commit đọc, (\d+) lần cập nhật.* — ([\d.]+) s \(CPU ([\d.]+) s\)/.exec(res.stderr);
  return m ? { commits: Number(m[1]), releases: Number(m[2]), seconds: Number(m[3]), cpuSeconds: Number(m[4]) } : undefined;
}

/** The bars of the issues beside the figures of this run (a run with --only lacks some). */
function barLines(results: DatasetBench[], pages?: PageBars, history?: HistoryBench): string[] {
  const by = new Map(results.map((r) => [r.dataset, r]));
  const s = (name: string) => {
    const r = by.get(name);
    return r ? `${r.build.wallSeconds.toFixed(1)} s` : '—';
  };
  const page = (type: string, field: 'htmlMax' | 'totalMax', dataset = 'real') => {
    const t = by.get(dataset)?.byType?.find((x) => x.type === type);
    return t ? kb(t[field]) : '—';
  };
  const commit = by.get('stress-data-commit')?.pngs;
  return [
    '',
    'Mục tiêu / bars (figures above; every build cold unless said):',
    `  real, whole build incl. PNGs ≤ 45 s (#6): ${s('real')}`,
    `  real, whole build ≤ 30 s (#2, #3): ${s('real')} with PNGs, ${s('real-no-png')} without drawing PNGs`,
    `  real, peak memory ≤ 1.5 GB (#2): ${by.get('real')?.build.peakRssMB ?? '—'} MB`,
    `  stress, whole build ≤ 90 s (#2, #3): ${s('stress')} cold with PNGs; ${s('stress-data-commit')} after a data commit` +
      (commit ? ` (${commit.drawn} PNGs drawn, ${commit.cached} from the cache)` : '') +
      `; ${s('stress-no-png')} cold without drawing PNGs`,
    `  validation ≤ 3 s (#2): real ${by.get('real')?.validation.wallSeconds.toFixed(2) ?? '—'} s, stress ${by.get('stress')?.validation.wallSeconds.toFixed(2) ?? '—'} s`,
    `  commune page ≤ 20 KB gzip HTML (#2): max ${page('commune', 'htmlMax')} real, ${page('commune', 'htmlMax', 'stress')} stress; shared CSS ≤ 10 KB: ${by.get('real')?.sharedCssGzip !== undefined ? kb(by.get('real')!.sharedCssGzip!) : '—'}`,
    `  page with everything it loads (#3): commune ≤ 40 KB ${page('commune', 'totalMax')}, province ≤ 120 KB ${page('province', 'totalMax')}, national ≤ 150 KB ${page('national', 'totalMax')} (real data)`,
    `  compare page ≤ 60 KB gzip before its data (#17): ${page('compare', 'totalMax')} (HTML, CSS and JavaScript; then the API files of the places compared)`,
    ...pageBarLines(pages),
    `  changelog, 500 data commits of history ≤ 5 s (#16): ${history ? `${history.seconds.toFixed(2)} s (CPU ${history.cpuSeconds.toFixed(2)} s; ${history.commits} commits read, ${history.releases} releases)` : '—'}`,
  ];
}

const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const results: DatasetBench[] = [];
console.error(`Máy / machine: ${cpus().length} cores, ${Math.round(totalmem() / 1073741824)} GB, Node ${process.version}`);
const previous = `${OUT}-old-${Date.now()}`;
if (existsSync(OUT)) renameSync(OUT, previous);
mkdirSync(OUT, { recursive: true });
let pageBars: PageBars | undefined;
if (only !== 'stress' && only !== 'history') {
  results.push(await benchDataset('real', resolve('data'), outFor('real')));
  console.error('\n— page bars on the real build (Chromium at 390 and 320 px, Lighthouse)');
  pageBars = await measurePageBars(outFor('real'));
  results.push(await benchDataset('real-no-png', resolve('data'), outFor('real-no-png'), { env: { NO_PNG: '1' }, weights: false }));
}
if (only !== 'real' && only !== 'history') {
  const gen = await run(['scripts/generate-stress.ts', '--out', 'tmp/stress-data'], {});
  console.error(`\nstress data generated in ${gen.wallSeconds.toFixed(1)} s`);
  const cache = outFor('png-cache');
  // The cold build fills a cache of its own, as the deploy workflow's build does.
  results.push(await benchDataset('stress', resolve('tmp/stress-data'), outFor('stress'), { env: { NO_PNG_CACHE: '0', PNG_CACHE_DIR: cache } }));
  const commit = stressCommit(resolve('tmp/stress-data'), resolve('tmp/stress-data-commit'));
  results.push(await benchDataset('stress-data-commit', commit, outFor('stress-data-commit'), { env: { NO_PNG_CACHE: '0', PNG_CACHE_DIR: cache }, weights: false }));
  results.push(await benchDataset('stress-no-png', resolve('tmp/stress-data'), outFor('stress-no-png'), { env: { NO_PNG: '1' }, weights: false }));
}
// The data path: validations, a 10,000-row workbook, the browser check on the real build.
let data: DataBench | undefined;
if (!only || only === 'real') {
  console.error('\n— data path (validation, workbook, browser check)');
  data = await benchData({ dist: outFor('real'), work: outFor('data') });
}
const history = !only || only === 'history' ? await benchHistory() : undefined;
for (const line of [...barLines(results, pageBars, history), ...dataBarLines(data)]) console.error(line);
mkdirSync('bench-results', { recursive: true });
const out = { date: new Date().toISOString(), node: process.version, cores: cpus().length, results, pageBars, history, data };
writeFileSync('bench-results/latest.json', JSON.stringify(out, null, 2) + '\n');
console.error('\nĐã ghi / written: bench-results/latest.json');
// Now, after every timed build (see OUT).
rmSync(previous, { recursive: true, force: true });
console.error(`Kết quả xây dựng / outputs: ${OUT}/<run>`);
