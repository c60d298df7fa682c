/**
 * Writes every chart's embed files under `outDir` (a folder laid out like dist/; the integration
 * moves `outDir/nhung` into the site). Each chart's text files are queued for writing (Node's
 * thread pool) and its PNG card for drawing, two at a time (resvg and zlib work in the thread pool
 * too), so files, PNGs and the next chart's strings overlap.
 *
 * Local rebuilds can reuse PNGs from a cache keyed by the exact PNG card SVG (`cacheDir`, under
 * node_modules/.cache/); the build never needs it. A cached PNG is touched when used and removed
 * after CACHE_DAYS unused, so builds of other data (the tests' small build) do not evict each other.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ChartOutput } from '../../present/charts/types.ts';
import { chartFiles, type BuildContext, type ChartFiles } from './chart-files.ts';
import { embedCss, embedCssPath } from './css.ts';
import { homeHref } from './home.ts';
import { PINNED_MANIFEST_PATH, RESIZE_SCRIPT_PATH } from '../../site/urls.ts';
import { embedFacts, type EmbedFacts } from './facts.ts';
import { buildArchive, pinFor, type PinManifest } from './pinned.ts';
import { FONT_FILES } from './font-files.ts';
import { PngThread } from './png-thread.ts';
import { HOST_SCRIPT } from './resize.ts';

export interface GenerateOptions {
  png: boolean;
  cacheDir?: string;
  /** PNG worker threads (default 2: one per core of the CI runners). */
  concurrency?: number;
}

export interface GenerateStats {
  charts: number;
  files: number;
  pngs: number;
  pngCached: number;
  /** Milliseconds spent building pages and text files; drawing PNGs (summed over workers); from the generator's start to its end. */
  textMs: number;
  pngMs: number;
  totalMs: number;
}

const CACHE_DAYS = 3;

/** Changes with the fonts, and by hand when the PNG pipeline changes in a way the card SVG does not show. */
const CACHE_SALT = (() => {
  const h = createHash('sha256').update('png-2');
  for (const f of FONT_FILES) h.update(readFileSync(f));
  return h.digest('hex');
})();

/**
 * `to` as a hard link to `from`, false when `from` does not exist. A link writes no data (pinned
 * pages are the latest page; on a data commit ~30,000 of 31,000 stress PNGs come from the cache);
 * no file here is ever modified in place, so sharing is safe.
 */
function shareFile(from: string, to: string): boolean {
  try {
    linkSync(from, to);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'EEXIST') return true; // a cache entry another build wrote: same key, same bytes
    // File systems without hard links (or with a link limit): a copy serves the same bytes.
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK', 'EXDEV'].includes(code ?? '')) throw e;
    copyFileSync(from, to);
    return true;
  }
}

/**
 * Plain synchronous writes: on the 2-core runners 20,000 small files cost ~3 s of system time
 * written one by one and ~5 s through the thread pool (measured), and the pool is for resvg.
 */
class Writer {
  private dirs = new Set<string>();
  count = 0;
  private root: string;
  constructor(root: string) {
    this.root = root;
  }
  private file(sitePath: string): string {
    const file = join(this.root, sitePath);
    const dir = dirname(file);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    return file;
  }
  write(sitePath: string, data: string | Uint8Array): void {
    writeFileSync(this.file(sitePath), data);
    this.count++;
  }
  /** `sitePath` as a hard link to the already written `targetPath` (a copy where links fail). */
  link(sitePath: string, targetPath: string): void {
    if (!shareFile(join(this.root, targetPath), this.file(sitePath))) throw new Error(`embed files: ${targetPath} was not written`);
    this.count++;
  }
}

