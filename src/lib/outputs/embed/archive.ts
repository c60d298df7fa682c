/**
 * The archive of pinned embed pages (README.md in this folder, "Pinned embeds"), as file
 * operations on two folders: the archive (a checkout of the `embed-archive` branch) and the built
 * site. scripts/archive-embeds.ts adds the git around it.
 *
 * Archive layout:
 *   manifest.json                           chart id → { hash, version, date } last published
 *   phien-ban/<version>/<chart id>.html     every pinned page ever published, never changed
 *   css/<hash>.css                          every embed stylesheet a pinned page may name (css.ts)
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { EMBED_CSS_DIR } from './css.ts';
import { NEWER_MARK, newerNotice } from './page.ts';
import { EMBED_ROOT, PINNED_MANIFEST_PATH, PINNED_ROOT } from '../../site/urls.ts';
import { ARCHIVE_MANIFEST, readArchiveManifest, type PinManifest } from './pinned.ts';

/** The archive's folder of embed stylesheets. */
export const ARCHIVE_CSS = 'css';

export interface ArchiveResult {
  /** Pinned pages of this build copied into the archive. */
  added: number;
  /** Older pinned pages copied into the site, each with the "newer data" notice. */
  restored: number;
}

/**
 * Stylesheets are named by their content: each side gets the other's it lacks, so every archived
 * pinned page finds the stylesheet it was published with.
 */
function syncStylesheets(siteCss: string, archiveCss: string): void {
  const names = (dir: string) => new Set(existsSync(dir) ? readdirSync(dir).filter((n) => n.endsWith('.css')) : []);
  const site = names(siteCss);
  const archive = names(archiveCss);
  for (const [from, to, have, lack] of [[siteCss, archiveCss, site, archive], [archiveCss, siteCss, archive, site]] as const) {
    for (const name of have) {
      if (lack.has(name)) continue;
      mkdirSync(to, { recursive: true });
      copyFileSync(join(from, name), join(to, name));
    }
  }
}

/** Every `<version>/<chart id>` under a phien-ban folder (one `.html` file each). */
export function pinnedPages(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.html')) out.push(relative(root, join(dir, e.name.slice(0, -'.html'.length))).split(sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The notice's link, relative so it works under any base path: from
 * /nhung/phien-ban/<version>/<id>.html up to /nhung/<id>.html (the latest embed), or to the site's
 * home when the chart is no longer published.
 */
export function latestLink(versionAndId: string, stillPublished: boolean): string {
  const [, ...id] = versionAndId.split('/');
  const up = '../'.repeat(versionAndId.split('/').length);
  return stillPublished ? `${up}${id.join('/')}.html` : `${up}../`;
}

/** An archived page as the site serves it once its chart has changed. */
export function markNewer(html: string, link: string): string {
  if (!html.includes(NEWER_MARK)) throw new Error('embed archive: a pinned page without the notice mark');
  return html.replace(NEWER_MARK, newerNotice(link));
}

/**
 * 1. copies this build's pinned pages that the archive lacks into it;
 * 2. copies every archived page the build did not write into the site, marked "newer data"
 *    (the build writes each chart's page at its current pinned version, so an archived page it did
 *    not write belongs to a chart whose content has changed since, or that is gone);
 * 3. gives each side the embed stylesheets it lacks;
 * 4. updates the archive's manifest with this build's.
 */
export function updateArchive(archiveDir: string, distDir: string): ArchiveResult {
  const siteRoot = join(distDir, EMBED_ROOT, PINNED_ROOT);
  const archiveRoot = join(archiveDir, PINNED_ROOT);
  const current = JSON.parse(readFileSync(join(distDir, PINNED_MANIFEST_PATH), 'utf8')) as PinManifest;
  const built = new Set(pinnedPages(siteRoot));
  const archived = new Set(pinnedPages(archiveRoot));
  let added = 0;
  let restored = 0;
  for (const page of built) {
    if (archived.has(page)) continue;
    const target = join(archiveRoot, `${page}.html`);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(join(siteRoot, `${page}.html`), target);
    added++;
  }
  for (const page of archived) {
    if (built.has(page)) continue;
    const id = page.split('/').slice(1).join('/');
    const target = join(siteRoot, `${page}.html`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, markNewer(readFileSync(join(archiveRoot, `${page}.html`), 'utf8'), latestLink(page, id in current.charts)));
    restored++;
  }
  syncStylesheets(join(distDir, EMBED_CSS_DIR), join(archiveDir, ARCHIVE_CSS));
  const old = readArchiveManifest(archiveDir);
  const merged: PinManifest = { format: 1, charts: { ...old.charts, ...current.charts } };
  const ids = Object.keys(merged.charts).sort();
  writeFileSync(join(archiveDir, ARCHIVE_MANIFEST), `${JSON.stringify({ format: 1, charts: Object.fromEntries(ids.map((id) => [id, merged.charts[id]])) }, null, 1)}\n`);
  return { added, restored };
}
