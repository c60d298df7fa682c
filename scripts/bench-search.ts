/**
 * `npm run bench:search [-- --site dist] [-- --data data] [-- --out tmp/bench-search.json]`
 *
 * Measures search on a built site, the way the search page runs it (src/lib/outputs/search/engine.ts):
 * 1. indexes the site again with the build's own function, timing it and sampling the Pagefind
 *    process's peak memory (VmHWM);
 * 2. runs, against that index, every way of typing a place in scripts/lib/search-forms.ts (with or
 *    without diacritics and type words, commas, district and/or province, current or former
 *    names) for a sample of the held-out half of current and former communes;
 * 3. reports hit@1 and hit@3 of the right page per form (for a former commune: any unit it went
 *    into; for nonsense, no result at all), index size, and what a visitor's first query
 *    downloads (gzip). Forms: scripts/lib/search-forms.ts and search-forms-spelling.ts.
 * `--split tune|heldout|all` (default heldout), `--seed N` (default 2), `--sample N|all` (default
 * 1000 per form), `--only TEXT` (forms whose name contains TEXT), `--depth N` (results re-ranked).
 * Failures are listed in the JSON report for inspection. `--ranking '{"metaWeights":{…}}'` tries
 * other Pagefind ranking settings (merged over src/lib/outputs/search/options.ts) without rebuilding.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadDataset } from '../src/lib/data/load-dataset.ts';
import type { Model } from '../src/lib/data/model.ts';
import { buildSearchIndex } from '../src/lib/outputs/search/build-index.ts';
import { runSearch } from '../src/lib/outputs/search/engine.ts';
import { loadPagefind } from '../src/lib/outputs/search/node-pagefind.ts';
import { RANKING, RERANK_DEPTH, SUGGEST_DEPTH } from '../src/lib/outputs/search/options.ts';
import { moduleClosure } from './lib/page-weight.ts';
import { bareNameForms, buildForms, type Case, type Split } from './lib/search-forms.ts';
import { joinedForms, nonsenseForm } from './lib/search-forms-spelling.ts';

/** The issue's bars: hit@3 for every way of typing a place, and what a first search downloads. */
const BAR = 0.98;
const FIRST_QUERY_BAR = 150 * 1024;

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const siteDir = resolve(arg('site', 'dist'));
const dataDir = resolve(arg('data', process.env.DATA_DIR ?? 'data'));
const outFile = resolve(arg('out', 'tmp/bench-search.json'));
const BASE = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const tried = JSON.parse(arg('ranking', '{}')) as Partial<typeof RANKING>;
const ranking = { ...RANKING, ...tried, metaWeights: { ...RANKING.metaWeights, ...tried.metaWeights } };

// ---- 1. indexing time and peak memory --------------------------------------------------------

/** Peak resident memory (kB) of this process's children whose name contains "pagefind". */
function childPeakKb(): number {
  let peak = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      if (!/^PPid:\s+(\d+)$/m.test(status) || Number(/^PPid:\s+(\d+)$/m.exec(status)![1]) !== process.pid) continue;
      if (!/^Name:.*pagefind/m.test(status)) continue;
      peak = Math.max(peak, Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1] ?? 0));
    } catch {
      // the process ended between listing and reading
    }
  }
  return peak;
}

function dirSize(dir: string): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const s = statSync(full);
    if (s.isDirectory()) {
      const sub = dirSize(full);
      files += sub.files;
      bytes += sub.bytes;
    } else {
      files++;
      bytes += s.size;
    }
  }
  return { files, bytes };
}

if (!existsSync(join(siteDir, 'index.html'))) {
  console.error(`Không thấy trang đã xây dựng trong ${siteDir}. Chạy npm run build trước.\nNo built site in ${siteDir}: run npm run build first.`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'bench-search-'));
const bundle = join(work, 'pagefind');
console.error(`1/3 Lập chỉ mục lại / re-indexing ${siteDir}`);
let peakKb = 0;
const sampler = setInterval(() => (peakKb = Math.max(peakKb, childPeakKb())), 20);
const indexed = await buildSearchIndex(siteDir, bundle);
clearInterval(sampler);
const indexSize = dirSize(join(bundle, 'index'));
const fragmentSize = dirSize(join(bundle, 'fragment'));
const metaFile = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!;

