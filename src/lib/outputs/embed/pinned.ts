/**
 * Pinned embeds: which data version a chart's "cố định phiên bản này" URL names.
 *
 * A chart's pinned version is the first data version that published its current content
 * (`contentHash`). Without an archive (local builds, tests, the first deploy) that is this build's
 * version. In the deploy workflow the `embed-archive` branch is checked out first and
 * EMBED_ARCHIVE points at it: a chart whose content equals the archived one keeps the archived
 * version, so an unchanged chart keeps one pinned URL across data commits and the archive grows
 * only with charts that changed (README.md in this folder).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ChartOutput } from '../../present/charts/types.ts';
import { checkVersion } from '../../site/urls.ts';
import { siteConfig } from '../../site/config.ts';

export interface PinEntry {
  /** `contentHash` of the chart at that version. */
  hash: string;
  version: string;
  /** ISO date of the build that first published it. */
  date: string;
}

/** What /nhung/phien-ban/manifest.json and the archive's manifest.json hold. */
export interface PinManifest {
  format: 1;
  charts: Record<string, PinEntry>;
}

/**
 * The data a reader sees, without the drawing: title, summary, legend words, table, source, notes.
 * The SVG is left out on purpose: a rendering change (a font, a simplified border) is not new data,
 * and a pinned embed keeps the drawing it was pinned with.
 */
export function contentHash(chart: ChartOutput): string {
  const data = [chart.id, chart.title, chart.summary, chart.legend.map((l) => l.label), chart.table, chart.sourceLine, chart.credit ?? '', chart.notes];
  return createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 16);
}

export const ARCHIVE_MANIFEST = 'manifest.json';

/** The archive's manifest (EMBED_ARCHIVE or `dir`), or an empty one when there is no archive yet. */
export function readArchiveManifest(dir = siteConfig().embedArchive): PinManifest {
  if (!dir) return { format: 1, charts: {} };
  const file = join(resolve(dir), ARCHIVE_MANIFEST);
  if (!existsSync(file)) return { format: 1, charts: {} };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as PinManifest;
  if (parsed.format !== 1 || typeof parsed.charts !== 'object') throw new Error(`embed archive: ${file} is not a manifest of format 1`);
  return parsed;
}

export interface BuildVersion {
  version: string;
  date: string;
}

/** The pinned version of a chart: the archived one when its content is unchanged, else this build's. */
export function pinFor(chart: ChartOutput, archive: PinManifest, build: BuildVersion, hash = contentHash(chart)): PinEntry {
  const old = archive.charts[chart.id];
  if (old && old.hash === hash) return { hash, version: checkVersion(old.version), date: old.date };
  return { hash, version: checkVersion(build.version), date: build.date };
}

let cached: PinManifest | undefined;

/** The archive manifest of this build, read once (pages and the embed generator share it). */
export function buildArchive(): PinManifest {
  return (cached ??= readArchiveManifest());
}
