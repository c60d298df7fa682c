/**
 * Mistakes that only show on the whole data set (official totals, the crosswalk, boundaries) or on
 * the disk (a folder, a broken link, a FIFO where a file should be), each applied alone to a fresh
 * copy of the real data: validation stops with the file named, and never hangs or throws.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { formatProblem } from '../../../src/lib/data/report.ts';

const work = mkdtempSync(join(tmpdir(), 'xhht-mistakes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const GEO = resolve('data/geo');
let n = 0;

/** A fresh copy of data/ (boundaries apart: they are read from data/geo unless a case copies them). */
function fresh(): string {
  const dir = join(work, `data-${n++}`);
  cpSync(resolve('data'), dir, { recursive: true, filter: (src) => !src.includes(`${join('data', 'geo')}`) });
  return dir;
}

function check(dir: string, geoDir = GEO) {
  const res = loadDataset(dir, dir, geoDir);
  const errors = res.problems.filter((p) => p.severity === 'error');
  return { ...res, errors, report: errors.map(formatProblem).join('\n\n') };
}

describe('a fresh copy of the real data', () => {
  it('is valid, boundaries included', () => {
    const { errors, model } = check(fresh());
    expect(errors).toEqual([]);
    expect(model?.communes).toHaveLength(3321);
  });
});

describe.each([
  ['a commune list copied short', 'admin/communes-2025-07-01.csv', (t: string) => t.split('\n').slice(0, 3000).join('\n') + '\n', 'admin.total'],
  ['a crosswalk with only its header', 'admin/crosswalk-communes-2025-07-01.csv', (t: string) => t.split('\n')[0] + '\n', 'admin.not-placed'],
  ['a province crosswalk with only its header', 'admin/crosswalk-provinces-2025-07-01.csv', (t: string) => t.split('\n')[0] + '\n', 'admin.not-placed'],
  ['a crosswalk share other than full or partial', 'admin/crosswalk-communes-2025-07-01.csv', (t: string) => t.replace(',partial,', ',Partial (một phần),'), 'cell.enum'],
  ['a cluster whose source is not declared', 'admin/regions.csv', (t: string) => t.replace('baothanhhoa-271646', 'bao-khong-co'), 'ref.unknown-source'],
] as const)('%s', (_name, file, mutate, code) => {
  it('stops validation with the file named', () => {
    const dir = fresh();
    writeFileSync(join(dir, file), mutate(readFileSync(join(dir, file), 'utf8')));
    const { errors, model } = check(dir);
    expect(model).toBeUndefined();
    expect(errors.map((e) => e.code)).toContain(code);
    expect(errors.find((e) => e.code === code)!.file).toContain(file.split('/').pop()!.replace('.csv', ''));
  });
});

describe('boundaries', () => {
  it.each([
    ['a header-only mapping file', 'former-provinces/geoBoundaries_VNM_ADM1_to_gso_province_code.csv', (t: string) => t.split('\n')[0] + '\n'],
    ['a province file without one commune', 'communes-by-province/01.topo.json', (t: string) => t.replace('"00004"', '"99999"')],
    ['a damaged TopoJSON file', 'provinces-2025.topo.json', (t: string) => t.slice(0, 1000)],
    ['a prepared map without one commune', 'prepared/communes/01.topo.json', (t: string) => t.replace('"id":"00004"', '"id":"99999"')],
    ['a damaged prepared map', 'prepared/provinces.topo.json', (t: string) => t.slice(0, 500)],
  ])('%s stops validation, naming the file', (_name, file, mutate) => {
    const geo = join(work, `geo-${n++}`);
    cpSync(GEO, geo, { recursive: true });
    writeFileSync(join(geo, file), mutate(readFileSync(join(geo, file), 'utf8')));
    const { errors } = check(fresh(), geo);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.some((e) => e.file.endsWith(file))).toBe(true);
  });
});

describe('what sits where a data file should be', () => {
  it.each([
    ['a folder', (p: string) => (unlinkSync(p), mkdirSync(p)), 'file.not-a-file'],
    ['a broken link', (p: string) => (unlinkSync(p), symlinkSync('/nonexistent/file.csv', p)), 'file.broken-link'],
    ['a FIFO', (p: string) => (unlinkSync(p), execFileSync('mkfifo', [p])), 'file.not-a-file'],
  ] as const)('%s gets a clear message, no stack trace and no hang', (_name, make, code) => {
    for (const rel of ['observations/published-figures.csv', 'admin/provinces-2025-07-01.csv']) {
      const dir = fresh();
      make(join(dir, rel));
      const { errors } = check(dir);
      expect(errors.find((e) => e.code === code)?.file, rel).toContain(rel);
    }
  });

  it('an .ods file in observations/ is reported, not skipped', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'observations', 'tinh-86.ods'), 'PK');
    expect(check(dir).errors.map((e) => e.code)).toContain('file.not-a-file');
  });
});

describe('a 6 MB cell', () => {
  it('is checked in well under a second and printed once, cut', () => {
    const dir = fresh();
    const file = join(dir, 'observations', 'published-figures.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const cells = lines[1]!.split(',');
    cells[2] = 'x'.repeat(6_000_000); // place_name
    lines[1] = cells.join(',');
    writeFileSync(file, lines.join('\n'));
    const started = performance.now();
    const { errors, report } = check(dir, '');
    const ms = performance.now() - started;
    expect(errors.length).toBeGreaterThan(0);
    expect(report.length).toBeLessThan(20_000);
    expect(ms).toBeLessThan(4000); // the whole real data set; the cell's own share is far smaller
  });

  it('reaches the command line without a stack trace', () => {
    const dir = fresh();
    const header = readFileSync(join(dir, 'sources', 'articles.csv'), 'utf8').split('\n')[0];
    writeFileSync(join(dir, 'sources', 'long.csv'), `${header}\nbai-dai,article,${'y'.repeat(6_000_000)},,,,,https://example.org/dai,vi,\n`);
    const res = spawnSync(process.execPath, [resolve('scripts/validate.ts'), dir], { encoding: 'utf8', timeout: 60_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).not.toMatch(/\n\s+at \S+ \(/);
    expect(res.stderr.length).toBeLessThan(5_000);
    expect(res.stderr).toMatch(/Tìm thấy \d+ lỗi/);
  });
});
