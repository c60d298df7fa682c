/**
 * The template workbook: dropdowns and the unit lookup are there, and what staff fill in with the
 * dropdowns' own words validates. Built from the small data set, as the site builds it from the real one.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { formatProblem } from '../../../src/lib/data/report.ts';
import { OBSERVATIONS } from '../../../src/lib/data/tables/observations.ts';
import { templateWorkbook } from '../../../src/lib/outputs/template/workbook.ts';

const SMALL = resolve('tests/fixtures/datasets/small');
const work = mkdtempSync(join(tmpdir(), 'xhht-template-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let model: Model;
let bytes: Uint8Array;
let wb: ExcelJS.Workbook;
beforeAll(async () => {
  model = loadDataset(SMALL, SMALL).model!;
  bytes = await templateWorkbook(model, { version: 'test', date: '2026-12-05' });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as never);
});

const col = (name: string) => String.fromCharCode(65 + Object.keys(OBSERVATIONS.columns).indexOf(name));

describe('the template workbook', () => {
  it('has the sheets in order, the figures sheet first to fill', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Số liệu', 'Nguồn', 'Đơn vị', 'Danh mục']);
    expect(wb.getWorksheet('Số liệu')!.getRow(1).values).toEqual([undefined, ...Object.keys(OBSERVATIONS.columns)]);
  });

  it('offers dropdowns for level, indicator by name, kind, qualifier, basis and source', () => {
    const ws = wb.getWorksheet('Số liệu')!;
    for (const name of ['place_level', 'indicator', 'kind', 'qualifier', 'basis', 'source']) {
      const v = ws.getCell(`${col(name)}50`).dataValidation;
      expect(v?.type, name).toBe('list');
      expect(v?.formulae?.[0], name).toMatch(/^'Danh mục'!\$[A-Z]\$2:\$[A-Z]\$\d+$/);
    }
    const lists = wb.getWorksheet('Danh mục')!;
    const names = lists.getColumn(2).values.slice(2);
    expect(names).toEqual(expect.arrayContaining(model.indicators.map((i) => i.nameVi)));
  });

  it('keeps codes as text and checks numbers as numbers', () => {
    const ws = wb.getWorksheet('Số liệu')!;
    expect(ws.getColumn(Object.keys(OBSERVATIONS.columns).indexOf('place_code') + 1).numFmt).toBe('@');
    expect(ws.getCell(`${col('value')}10`).dataValidation?.type).toBe('decimal');
    expect(ws.getCell(`${col('year')}10`).dataValidation?.type).toBe('whole');
  });

  it('lists every current and former unit with its code', () => {
    const ws = wb.getWorksheet('Đơn vị')!;
    expect(ws.rowCount - 1).toBe(model.places.size);
    const codes = new Set(ws.getColumn(5).values.slice(2).map(String));
    for (const p of model.places.values()) expect(codes.has(p.code), p.key).toBe(true);
  });

  it('validates as it is (no rows yet), and once filled with the dropdowns\' words', async () => {
    const dir = join(work, 'filled');
    cpSync(SMALL, dir, { recursive: true });
    writeFileSync(join(dir, 'observations', 'mau.xlsx'), bytes);
    expect(loadDataset(dir, dir).problems.map(formatProblem)).toEqual([]);

    const ws = wb.getWorksheet('Số liệu')!;
    const row = ws.getRow(2);
    const set = (name: string, v: string | number) => (row.getCell(Object.keys(OBSERVATIONS.columns).indexOf(name) + 1).value = v);
    set('place_level', 'xã cũ');
    set('place_code', '19885');
    set('place_name', 'Xã Quảng Vinh');
    set('indicator', 'Số hội viên Hội Khuyến học');
    set('kind', 'kết quả');
    set('year', 2023);
    set('value_as_published', 'hơn 1,2 nghìn');
    set('source', 'bao-cao-quang-vinh-2023');
    set('quote', 'Xã có hơn 1,2 nghìn hội viên');
    const src = wb.getWorksheet('Nguồn')!.getRow(2);
    ['bao-cao-quang-vinh-2023', 'report', 'Báo cáo của Hội Khuyến học xã Quảng Vinh năm 2023', '', 'Hội Khuyến học xã Quảng Vinh', '', '2024-01-10', 'https://example.org/quang-vinh-2023', 'vi', ''].forEach((v, i) => v && (src.getCell(i + 1).value = v));
    writeFileSync(join(dir, 'observations', 'mau.xlsx'), Buffer.from(await wb.xlsx.writeBuffer()));
    const { model: m, problems } = loadDataset(dir, dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const o = m!.observations.find((x) => x.origin.sheet === 'Số liệu')!;
    expect([o.placeKey, o.indicatorId, o.kind, o.value, o.qualifier, o.valueAsPublished]).toEqual(['former_commune:19885', 'members_count', 'result', 1200, 'more_than', 'hơn 1,2 nghìn']);
  });
});
