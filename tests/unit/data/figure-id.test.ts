/**
 * Figure ids come from what a figure is: sorting rows, splitting them into other files, an Excel
 * export that drops leading zeros or uses ";" change no id; two rows with one id are an error
 * that names both lines, unless a variant tells them apart.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { figureId } from '../../../src/lib/data/figure-id.ts';

const SMALL = resolve('tests/fixtures/datasets/small');
const work = mkdtempSync(join(tmpdir(), 'xhht-figure-id-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** A copy of the small dataset whose observations/ folder holds exactly these files. */
function withObservations(files: Record<string, string>): string {
  const dir = join(work, `case-${n++}`);
  cpSync(SMALL, dir, { recursive: true });
  rmSync(join(dir, 'observations'), { recursive: true });
  cpSync(join(SMALL, 'observations'), join(dir, 'observations'), { recursive: true, filter: (src) => !src.endsWith('.csv') });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'observations', name), text);
  return dir;
}

const original = readFileSync(join(SMALL, 'observations/figures.csv'), 'utf8');
const [header, ...rows] = original.trimEnd().split('\n');
const ids = (dir: string) => {
  const { model, problems } = loadDataset(dir, dir);
  expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  return model!.observations.map((o) => o.id).sort();
};

describe('figure ids', () => {
  const base = ids(SMALL);

  it('say what the figure is, not where its row is', () => {
    expect(base).toContain('former_province.46.learning_families_pct.result.2024.recognised.bao-hue-2024');
    expect(base).toContain('former_commune.19885.members_count.result.2024._.bao-hue-2024');
    expect(base.some((id) => id.includes('.csv') || /:\d+$/.test(id))).toBe(false);
  });

  it('do not change when rows are reordered or moved to other files', () => {
    expect(ids(withObservations({ 'figures.csv': [header, ...[...rows].reverse()].join('\n') + '\n' }))).toEqual(base);
    expect(ids(withObservations({ 'a.csv': [header, rows[2]].join('\n') + '\n', 'b.csv': [header, rows[1], rows[0]].join('\n') + '\n' }))).toEqual(base);
  });

  it('do not change through an Excel export (";", decimal comma, leading zeros dropped)', () => {
    const excel = [
      header!.replaceAll(',', ';'),
      'national;VN;Việt Nam;learning_families_pct;target;2025;70;;recognised;;;qd-387-2022;qd-387-2022;70% gia đình được công nhận đạt danh hiệu “Gia đình học tập”;',
      'former_province;46;Thừa Thiên Huế;learning_families_pct;result;2024;81,5;more_than;recognised;;;bao-hue-2024;;Hơn 81,5% gia đình đạt danh hiệu Gia đình học tập;',
      'former_commune;19885;Xã Quảng Vinh;members_count;result;2024;1.250;;;;;bao-hue-2024;;Xã Quảng Vinh có 1.250 hội viên;',
    ].join('\r\n');
    const { model } = loadDataset(withObservations({ 'figures.csv': '\ufeff' + excel + '\r\n' }));
    expect(model!.observations.map((o) => o.id).sort()).toEqual(base);
  });

  it('make two rows for the same figure an error naming both lines, across files', () => {
    const dir = withObservations({ 'a.csv': original, 'b.csv': [header, [...rows].reverse()[0]].join('\n') + '\n' });
    const { problems } = loadDataset(dir, dir);
    const dup = problems.filter((p) => p.code === 'duplicate.observation');
    expect(dup).toHaveLength(1);
    expect(dup[0]!.file).toBe('observations/b.csv');
    expect(dup[0]!.line).toBe(2);
    expect(dup[0]!.message.vi).toContain('observations/a.csv:4');
  });

  it('tell two figures of one source apart by their variant', () => {
    const withVariant = `${header},variant\n${rows.map((r) => `${r},`).join('\n')}\n${rows[2]!.replace('1250', '1300').replace('1.250', '1.300')},ca-nam\n`;
    const { model, problems } = loadDataset(withObservations({ 'figures.csv': withVariant }));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(model!.observations.map((o) => o.id)).toContain('former_commune.19885.members_count.result.2024._.bao-hue-2024.ca-nam');
    const bad = loadDataset(withObservations({ 'figures.csv': withVariant.replace(',ca-nam', ',Cả năm') }));
    expect(bad.problems.map((p) => p.code)).toContain('variant.invalid');
  });

  it('are built from the parts in one documented order', () => {
    expect(figureId({ placeKey: 'commune:00004', indicatorId: 'x', kind: 'target', year: null, sourceId: 'src-1' })).toBe('commune.00004.x.target._._.src-1');
  });
});
