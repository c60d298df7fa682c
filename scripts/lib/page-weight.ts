/**
 * Page weight as a reader on a slow network pays it: gzip size of the HTML and of every
 * same-site file it loads before interaction (stylesheets, scripts, images), measured on dist/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export type PageType = 'national' | 'province' | 'commune' | 'indicator' | 'source' | 'region' | 'compare' | 'embed' | 'other';

export interface PageWeight {
  path: string;
  type: PageType;
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  otherGzip: number;
  totalGzip: number;
}

const gzCache = new Map<string, number>();
export function gzipSize(file: string): number {
  let n = gzCache.get(file);
  if (n === undefined) {
    n = gzipSync(readFileSync(file), { level: 9 }).length;
    gzCache.set(file, n);
  }
  return n;
}

export function pageType(path: string): PageType {
  if (path === 'index.html') return 'national';
  const first = path.split('/')[0];
  if (first === 'tinh' && path !== 'tinh/index.html') return 'province';
  if (first === 'xa') return 'commune';
  if (first === 'chi-tieu' && path !== 'chi-tieu/index.html') return 'indicator';
  if (first === 'van-ban' && path !== 'van-ban/index.html') return 'source';
  if (first === 'cum-thi-dua') return 'region';
  // Its data (the API files of the places compared) comes after: measured "before its data".
  if (path === 'so-sanh/index.html') return 'compare';
  if (first === 'nhung') return 'embed';
  return 'other';
}

export function listHtml(dir: string, root = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) {
      if (name !== 'pagefind' && name !== '_astro') out.push(...listHtml(full, root));
    } else if (name.endsWith('.html')) out.push(relative(root, full).split(sep).join('/'));
  }
  return out;
}

/** Same-site assets referenced by the HTML that the browser loads before any interaction. */
function assets(html: string): string[] {
  const out = new Set<string>();
  const re = /<(?:link[^>]+rel="?stylesheet"?[^>]*href|script[^>]+src|img[^>]+src)="?([^"\s>]+)"?/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    const url = m[1]!;
    if (!/^(https?:)?\/\//.test(url) && !url.startsWith('data:')) out.add(url.split('#')[0]!.split('?')[0]!);
  }
  return [...out];
}

/**
 * A script and the modules it imports (statically: loaded before it runs; with `dynamic`, also
 * those it may import later, as the header search box does on first use). Vite writes relative
 * specifiers ("./render.CW6ra2rv.js"), resolved next to the importing file.
 */
export function moduleClosure(file: string, dynamic = false, seen = new Set<string>()): string[] {
  if (seen.has(file) || !existsSync(file)) return [...seen];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const specifiers = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.\.?\/[^"'`]+)["'`]/g)].map((m) => m[1]!);
  if (dynamic) specifiers.push(...[...code.matchAll(/import\(\s*["'`](\.\.?\/[^"'`]+)["'`]\s*\)/g)].map((m) => m[1]!));
  for (const spec of specifiers) moduleClosure(join(file, '..', spec), dynamic, seen);
  return [...seen];
}

export function measurePage(dist: string, path: string, base = '/'): PageWeight {
  const file = join(dist, path);
  const html = readFileSync(file, 'utf8');
  const w: PageWeight = { path, type: pageType(path), htmlGzip: gzipSize(file), cssGzip: 0, jsGzip: 0, otherGzip: 0, totalGzip: 0 };
  const scripts: string[] = [];
  for (const url of assets(html)) {
    const rel = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
    const f = url.startsWith('/') ? join(dist, rel) : join(dist, path, '..', url);
    if (!existsSync(f)) continue;
    if (f.endsWith('.css')) w.cssGzip += gzipSize(f);
    else if (f.endsWith('.js') || f.endsWith('.mjs')) scripts.push(...moduleClosure(f));
    else w.otherGzip += gzipSize(f);
  }
  for (const f of new Set(scripts)) w.jsGzip += gzipSize(f);
  w.totalGzip = w.htmlGzip + w.cssGzip + w.jsGzip + w.otherGzip;
  return w;
}

export function dirSize(dir: string): number {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    const st = statSync(full);
    n += st.isDirectory() ? dirSize(full) : st.size;
  }
  return n;
}

export interface TypeSummary {
  type: PageType;
  pages: number;
  htmlMedian: number;
  htmlMax: number;
  totalMedian: number;
  totalMax: number;
  maxPath: string;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : 0;
};

export function summarise(weights: PageWeight[]): TypeSummary[] {
  const byType = new Map<PageType, PageWeight[]>();
  for (const w of weights) byType.set(w.type, [...(byType.get(w.type) ?? []), w]);
  return [...byType.entries()].map(([type, list]) => {
    const max = list.reduce((a, b) => (b.totalGzip > a.totalGzip ? b : a));
    return {
      type,
      pages: list.length,
      htmlMedian: median(list.map((w) => w.htmlGzip)),
      htmlMax: Math.max(...list.map((w) => w.htmlGzip)),
      totalMedian: median(list.map((w) => w.totalGzip)),
      totalMax: max.totalGzip,
      maxPath: max.path,
    };
  });
}
