/**
 * Progress through the whole pipeline (CSV → model → series → targets → status) on the small
 * dataset plus a few rows: a target from each plan level, the per-year resolution of targets,
 * recognised and registered series kept apart, summaries and the comparison sentence.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { roundRatio } from '../../../src/lib/model/progress/compute.ts';
import { compareSentence } from '../../../src/lib/present/progress/compare.ts';
import { placeStatus, progressOfPlace } from '../../../src/lib/model/progress/place-progress.ts';
import { communeGroups, indicatorGroups, nationalSummary } from '../../../src/lib/page-models/progress-summary.ts';
import { recomputeAll } from '../truth/recompute.ts';
import { indicatorSection } from '../../../src/lib/page-models/indicator-section.ts';

const HEADER = 'place_level,place_code,place_name,indicator,kind,year,value,qualifier,basis,numerator,denominator,source,plan,quote,note';
const F = 'learning_families_pct';
const rows = [
  // Targets, one per plan level (2025), and a national 2030 target.
  `national,VN,Việt Nam,${F},target,2025,70,,recognised,,,qd-387-2022,qd-387-2022,trích,`,
  `national,VN,Việt Nam,${F},target,2030,80,,recognised,,,qd-387-2022,qd-387-2022,trích,`,
  `province,46,Thành phố Huế,${F},target,2025,75,,recognised,,,kh-hue,kh-hue,trích,`,
  `former_district,477,Huyện Quảng Điền,${F},target,2025,78,,recognised,,,kh-quang-dien,kh-quang-dien,trích,`,
  `former_commune,19885,Xã Quảng Vinh,${F},target,2025,85,,recognised,,,kh-quang-vinh,kh-quang-vinh,trích,`,
  `former_commune,19885,Xã Quảng Vinh,${F},target,2030,95,,recognised,,,kh-quang-vinh,kh-quang-vinh,trích,`,
  // Results.
  `former_commune,19885,Xã Quảng Vinh,${F},result,2021,70,,recognised,,,bao-hue-2024,,trích,`,
  `former_commune,19885,Xã Quảng Vinh,${F},result,2023,79,,recognised,,,bao-hue-2024,,trích,`,
  `former_commune,19882,Xã Quảng Phước,${F},result,2021,60,,recognised,,,bao-hue-2024,,trích,`,
  `former_commune,19882,Xã Quảng Phước,${F},result,2023,66,,recognised,,,bao-hue-2024,,trích,`,
  `commune,19753,Phường Phú Xuân,${F},result,2022,60,,recognised,,,bao-hue-2024,,trích,`,
  `commune,19753,Phường Phú Xuân,${F},result,2024,66,,recognised,,,bao-hue-2024,,trích,`,
  `province,46,Thành phố Huế,${F},result,2024,70,,recognised,,,bao-hue-2024,,trích,`,
  `commune,03388,Phường Đoàn Kết,${F},result,2021,50,,recognised,,,bao-hue-2024,,trích,`,
  `commune,03388,Phường Đoàn Kết,${F},result,2023,56,,recognised,,,bao-hue-2024,,trích,`,
  // Mixed bases in one commune: two series, never joined.
  `commune,03408,Phường Tân Phong,${F},result,2021,50,,recognised,,,bao-hue-2024,,trích,`,
  `commune,03408,Phường Tân Phong,${F},result,2023,56,,recognised,,,bao-hue-2024,,trích,`,
  `commune,03408,Phường Tân Phong,${F},result,2021,80,,registered,,,bao-hue-2024,,trích,`,
  `commune,03408,Phường Tân Phong,${F},result,2023,90,,registered,,,bao-hue-2024,,trích,`,
];
const SOURCES = [
  'kh-hue,plan,Kế hoạch của thành phố Huế (thử),KH-HUE,,,2022,https://example.org/plan-hue,vi,',
  'kh-quang-dien,plan,Kế hoạch của huyện Quảng Điền (thử),KH-QD,,,2022,https://example.org/plan-quang-dien,vi,',
  'kh-quang-vinh,plan,Kế hoạch của xã Quảng Vinh (thử),KH-QV,,,2022,https://example.org/plan-quang-vinh,vi,',
];

let dir: string;
let model: Model;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xhht-progress-'));
  cpSync(resolve('tests/fixtures/datasets/small'), dir, { recursive: true });
  writeFileSync(join(dir, 'observations', 'figures.csv'), [HEADER, ...rows].join('\n') + '\n');
  // Series on current communes before 2025 exist only in illustrative data (the validator says so).
  writeFileSync(join(dir, 'dataset.json'), JSON.stringify({ name: 'progress test', illustrative: true, adminExtract: true }));
  writeFileSync(join(dir, 'sources', 'plans.csv'), ['id,type,title,number,issuer,publisher,date,url,language,note', ...SOURCES].join('\n') + '\n');
  const res = loadDataset(dir, dir);
  if (!res.model) throw new Error(res.problems.map((p) => JSON.stringify(p)).join('\n'));
  model = res.model;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const place = (key: string) => model.places.get(key)!;
const ind = () => model.indicatorById.get(F)!;
const only = (key: string) => {
  const list = progressOfPlace(model, place(key), ind());
  expect(list).toHaveLength(1);
  return list[0]!.progress;
};
const head = (p: ReturnType<typeof only>) => p.assessments[0]!;

describe('a target from each plan level', () => {
  it("the place's own plan (former commune Quảng Vinh)", () => {
    const p = only('former_commune:19885');
    expect(head(p).target).toMatchObject({ year: 2025, value: 85, level: 'own' });
    expect(head(p).target.setter.key).toBe('former_commune:19885');
    expect(roundRatio(head(p).growth!.ratio!)).toBe(1.253);
    expect(p.status).toBe('on_track');
    // Its own 2030 target, not the national one.
    expect(p.assessments[1]!.target).toMatchObject({ year: 2030, value: 95, level: 'own' });
  });

  it("the former district's plan (former commune Quảng Phước, no plan of its own)", () => {
    const p = only('former_commune:19882');
    expect(head(p).target).toMatchObject({ year: 2025, value: 78, level: 'district' });
    expect(roundRatio(head(p).growth!.ratio!)).toBe(0.72);
    expect(p.status).toBe('needs_acceleration');
  });

  it("the province's plan (current commune Phú Xuân), with the national 2030 target still applying", () => {
    const p = only('commune:19753');
    expect(head(p).target).toMatchObject({ year: 2025, value: 75, level: 'province' });
    expect(head(p).target.setter.key).toBe('province:46');
    expect(roundRatio(head(p).growth!.ratio!)).toBe(0.632);
    expect(p.status).toBe('needs_acceleration');
    expect(p.assessments[1]!.target).toMatchObject({ year: 2030, value: 80, level: 'national' });
    expect(roundRatio(p.assessments[1]!.growth!.ratio!)).toBe(1.333);
  });

  it('the national target (a commune of a province without a plan)', () => {
    const p = only('commune:03388');
    expect(head(p).target).toMatchObject({ year: 2025, value: 70, level: 'national' });
    expect(roundRatio(head(p).growth!.ratio!)).toBe(0.664);
    expect(p.status).toBe('needs_acceleration');
  });
});

describe('recognised and registered figures', () => {
  it('are two series; a recognised target never applies to registered figures', () => {
    const list = progressOfPlace(model, place('commune:03408'), ind());
    expect(list.map((e) => [e.series.basis, e.series.points.map((o) => o.value), e.progress.status, e.progress.reason])).toEqual([
      ['recognised', [50, 56], 'needs_acceleration', undefined],
      ['registered', [80, 90], 'insufficient', 'no_target'],
    ]);
    expect(roundRatio(list[0]!.progress.assessments[0]!.growth!.ratio!)).toBe(0.664);
    // The summary takes the series with a computed status.
    expect(placeStatus(model, place('commune:03408'), ind()).status).toBe('needs_acceleration');
  });
});

describe('pages', () => {
  it('a block shows the place and its former units, each with its own status', () => {
    const v = indicatorSection(model, place('commune:19885'), ind())!.groups[0]!; // Xã Đan Điền, formed from Quảng Vinh
    const labels = v.progress.map((s) => [s.label, s.badge.text, s.isFormer]);
    expect(labels).toEqual([['Số liệu của Xã Quảng Vinh (cũ), huyện Quảng Điền, thành phố Huế (công nhận)', 'Đúng tiến độ', true]]);
    const calc = v.progress[0]!.headline!.calc!;
    expect(calc.formulas.map((f) => [f.symbol, f.result])).toEqual([
      ['CAGRₒ', '0,062342'],
      ['CAGRᵣ', '0,049736'],
      ['R', '1,253'],
    ]);
    expect(calc.plans).toEqual([{ text: 'KH-QV', href: '/van-ban/kh-quang-vinh/' }]);
    expect(calc.ruleLine).toBe('R = 1,253 ≥ 0,95');
  });

  it('the comparison sentence names the parent and the target', () => {
    const e = progressOfPlace(model, place('commune:19753'), ind())[0]!;
    expect(compareSentence(model, e)).toBe(
      'Năm 2024: 66% — thấp hơn mức chung của thành phố (70%) 4 điểm phần trăm; còn thiếu 9 điểm phần trăm so với mục tiêu năm 2025 (75%).',
    );
  });

  it('the national summary counts current provinces, and former ones apart', () => {
    const s = nationalSummary(model);
    const row = s.current.find((r) => r.href.includes(F))!;
    expect(row.cells.map((c) => c.count)).toEqual([0, 0, 0, 0, 0, 1, 1]); // Huế has one value (2024) below its target, Lai Châu none
    expect(s.former).toEqual([]);
    expect(indicatorGroups(model, ind()).map((g) => [g.id, g.entries.length])).toEqual([['tien-do-not-yet-achieved', 1], ['tien-do-insufficient', 1]]);
  });

  it('communes of a province grouped by status', () => {
    const g = communeGroups(model, place('province:46'));
    expect(g).toHaveLength(1);
    expect(g[0]!.groups.map((x) => [x.badge.status, x.entries.map((e) => e.label)])).toEqual([
      ['on_track', ['Xã Quảng Vinh (cũ)']],
      ['needs_acceleration', ['Phường Phú Xuân', 'Xã Quảng Phước (cũ)']],
      ['insufficient', []],
    ]);
    expect(g[0]!.groups[2]!.extraText).toMatch(/^Và 39 xã/);
  });
});

describe('the API gives every status with the inputs to recompute it', () => {
  it('on the places of this fixture, trends included', () => {
    expect(recomputeAll(model, [place('commune:03408'), place('commune:19885'), model.nation])).toBeGreaterThan(0);
  });
});
