/**
 * The folders of src/lib are layers, in the order data flows (src/lib/README.md):
 *   site, text → data → model → present → page-models → outputs
 * A module may import its own layer or an earlier one, never a later one, and the folders never
 * import each other in a circle. Type-only imports count too: a type from a later layer is a
 * dependency on it all the same.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('src/lib');
export const LAYERS: Record<string, number> = { site: 0, text: 0, data: 1, model: 2, present: 3, 'page-models': 4, outputs: 5 };

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) files(full, out);
    else if (/\.(ts|mts)$/.test(name)) out.push(full);
  }
  return out;
}

const SPEC = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g;
const folderOf = (file: string): string => relative(LIB, file).split('/')[0]!;

function edges(): { from: string; to: string; file: string; spec: string }[] {
  const out: { from: string; to: string; file: string; spec: string }[] = [];
  for (const file of files(LIB)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(SPEC)) {
      const target = resolve(dirname(file), m[1]!);
      if (!target.startsWith(LIB + '/')) continue; // src/i18n and assets sit below every layer
      const from = folderOf(file);
      const to = folderOf(target);
      if (from !== to) out.push({ from, to, file: relative(LIB, file), spec: m[1]! });
    }
  }
  return out;
}

describe('layers of src/lib', () => {
  it('has only the known layer folders', () => {
    const folders = readdirSync(LIB).filter((n) => statSync(join(LIB, n)).isDirectory());
    expect(folders.filter((f) => !(f in LAYERS))).toEqual([]);
  });

  it('never imports from a later layer', () => {
    const upward = edges()
      .filter((e) => LAYERS[e.to]! > LAYERS[e.from]!)
      .map((e) => `${e.file} → ${e.spec}`);
    expect(upward).toEqual([]);
  });

  it('has no cycle between folders', () => {
    const graph = new Map<string, Set<string>>();
    for (const e of edges()) (graph.get(e.from) ?? graph.set(e.from, new Set()).get(e.from)!).add(e.to);
    const cycles: string[] = [];
    const visit = (node: string, path: string[]) => {
      for (const next of graph.get(node) ?? []) {
        if (path.includes(next)) cycles.push([...path.slice(path.indexOf(next)), next].join(' → '));
        else visit(next, [...path, next]);
      }
    };
    for (const node of graph.keys()) visit(node, [node]);
    expect(cycles).toEqual([]);
  });
});

describe('the environment', () => {
  it('is read in src/lib/site/env.ts only', () => {
    const readers: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(ts|astro|mdx|mjs)$/.test(name) && /process\.env|import\.meta\.env/.test(readFileSync(full, 'utf8'))) readers.push(relative(resolve('.'), full));
      }
    };
    walk(resolve('src'));
    expect(readers).toEqual(['src/lib/site/env.ts']);
  });
});

function sourceFiles(dir: string, pattern: RegExp, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) sourceFiles(full, pattern, out);
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

describe('components and layouts', () => {
  // They print page models: the model, its queries and the configuration are read in page-models/
  // (or, for files beyond the page, outputs/), never in a component. Type imports are fine.
  const READS = /^\s*import\s+(?!type\b)[^;]*?from\s+['"][^'"]*\/lib\/(data\/site-model|site\/config|model\/)[^'"]*['"]/gm;
  it('never read the model or the configuration themselves', () => {
    const readers: string[] = [];
    for (const file of [...sourceFiles(resolve('src/components'), /\.astro$/), ...sourceFiles(resolve('src/layouts'), /\.astro$/)]) {
      for (const m of readFileSync(file, 'utf8').matchAll(READS)) readers.push(`${relative(resolve('.'), file)}: ${m[0].trim()}`);
    }
    expect(readers).toEqual([]);
  });
});

describe('file size', () => {
  it('keeps every file of src/ within 300 lines', () => {
    const long = sourceFiles(resolve('src'), /\.(ts|mts|astro|mdx|css)$/)
      .map((f) => ({ file: relative(resolve('.'), f), lines: readFileSync(f, 'utf8').split('\n').length }))
      .filter((f) => f.lines > 300)
      .map((f) => `${f.file}: ${f.lines}`);
    expect(long).toEqual([]);
  });
});
