/**
 * Workbooks are read like CSV files: rows valid in CSV are valid in a workbook, and a mistake is
 * named by its sheet and cell ("trang tính 'Số liệu', ô G3").
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { formatProblem } from '../../../src/lib/data/report.ts';

const SMALL = resolve('tests/fixtures/datasets/small');
const work = mkdtempSync(join(tmpdir(), 'xhht-xlsx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;

const NUMERIC = new Set(['year', 'value', 'numerator', 'denominator']);

/** The small data set's observations CSV as a workbook: numbers as numbers, codes as text. */
async function workbook(edit: (rows: string[][]) => void = () => {}, sheet = 'Số liệu'): Promise<Buffer> {
  const [header, ...rows] = Papa.parse<string[]>(readFileSync(join(SMALL, 'observations/figures.csv'), 'utf8').trim()).data;
  edit(rows);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Hướng dẫn').addRow(['Điền số liệu ở trang tính "Số liệu".']);
  const ws = wb.addWorksheet(sheet);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r.map((v, j) => (NUMERIC.has(header![j]!) && v !== '' && !Number.isNaN(Number(v)) ? Number(v) : v)));
  ws.getColumn(2).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function withWorkbook(bytes: Buffer): string {
  const dir = join(work, `d${n++}`);
  cpSync(SMALL, dir, { recursive: true });
  rmSync(join(dir, 'observations/figures.csv'));
  writeFileSync(join(dir, 'observations/tinh-46.xlsx'), bytes);
  return dir;
}

describe('a workbook in observations/', () => {
  it('holding rows valid in CSV, validates to the same figures', async () => {
    const dir = withWorkbook(await workbook());
    const { model, problems } = loadDataset(dir, dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const csv = loadDataset(SMALL, SMALL).model!;
    expect(model!.observations.map((o) => [o.placeKey, o.value, o.year, o.qualifier])).toEqual(csv.observations.map((o) => [o.placeKey, o.value, o.year, o.qualifier]));
    expect(model!.observations[0]!.origin).toEqual({ file: 'observations/tinh-46.xlsx', line: 2, sheet: 'Số liệu' });
  });

  it('with a percent of 852 names its sheet and cell', async () => {
    const dir = withWorkbook(await workbook((rows) => (rows[1]![6] = '852')));
    const { model, problems } = loadDataset(dir, dir);
    expect(model).toBeUndefined();
    const report = problems.map(formatProblem).join('\n');
    expect(report).toContain("observations/tinh-46.xlsx:3:7 (trang tính 'Số liệu', ô G3 \"value\")");
    expect(report).toContain('Tỷ lệ 852 ở cột G (value) nằm ngoài khoảng 0–100.');
  });

  it('reads a cell formatted as a percentage (0.815 shown as 81,5%) as 81.5', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook()) as never);
    const cell = wb.getWorksheet('Số liệu')!.getCell('G3');
    cell.value = 0.815;
    cell.numFmt = '0.0%';
    const dir = withWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    const { model, problems } = loadDataset(dir, dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model!.observations[1]!.value).toBe(81.5);
  });

  it('with a sheet of an unknown name beside the data is an error, not silently skipped', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook()) as never);
    wb.addWorksheet('Sheet3').addRow(['place_level']);
    const dir = withWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(loadDataset(dir, dir).problems.map((p) => p.code)).toContain('xlsx.unknown-sheet');
  });

  it('that is not really a workbook, or an old .xls, gets a clear message', () => {
    const dir = withWorkbook(Buffer.from('place_level,place_code\n'));
    expect(loadDataset(dir, dir).problems.map((p) => p.code)).toContain('xlsx.unreadable');
    writeFileSync(join(dir, 'observations/cu.xls'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]));
    expect(loadDataset(dir, dir).problems.map((p) => p.code)).toContain('xlsx.old-format');
  });
});