// ---- 2. queries --------------------------------------------------------------------------------

const { model } = loadDataset(dataDir);
if (!model) {
  console.error(`Dữ liệu trong ${dataDir} không hợp lệ: chạy npm run validate.\nThe data in ${dataDir} is invalid: run npm run validate.`);
  process.exit(1);
}
const m: Model = model;

const split = arg('split', 'heldout') as Split;
const seed = Number(arg('seed', '2'));
const sampleArg = arg('sample', '1000');
const sampleSize: number | 'all' = sampleArg === 'all' ? 'all' : Number(sampleArg);
const formOptions = { split, seed, sample: sampleSize };
const forms = [...buildForms(m, formOptions), ...joinedForms(m, formOptions), ...bareNameForms(m, formOptions), nonsenseForm(m, formOptions)];
const only = arg('only', '');
const depth = Number(arg('depth', String(RERANK_DEPTH)));
const sets: Record<string, Case[]> = Object.fromEntries(forms.filter((f) => f.name.includes(only)).map((f) => [f.name, f.cases]));
const bars = new Set(forms.filter((f) => f.bar).map((f) => f.name));

interface SetResult {
  queries: number;
  hit1: number;
  hit3: number;
  /** Right page not among the first RERANK_DEPTH Pagefind results (re-ranking cannot help). */
  beyondDepth: number;
  /** Counted against the bar (hit@3 ≥ 98 %). */
  bar: boolean;
  failures: { query: string; expected: string[]; got: string[] }[];
  ms: number;
}

