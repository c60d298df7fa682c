/**
 * The built Pagefind bundle (dist/pagefind/) loaded in Node, for the bench and the tests:
 * the same pagefind.js and WebAssembly the browser runs. Files are read from disk through a
 * fetch shim that answers only for a private origin, which also records every byte a query
 * downloads (the first-query weight).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PagefindApi } from './engine.ts';
import { RANKING } from './options.ts';

const ORIGIN = 'http://pagefind.invalid';

export interface Download {
  path: string;
  /** Bytes on the wire: Pagefind's index, fragment and wasm files are already gzip-compressed. */
  bytes: number;
}

export interface NodePagefind {
  pagefind: PagefindApi;
  /** Files fetched since the instance was created. */
  downloads: Download[];
  destroy(): Promise<void>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindApi & { options(o: Record<string, unknown>): Promise<void>; destroy(): Promise<void> };
}

const roots = new Map<string, { dir: string; downloads: Download[] }>();
let installed = false;

function installFetchShim(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = async (input: string | URL | Request, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    if (url.origin !== ORIGIN) return realFetch(input, init);
    const [, id, ...rest] = url.pathname.split('/');
    const root = roots.get(id ?? '');
    if (!root) return new Response('no such bundle', { status: 404 });
    const path = rest.join('/');
    try {
      const bytes = readFileSync(join(root.dir, path));
      root.downloads.push({ path, bytes: bytes.length });
      return new Response(bytes, { status: 200 });
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
}

let counter = 0;

/**
 * A fresh Pagefind instance over `bundleDir` (nothing cached: its first search downloads what a
 * visitor's first search downloads), with the site's ranking settings unless others are given.
 */
export async function loadPagefind(bundleDir: string, ranking: object = RANKING): Promise<NodePagefind> {
  installFetchShim();
  const id = `b${++counter}`;
  const downloads: Download[] = [];
  roots.set(id, { dir: bundleDir, downloads });
  const mod = (await import(pathToFileURL(join(bundleDir, 'pagefind.js')).href)) as PagefindModule;
  const instance = mod.createInstance({ basePath: `${ORIGIN}/${id}/`, baseUrl: '/', noWorker: true });
  await instance.options({ ranking });
  return {
    pagefind: instance,
    downloads,
    async destroy() {
      await instance.destroy();
      roots.delete(id);
    },
  };
}
