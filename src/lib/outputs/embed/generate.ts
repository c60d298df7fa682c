/**
 * Writes every chart's embed files under `outDir` (a folder laid out like dist/; the integration
 * moves `outDir/nhung` into the site) as the pages print the charts: embed pages, pinned pages
 * (hard links), oEmbed JSON, SVG and CSV downloads, then the manifest of pinned versions, the
 * resize script and the shared stylesheet.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { linkOrCopy } from '../link-or-copy.ts';
import { dirname, join } from 'node:path';
import type { ChartOutput } from '../../present/charts/types.ts';
import { chartFiles, type BuildContext } from './chart-files.ts';
import { embedCss, embedCssPath } from './css.ts';
import { homeHref } from './home.ts';
import { PINNED_MANIFEST_PATH, RESIZE_SCRIPT_PATH } from '../../site/urls.ts';
import { embedFacts, type EmbedFacts } from './facts.ts';
import { buildArchive, pinFor, type PinManifest } from './pinned.ts';
import { HOST_SCRIPT } from './resize.ts';

export interface GenerateStats {
  charts: number;
  files: number;
  /** Milliseconds spent building pages and text files; from the generator's start to its end. */
  textMs: number;
  totalMs: number;
}

/**
 * Plain synchronous writes: on the 2-core runners 20,000 small files cost ~3 s of system time
 * written one by one and ~5 s through the thread pool (measured).
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
    linkOrCopy(join(this.root, targetPath), this.file(sitePath));
    this.count++;
  }
}

/**
 * Takes charts one by one (as pages print them) and writes their files at once; `finish()` writes
 * the pinned-version manifest, the resize script and the stylesheet.
 */
export class EmbedGenerator {
  private writer: Writer;
  private archive = buildArchive();
  private manifest: PinManifest = { format: 1, charts: {} };
  private ctx: Omit<BuildContext, 'illustrative'>;
  private started = performance.now();
  private textMs = 0;
  constructor(outDir: string, ctx: Omit<BuildContext, 'illustrative'>) {
    this.writer = new Writer(outDir);
    this.ctx = ctx;
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
    this.textMs += performance.now() - t;
  }

  finish(): GenerateStats {
    const ids = Object.keys(this.manifest.charts).sort();
    const sorted: PinManifest = { format: 1, charts: Object.fromEntries(ids.map((id) => [id, this.manifest.charts[id]!])) };
    this.writer.write(PINNED_MANIFEST_PATH, `${JSON.stringify(sorted, null, 1)}\n`);
    this.writer.write(RESIZE_SCRIPT_PATH, HOST_SCRIPT);
    this.writer.write(embedCssPath(), embedCss());
    return { charts: ids.length, files: this.writer.count, textMs: this.textMs, totalMs: performance.now() - this.started };
  }
}
