/**
 * The stylesheet of embed pages: the site's colour variables (the `:root` rules of
 * src/styles/site.css, light and dark), the chart styles (src/styles/charts.css, which carry the
 * dark and forced-colour rules of the SVGs) and embed.css — a few KB instead of the site's CSS.
 * Read from the source files so the palette has one home.
 *
 * One file for all embed pages, named by its content (/nhung/css/<hash>.css): a host page with
 * several charts loads it once, 31,000 embed pages of a full data set do not each carry 5 KB of it,
 * and a pinned page keeps the stylesheet it was published with (the archive keeps every one,
 * archive.ts), while a new stylesheet gets a new name and no cache serves a stale one.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EMBED_ROOT } from '../../site/urls.ts';

const read = (rel: string): string => readFileSync(new URL(rel, import.meta.url), 'utf8');

/** Comments and line breaks out, runs of spaces folded: good enough for hand-written CSS. */
export function minifyCss(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

/** The `:root { … }` blocks of site.css: the light palette and its dark-mode media query. */
export function paletteRules(siteCss: string): string {
  const light = /:root\s*\{[^}]*\}/.exec(siteCss);
  const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{\s*:root\s*\{[^}]*\}\s*\}/.exec(siteCss);
  if (!light || !dark) throw new Error('embed: src/styles/site.css no longer starts with the :root colour variables (light and dark)');
  return `${light[0]}\n${dark[0]}`;
}

let cached: string | undefined;

export function embedCss(): string {
  cached ??= minifyCss([paletteRules(read('../../../styles/site.css')), read('../../../styles/charts.css'), read('./embed.css')].join('\n'));
  return cached;
}

export const EMBED_CSS_DIR = `/${EMBED_ROOT}/css`;

let cachedPath: string | undefined;

/** Site path of the stylesheet file (no base): /nhung/css/<first 12 hex of its SHA-256>.css */
export function embedCssPath(): string {
  cachedPath ??= `${EMBED_CSS_DIR}/${createHash('sha256').update(embedCss()).digest('hex').slice(0, 12)}.css`;
  return cachedPath;
}
