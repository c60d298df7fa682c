/**
 * `npm run geo:prepare`: writes data/geo/prepared/ from the boundary files of data/geo/ (see
 * data/README.md and scripts/lib/geo/prepare.ts). Run it after changing a boundary file or a map
 * size (FRAME_SPECS); tests/unit/charts/geo-prepared.test.ts fails until then. Same inputs, same
 * bytes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PREPARED_DIR, prepareAll } from './lib/geo/prepare.ts';

const geoDir = resolve('data/geo');
const outDir = join(geoDir, PREPARED_DIR);
const started = performance.now();
const files = prepareAll(geoDir);

function listed(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(outDir, join(e.parentPath, e.name)));
  } catch {
    return [];
  }
}

for (const old of listed(outDir)) if (!files.has(old)) rmSync(join(outDir, old));
let bytes = 0;
let gzip = 0;
for (const [path, text] of files) {
  mkdirSync(dirname(join(outDir, path)), { recursive: true });
  writeFileSync(join(outDir, path), text);
  bytes += Buffer.byteLength(text);
  gzip += gzipSync(text).length;
}
console.log(
  `${files.size} tệp / files → ${relative(process.cwd(), outDir)}/ (${(bytes / 1024).toFixed(0)} KB, ${(gzip / 1024).toFixed(0)} KB gzip) ` +
    `trong / in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
