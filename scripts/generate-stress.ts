/**
 * `npm run stress:generate [-- --out tmp/stress-data] [-- --years 2021-2025]`
 *
 * Writes an ILLUSTRATIVE dataset for tests and benchmarks: a copy of data/ (real figures kept)
 * plus generated results for every current commune and province × the main indicators × each year.
 * Its dataset.json says `"illustrative": true`, so every page built from it shows "dữ liệu minh họa".
 * It is written outside data/ (default tmp/, ignored by git) and must never be published as real.
 * Deterministic: the same inputs give the same bytes.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDataset } from '../src/lib/data/load-dataset.ts';
import type { Indicator, Place } from '../src/lib/data/model.ts';
import { mulberry32, seedOf } from './lib/random.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const SOURCE_ID = 'du-lieu-minh-hoa';

const csvCell = (v: string | number): string => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** A plausible, clearly fake trajectory: a start level and a yearly drift, with some declines. */
function series(ind: Indicator, place: Place, years: number[]): number[] {
  const r = mulberry32(seedOf(`${place.key}|${ind.id}`));
  if (ind.unit === 'percent') {
    let v = 30 + r() * 50;
    const drift = -1 + r() * 5;
    return years.map(() => {
      const out = Math.round(Math.min(100, Math.max(0, v)) * 10) / 10;
      v += drift + (r() - 0.5) * 3;
      return out;
    });
  }
  if (ind.unit === 'vnd_per_person' || ind.unit === 'vnd') {
    let v = 10000 + r() * 40000;
    const drift = 0.02 + r() * 0.1;
    return years.map(() => {
      const out = Math.round(v / 100) * 100;
      v *= 1 + drift + (r() - 0.5) * 0.05;
      return out;
    });
  }
  let v = 50 + r() * 2000;
  return years.map(() => {
    const out = Math.round(v);
    v *= 1 + (r() - 0.3) * 0.1;
    return out;
  });
}

export function generateStress(dataDir: string, outDir: string, years: number[]): { rows: number; files: number } {
  const { model, problems } = loadDataset(dataDir);
  if (!model) {
    throw new Error(`The source data in ${dataDir} is not valid (${problems.filter((p) => p.severity === 'error').length} errors): run npm run validate`);
  }
  if (existsSync(outDir)) rmSync(outDir, { recursive: true });
  mkdirSync(outDir, { recursive: true });
  for (const part of ['admin', 'indicators', 'sources', 'observations', 'geo']) {
    if (existsSync(join(dataDir, part))) cpSync(join(dataDir, part), join(outDir, part), { recursive: true });
  }
  // An extract of the admin lists (the small test data set) stays one: its totals are not the official ones.
  const adminExtract = (JSON.parse(readFileSync(join(dataDir, 'dataset.json'), 'utf8')) as { adminExtract?: boolean }).adminExtract === true;
  writeFileSync(join(outDir, 'dataset.json'), JSON.stringify({ name: 'Dữ liệu minh họa (sinh tự động, không phải số liệu thật)', illustrative: true, ...(adminExtract ? { adminExtract } : {}) }, null, 2) + '\n');
  writeFileSync(
    join(outDir, 'sources', 'du-lieu-minh-hoa.csv'),
    'id,type,title,number,issuer,publisher,date,url,language,note\n' +
      `${SOURCE_ID},report,Dữ liệu minh họa sinh tự động — không phải số liệu thật,,,,,,vi,Sinh bởi scripts/generate-stress.ts để thử nghiệm và đo hiệu năng; không bao giờ công bố như số liệu thật\n`,
  );

  const main = model.indicators.filter((i) => i.main);
  const header = 'place_level,place_code,place_name,indicator,kind,year,value,qualifier,basis,numerator,denominator,source,plan,quote,note\n';
  let rows = 0;
  let files = 0;
  for (const province of model.provinces) {
    const lines: string[] = [];
    const units: Place[] = [province, ...(model.communesByProvince.get(province.key) ?? [])];
    for (const place of units) {
      for (const ind of main) {
        const values = series(ind, place, years);
        years.forEach((year, i) => {
          const basis = ind.group === 'models' ? 'recognised' : '';
          lines.push(
            [place.level, place.code, place.fullName, ind.id, 'result', year, values[i]!, '', basis, '', '', SOURCE_ID, '', 'Dữ liệu minh họa, không có trích dẫn thật', 'Dữ liệu minh họa']
              .map(csvCell)
              .join(','),
          );
          rows++;
        });
      }
    }
    writeFileSync(join(outDir, 'observations', `minh-hoa-${province.code}.csv`), header + lines.join('\n') + '\n');
    files++;
  }
  return { rows, files };
}

if (import.meta.main) {
  const dataDir = resolve(arg('data', 'data'));
  const outDir = resolve(arg('out', 'tmp/stress-data'));
  const [from, to] = arg('years', '2021-2025').split('-').map(Number) as [number, number];
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const started = performance.now();
  const { rows, files } = generateStress(dataDir, outDir, years);
  console.error(`Dữ liệu minh họa: ${rows} dòng trong ${files} tệp → ${outDir} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