class PngQueue {
  /** Jobs not yet taken, from `head` on: Array#shift on 30,000 queued jobs copies the rest each time. */
  private jobs: (ChartFiles['png'] | undefined)[] = [];
  private head = 0;
  private closed = false;
  private waiting: (() => void)[] = [];
  drawn = 0;
  cached = 0;
  /** Summed time of the PNG workers drawing and encoding. */
  drawMs = 0;
  readonly finished: Promise<void>;
  private root: string;
  private cacheDir: string | undefined;
  constructor(root: string, cacheDir: string | undefined, threads: number) {
    this.root = root;
    this.cacheDir = cacheDir;
    if (cacheDir) mkdirSync(cacheDir, { recursive: true });
    // Two lanes per thread: while one lane's PNG comes back and is written, the other's card is
    // already in the thread's queue (png-thread.ts).
    const workers = Array.from({ length: threads }, () => new PngThread());
    const lanes = workers.flatMap((w) => [this.drawAll(w), this.drawAll(w)]);
    this.finished = Promise.allSettled(lanes)
      .then(async (settled) => {
        await Promise.all(workers.map((w) => w.close()));
        const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
        if (failed) throw failed.reason;
      })
      .then(() => this.prune());
  }
  push(job: ChartFiles['png']): void {
    this.jobs.push(job);
    this.waiting.shift()?.();
  }
  close(): void {
    this.closed = true;
    for (const wake of this.waiting.splice(0)) wake();
  }
  private async next(): Promise<ChartFiles['png'] | undefined> {
    while (this.head === this.jobs.length && !this.closed) await new Promise<void>((r) => this.waiting.push(r));
    if (this.head === this.jobs.length) return undefined;
    const job = this.jobs[this.head];
    this.jobs[this.head++] = undefined; // let the SVG go
    if (this.head === this.jobs.length) {
      this.jobs = [];
      this.head = 0;
    }
    return job;
  }
  private async drawAll(worker: PngThread): Promise<void> {
    for (let job = await this.next(); job; job = await this.next()) {
      const target = join(this.root, job.path);
      mkdirSync(dirname(target), { recursive: true });
      const cached = this.cacheDir ? join(this.cacheDir, `${createHash('sha256').update(CACHE_SALT).update(String(job.width)).update(job.svg).digest('hex').slice(0, 32)}.png`) : '';
      if (cached && shareFile(cached, target)) {
        const now = new Date();
        utimesSync(cached, now, now); // used: kept by prune()
        this.cached++;
        continue;
      }
      const { bytes, ms } = await worker.draw({ svg: job.svg, width: job.width });
      this.drawMs += ms;
      writeFileSync(target, bytes);
      if (cached) shareFile(target, cached);
      this.drawn++;
    }
  }
  private prune(): void {
    if (!this.cacheDir) return;
    const old = Date.now() - CACHE_DAYS * 86_400_000;
    for (const name of readdirSync(this.cacheDir)) {
      const file = join(this.cacheDir, name);
      if (statSync(file).mtimeMs < old) rmSync(file, { force: true });
    }
  }
}

/**
 * Takes charts one by one (as pages print them) and writes their files at once; `finish()` writes
 * the pinned-version manifest and the resize script, then waits for the last PNG.
 */
export class EmbedGenerator {
  private writer: Writer;
  private pngs: PngQueue | undefined;
  private archive = buildArchive();
  private manifest: PinManifest = { format: 1, charts: {} };
  private ctx: Omit<BuildContext, 'illustrative'>;
  private started = performance.now();
  private textMs = 0;
  constructor(outDir: string, ctx: Omit<BuildContext, 'illustrative'>, opts: GenerateOptions) {
    this.writer = new Writer(outDir);
    this.ctx = ctx;
    if (opts.png) this.pngs = new PngQueue(outDir, opts.cacheDir, opts.concurrency ?? 2);
  }

  get count(): number {
    return Object.keys(this.manifest.charts).length;
  }

  /** A chart already added (the same map is on several pages) is skipped. */
  add(chart: ChartOutput, illustrative: boolean, facts: EmbedFacts = embedFacts(chart)): void {
    if (this.manifest.charts[chart.id]) return;
    const t = performance.now();
    const pin = pinFor(chart, this.archive, this.ctx, facts.hash);
    this.manifest.charts[chart.id] = pin;
    const files = chartFiles(chart, homeHref(chart.id), pin, { ...this.ctx, illustrative }, facts.height);
    for (const [path, text] of files.text) this.writer.write(path, text);
    for (const [path, target] of files.links) this.writer.link(path, target);
    this.pngs?.push(files.png);
    this.textMs += performance.now() - t;
  }

  async finish(): Promise<GenerateStats> {
    this.pngs?.close();
    const ids = Object.keys(this.manifest.charts).sort();
    const sorted: PinManifest = { format: 1, charts: Object.fromEntries(ids.map((id) => [id, this.manifest.charts[id]!])) };
    this.writer.write(PINNED_MANIFEST_PATH, `${JSON.stringify(sorted, null, 1)}\n`);
    this.writer.write(RESIZE_SCRIPT_PATH, HOST_SCRIPT);
    this.writer.write(embedCssPath(), embedCss());
    await this.pngs?.finished;
    const pngs = this.pngs ? this.pngs.drawn + this.pngs.cached : 0;
    return {
      charts: ids.length,
      files: this.writer.count + pngs,
      pngs,
      pngCached: this.pngs?.cached ?? 0,
      textMs: this.textMs,
      pngMs: this.pngs?.drawMs ?? 0,
      totalMs: performance.now() - this.started,
    };
  }
}