console.error(`2/3 Truy vấn / querying (${Object.values(sets).reduce((n, s) => n + s.length, 0)} queries)`);
const { pagefind, destroy } = await loadPagefind(bundle, ranking);
const report: Record<string, SetResult> = {};
for (const [name, cases] of Object.entries(sets)) {
  const started = performance.now();
  const r: SetResult = { queries: cases.length, hit1: 0, hit3: 0, beyondDepth: 0, bar: bars.has(name), failures: [], ms: 0 };
  for (const c of cases) {
    const out = await runSearch(pagefind, c.query, {}, depth);
    const urls = out.hits.map((h) => h.url.replace(/#.*$/, ''));
    // Nonsense is answered right by nothing at all.
    const rank = c.none ? (urls.length ? -1 : 0) : urls.findIndex((u) => c.expected.includes(u));
    if (rank === 0) r.hit1++;
    if (rank >= 0 && rank < 3) r.hit3++;
    if (rank < 0) r.beyondDepth++;
    if (rank !== 0 && r.failures.length < 300) r.failures.push({ query: c.query, expected: c.expected, got: urls.slice(0, 3) });
  }
  r.ms = performance.now() - started;
  report[name] = r;
}
await destroy();

// ---- 3. first-query weight ---------------------------------------------------------------------

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
/** Scripts a page's HTML loads, with their imports (and, with `dynamic`, what they import on use). */
function scriptsOf(page: string, only: RegExp, dynamic: boolean): { files: string[]; bytes: number } {
  const html = readFileSync(join(siteDir, page), 'utf8');
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((x) => x[1]!).filter((src) => only.test(src));
  const files = [...new Set(entries.flatMap((src) => moduleClosure(join(siteDir, src.replace(BASE, '')), dynamic)))];
  return { files, bytes: files.reduce((n, f) => n + gz(f), 0) };
}
const FIRST_QUERIES = ['quang vinh sam son', 'sapa', 'daklak', 'xyzqw', 'tan phu dong nai', 'xã tân phú, tỉnh đồng nai', 'Xã Quảng Tiên Thị xã Ba Đồn', 'P.5, Q.3, TP.HCM', 'Hà Nội', '1373/QĐ-TTg'];
/** Two ways to a first search: the search page, and the header box of any page (its suggestions). */
const ENTRIES = {
  'search page': { scripts: scriptsOf('tim-kiem/index.html', /SearchPage|HeaderSearch/, false), depth: RERANK_DEPTH },
  'header box': { scripts: scriptsOf('index.html', /HeaderSearch/, true), depth: SUGGEST_DEPTH },
};
const firstQuery: Record<string, Record<string, { bytes: number; files: number; byKind: Record<string, number> }>> = {};
const pagefindJs = gz(join(bundle, 'pagefind.js'));
for (const q of FIRST_QUERIES) {
  firstQuery[q] = {};
  for (const [entry, { scripts, depth: d }] of Object.entries(ENTRIES)) {
    const fresh = await loadPagefind(bundle, ranking);
    await runSearch(fresh.pagefind, q, {}, d);
    const byKind: Record<string, number> = { 'pagefind.js': pagefindJs, 'site scripts': scripts.bytes };
    for (const dl of fresh.downloads) {
      const kind = dl.path.startsWith('index/') ? 'index chunks' : dl.path.startsWith('fragment/') ? 'fragments' : dl.path.startsWith('filter/') ? 'filters' : dl.path.replace(/\?.*$/, '').replace(/_[0-9a-f]+\./, '.');
      byKind[kind] = (byKind[kind] ?? 0) + dl.bytes;
    }
    firstQuery[q][entry] = { bytes: Object.values(byKind).reduce((a, b) => a + b, 0), files: fresh.downloads.length + 1 + scripts.files.length, byKind };
    await fresh.destroy();
  }
}

const summary = {
  split,
  seed,
  sample: sampleSize,
  site: siteDir,
  pages: indexed.pageCount,
  indexing: { seconds: indexed.ms / 1000, peakRssMb: peakKb / 1024 },
  index: {
    chunks: indexSize.files,
    chunkBytes: indexSize.bytes,
    fragments: fragmentSize.files,
    fragmentBytes: fragmentSize.bytes,
    metaBytes: statSync(join(bundle, metaFile)).size,
    wasmBytes: statSync(join(bundle, 'wasm.unknown.pagefind')).size,
  },
  ranking,
  rerankDepth: depth,
  sets: report,
  firstQuery,
};
mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, JSON.stringify(summary, null, 2));
rmSync(work, { recursive: true, force: true });

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
console.log(`\nTìm kiếm / search — ${indexed.pageCount} trang / pages`);
console.log(`Lập chỉ mục / indexing: ${(indexed.ms / 1000).toFixed(1)} s, bộ nhớ đỉnh Pagefind / peak RSS ${(peakKb / 1024).toFixed(0)} MB`);
console.log(`Chỉ mục / index: ${indexSize.files} chunks ${kb(indexSize.bytes)}, meta ${kb(summary.index.metaBytes)}, wasm ${kb(summary.index.wasmBytes)}, ${fragmentSize.files} fragments ${kb(fragmentSize.bytes)}`);
console.log(`Truy vấn / queries: ${split === 'heldout' ? 'nửa giữ lại / held-out half' : split} of the places, seed ${seed}, ${sampleSize} per form`);
for (const [name, r] of Object.entries(report)) {
  const mark = r.bar ? (r.hit3 / r.queries >= BAR ? '✔' : '✖') : ' ';
  console.log(`${mark} ${name}: ${r.queries} queries, hit@1 ${pct(r.hit1 / r.queries)}, hit@3 ${pct(r.hit3 / r.queries)}, not in first results: ${r.beyondDepth}, ${(r.ms / r.queries).toFixed(1)} ms/query`);
}
console.log(`(✔/✖: hit@3 ≥ ${pct(BAR)}; forms without a mark are not bars: a bare name cannot say which commune of that name is meant)`);
for (const [q, entries] of Object.entries(firstQuery)) {
  for (const [entry, w] of Object.entries(entries)) {
    const mark = w.bytes <= FIRST_QUERY_BAR ? '✔' : '✖';
    console.log(`${mark} Truy vấn đầu / first query "${q}" (${entry}): ${kb(w.bytes)} gzip in ${w.files} files — ${Object.entries(w.byKind).map(([k, v]) => `${k} ${kb(v)}`).join(', ')}`);
  }
}
console.log(`Chi tiết / details: ${outFile}`);
