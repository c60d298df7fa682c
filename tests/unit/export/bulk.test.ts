/**
 * The bulk tables hold every row of data/: counted against the model and against the raw CSV
 * files read independently (papaparse, not the site's loader), for the real data and the fixture.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { allPlaces, rowObject, tableJson, type BulkTable } from '../../../src/lib/outputs/export/bulk.ts';
import { looksLikeFormula } from '../../../src/lib/outputs/export/csv.ts';
import { build, DATASETS, parseCsv } from './helpers.ts';

/** Non-empty data rows of a raw CSV file, as objects keyed by header (NFC). */
function raw(file: string): Record<string, string>[] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').normalize('NFC');
  const res = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: 'greedy' });
  return res.data;
}
const rawFolder = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv'))
    .map((f) => ({ file: join(dir, f), rows: raw(join(dir, f)) }));

const table = (tables: BulkTable[], name: string) => tables.find((t) => t.name === name)!;
const column = (t: BulkTable, name: string) => {
  const j = t.fields.findIndex((f) => f.name === name);
  if (j < 0) throw new Error(`no column ${name} in ${t.name}`);
  return t.rows.map((r) => r[j]);
};

describe.each(Object.entries(DATASETS))('bulk tables of the %s dataset', (_name, dir) => {
  const { model, tables, files } = build(dir);

  it('has one row per figure, per place, per crosswalk pair, per indicator and per source in the model', () => {
    expect(table(tables, 'so-lieu').rows).toHaveLength(model.observations.length);
    expect(table(tables, 'don-vi').rows).toHaveLength(
      1 + model.provinces.length + model.communes.length + model.regions.length + model.formerProvinces.length + model.formerDistricts.length + model.formerCommunes.length,
    );
    expect(table(tables, 'don-vi').rows).toHaveLength(allPlaces(model).length);
    expect(table(tables, 'don-vi').rows).toHaveLength(model.places.size);
    const communeLinks = [...model.successors.entries()].filter(([k]) => !k.startsWith('former_province:')).reduce((n, [, l]) => n + l.length, 0);
    expect(table(tables, 'chuyen-doi-xa').rows).toHaveLength(communeLinks);
    expect(table(tables, 'chi-tieu').rows).toHaveLength(model.indicators.length);
    expect(table(tables, 'nguon').rows).toHaveLength(model.sources.length);
  });

  it('holds every row of every observations file, with its quote', () => {
    const so = table(tables, 'so-lieu');
    const fileCol = column(so, 'file');
    const quoteCol = column(so, 'quote');
    let total = 0;
    for (const { file, rows } of rawFolder(join(dir, 'observations'))) {
      const rel = relative(process.cwd(), file);
      const mine = new Set(quoteCol.filter((_, i) => fileCol[i] === rel));
      expect(fileCol.filter((f) => f === rel), rel).toHaveLength(rows.length);
      for (const r of rows) expect(mine.has(r.quote!.trim()), `${rel}: ${r.quote}`).toBe(true);
      total += rows.length;
    }
    expect(so.rows).toHaveLength(total);
    expect(new Set(column(so, 'id')).size).toBe(total);
  });

  it('holds every indicator and source row', () => {
    const ids = (name: string) => new Set(column(table(tables, name), 'id'));
    const rawIds = (sub: string) => rawFolder(join(dir, sub)).flatMap((f) => f.rows.map((r) => r.id!.trim()));
    expect([...ids('chi-tieu')].sort()).toEqual(rawIds('indicators').sort());
    expect([...ids('nguon')].sort()).toEqual(rawIds('sources').sort());
  });

  it('holds every administrative unit, crosswalk pair and cluster', () => {
    const places = table(tables, 'don-vi');
    const keys = new Set(places.rows.map((r) => `${r[0]}:${r[1]}`));
    const admin = (f: string) => raw(join(dir, 'admin', f));
    const expectAll = (level: string, file: string) => {
      const rows = admin(file);
      for (const r of rows) expect(keys.has(`${level}:${r.code}`), `${level} ${r.code}`).toBe(true);
      return rows.length;
    };
    const listed =
      expectAll('province', 'provinces-2025-07-01.csv') +
      expectAll('commune', 'communes-2025-07-01.csv') +
      expectAll('former_province', 'former-provinces-2025-03-01.csv') +
      expectAll('former_district', 'former-districts-2025-03-01.csv') +
      expectAll('former_commune', 'former-communes-2025-03-01.csv');
    // Units dissolved before 2025-03-01 that have figures (Huyện Hoa Lư), kept under their own names.
    const dissolved = model.formerDistricts.filter((d) => d.absorbedIntoKey).length + model.formerCommunes.filter((d) => d.absorbedIntoKey).length;
    let regions = 0;
    try {
      regions = expectAll('region', 'regions.csv');
    } catch (e) {
      if (!String(e).includes('ENOENT')) throw e;
    }
    // Former units missing from the 2025-03-01 list come from the crosswalk (flagged in qa_note).
    const qa = column(places, 'qa_note');
    const extra = places.rows.filter((r, i) => r[0] === 'former_commune' && qa[i]).length;
    const extraCommunes = model.formerCommunes.filter((c) => !c.absorbedIntoKey).length - admin('former-communes-2025-03-01.csv').length;
    expect(places.rows.length).toBe(1 + listed + regions + dissolved + extraCommunes);
    expect(extra).toBeGreaterThanOrEqual(extraCommunes);

    const xw = table(tables, 'chuyen-doi-xa');
    const pairs = new Set(xw.rows.map((r) => `${r[1]}>${r[7]}`));
    const rawPairs = admin('crosswalk-communes-2025-07-01.csv');
    expect(xw.rows).toHaveLength(rawPairs.length);
    for (const r of rawPairs) expect(pairs.has(`${r.old_code}>${r.new_code}`), `${r.old_code}>${r.new_code}`).toBe(true);

    const xp = table(tables, 'chuyen-doi-tinh');
    const rawProv = admin('crosswalk-provinces-2025-07-01.csv');
    expect(xp.rows).toHaveLength(rawProv.length);
    expect(new Set(xp.rows.map((r) => `${r[0]}>${r[2]}`))).toEqual(new Set(rawProv.map((r) => `${r.old_code}>${r.new_code}`)));
  });

  it('writes CSV files that read back to the same rows, numbers unchanged, text guarded', () => {
    for (const f of files) {
      const { header, rows } = parseCsv(f.bytes);
      expect(header).toEqual(f.table.fields.map((c) => c.name));
      expect(rows, f.path).toHaveLength(f.table.rows.length);
      // What a reader gets back from each cell, computed independently of the writer.
      const expected = f.table.rows.map((row) =>
        row.map((v) => (v === undefined || v === null || v === '' ? '' : typeof v === 'string' ? (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v) : String(v))),
      );
      expect(rows, f.path).toEqual(expected);
      const numeric = f.table.fields.flatMap((c, j) => (c.type === 'number' || c.type === 'integer' ? [j] : []));
      for (const j of numeric) rows.forEach((cells, i) => cells[j] !== '' && Number(cells[j]) !== f.table.rows[i]![j] && expect.fail(`${f.path} row ${i} col ${j}`));
      const text = f.table.fields.flatMap((c, j) => (c.type === 'string' ? [j] : []));
      const unsafe = rows.flatMap((cells) => text.map((j) => cells[j]!).filter((c) => looksLikeFormula(c)));
      expect(unsafe, f.path).toEqual([]);
    }
  });

  it('writes JSON with every row, text exact and numbers as numbers', () => {
    for (const t of tables) {
      const parsed = JSON.parse(tableJson(t, { data_version: 'x' })) as { rows: Record<string, unknown>[]; fields: string[]; table: string };
      expect(parsed.table).toBe(t.name);
      expect(parsed.fields).toEqual(t.fields.map((f) => f.name));
      expect(parsed.rows).toHaveLength(t.rows.length);
      parsed.rows.forEach((r, i) => expect(r).toEqual(rowObject(t.fields, t.rows[i]!)));
    }
    const so = JSON.parse(tableJson(table(tables, 'so-lieu'), {})) as { rows: { value: number; id: string }[] };
    so.rows.forEach((r, i) => expect(r.value).toBe(model.observations[i]!.value));
  });

  it('names the current successors of former units', () => {
    const so = table(tables, 'so-lieu');
    const lv = column(so, 'place_level');
    const cur = column(so, 'current_codes');
    lv.forEach((level, i) => {
      if (String(level).startsWith('former_')) expect(cur[i], `row ${i}`).toBeTruthy();
      else expect(cur[i]).toBeUndefined();
    });
  });
});
