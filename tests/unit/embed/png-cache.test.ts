/**
 * The PNG cache between builds (generate.ts): a rebuild takes every unchanged chart's PNG from the
 * cache, as a hard link, with the same bytes; a changed chart is drawn again.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbedGenerator } from '../../../src/lib/outputs/embed/generate.ts';
import { catalogue, CTX, DATASETS } from './helpers.ts';

const root = mkdtempSync(join(tmpdir(), 'xhht-png-cache-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function pngsUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.png')).sort();
}

describe('PNG cache', () => {
  const { charts } = catalogue(DATASETS.small);
  const some = charts.slice(0, 6);
  const cacheDir = join(root, 'cache');
  const build = async (name: string, list = some) => {
    const gen = new EmbedGenerator(join(root, name), { version: CTX.version, date: CTX.date }, { png: true, cacheDir, concurrency: 1 });
    for (const c of list) gen.add(c, false);
    return gen.finish();
  };

  it('draws every PNG once, then links them from the cache with the same bytes', async () => {
    const first = await build('a');
    expect(first).toMatchObject({ pngs: some.length, pngCached: 0 });
    expect(readdirSync(cacheDir)).toHaveLength(some.length);
    const second = await build('b');
    expect(second).toMatchObject({ pngs: some.length, pngCached: some.length });
    const files = pngsUnder(join(root, 'b'));
    expect(files).toEqual(pngsUnder(join(root, 'a')));
    for (const f of files) {
      expect(readFileSync(join(root, 'b', f))).toEqual(readFileSync(join(root, 'a', f)));
      expect(statSync(join(root, 'b', f)).nlink).toBeGreaterThanOrEqual(2); // shared with the cache, not copied
    }
  });

  it('draws a chart whose card changed', async () => {
    const changed = some.map((c, i) => (i === 0 ? { ...c, title: `${c.title} (sửa)` } : c));
    const third = await build('c', changed);
    expect(third).toMatchObject({ pngs: some.length, pngCached: some.length - 1 });
  });
});
