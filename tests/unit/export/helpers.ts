/** Shared by the export tests: the datasets, loaded once per file, and the published files built from them. */
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { bulkTables, type BulkTable } from '../../../src/lib/outputs/export/bulk.ts';
import { toCsv } from '../../../src/lib/outputs/export/csv.ts';
import { dataPackage, type PackageFile } from '../../../src/lib/outputs/export/datapackage.ts';

export const DATASETS = {
  real: resolve('data'),
  small: resolve('tests/fixtures/datasets/small'),
} as const;

const models = new Map<string, Model>();
export function model(dir: string): Model {
  let m = models.get(dir);
  if (!m) {
    const res = loadDataset(dir);
    if (!res.model) throw new Error(`dataset ${dir} does not load`);
    m = res.model;
    models.set(dir, m);
  }
  return m;
}

export const pageUrl = (path: string): string => `https://example.org/xhht${path}`;

export interface Built {
  model: Model;
  tables: BulkTable[];
  files: PackageFile[];
  descriptor: Record<string, unknown>;
}

export function build(dir: string): Built {
  const m = model(dir);
  const tables = bulkTables(m, { pageUrl });
  const enc = new TextEncoder();
  const files = tables.map((table) => ({ table, path: `${table.name}.csv`, bytes: enc.encode(toCsv(table.fields, table.rows)) }));
  const descriptor = dataPackage(files, { version: '0a21a09', created: '2026-11-23T08:00:00Z', homepage: 'https://example.org/xhht/', illustrative: m.dataset.illustrative });
  return { model: m, tables, files, descriptor };
}

/** Parses published CSV bytes as a reader would: BOM stripped, header row, every cell a string. */
export function parseCsv(bytes: Uint8Array): { header: string[]; rows: string[][] } {
  const text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  const res = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const all = res.data.filter((r, i) => !(i === res.data.length - 1 && r.length === 1 && r[0] === ''));
  if (res.errors.length) throw new Error(JSON.stringify(res.errors.slice(0, 3)));
  return { header: all[0]!, rows: all.slice(1) };
}
