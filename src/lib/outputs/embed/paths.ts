/**
 * Where a chart's embed page and files live. Every path here is a site path without the base
 * (`href()` adds it for links, `absoluteUrl()` for code pasted on other sites):
 *
 *   /nhung/<chart id>.html                     embed page, always the latest data
 *   /nhung/<chart id>.oembed.json              oEmbed (type "rich")
 *   /nhung/<chart id>.png|.svg|.csv            downloads (saved as <slug>.png…, slug: the id with "/" → "-")
 *   /nhung/phien-ban/<version>/<chart id>.html pinned embed page of one data version
 *   /nhung/phien-ban/manifest.json             chart id → pinned version (read by scripts/archive-embeds.ts)
 *   /nhung/nhung.js                            the optional resize script for host pages
 *
 * Files, not a folder per chart: 3,321 locators share /nhung/locator/. Creating ~8,000 folders and
 * a file in each cost five times the system time of the same files in shared folders (measured on
 * the 2-core runners, where the build's system time had tripled).
 * Chart ids never start with "phien-ban" (src/lib/present/charts/ids.ts), so the two trees cannot meet.
 */
import { href } from '../../site/urls.ts';

export const EMBED_ROOT = 'nhung';
export const PINNED_ROOT = 'phien-ban';
export const RESIZE_SCRIPT_PATH = `/${EMBED_ROOT}/nhung.js`;
export const PINNED_MANIFEST_PATH = `/${EMBED_ROOT}/${PINNED_ROOT}/manifest.json`;

export type DownloadKind = 'png' | 'svg' | 'csv';

const SAFE_ID = /^[a-z]+(\/[A-Za-z0-9_-]+)+$/;
const SAFE_VERSION = /^[A-Za-z0-9._-]{1,64}$/;

/** Ids and versions become folder names: anything else is a bug, never a path to write. */
export function checkId(id: string): string {
  if (!SAFE_ID.test(id) || id.startsWith(`${PINNED_ROOT}/`)) throw new Error(`embed: chart id "${id}" cannot be a path`);
  return id;
}

export function checkVersion(version: string): string {
  if (!SAFE_VERSION.test(version) || version === '.' || version === '..') throw new Error(`embed: data version "${version}" cannot be a path`);
  return version;
}

/** "map/provinces/x/2024" → "map-provinces-x-2024": the name a downloaded file is saved under. */
export const fileSlug = (id: string): string => checkId(id).replace(/\//g, '-');

const chartFile = (id: string, ext: string): string => `/${EMBED_ROOT}/${checkId(id)}.${ext}`;
export const embedPath = (id: string): string => chartFile(id, 'html');
export const pinnedPath = (version: string, id: string): string => `/${EMBED_ROOT}/${PINNED_ROOT}/${checkVersion(version)}/${checkId(id)}.html`;
export const oembedPath = (id: string): string => chartFile(id, 'oembed.json');
export const downloadName = (id: string, kind: DownloadKind): string => `${fileSlug(id)}.${kind}`;
export const downloadPath = (id: string, kind: DownloadKind): string => chartFile(id, kind);

/** Absolute URL of a site path, base included: what other sites paste. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(href(path), site).href;
}
