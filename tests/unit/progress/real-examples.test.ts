/**
 * The worked examples printed on /phuong-phap/ are recomputed here from the real data in data/,
 * so the page cannot silently disagree with the figures. If the data change, update the page.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { roundRatio } from '../../../src/lib/model/progress/compute.ts';
import { progressOfPlace } from '../../../src/lib/model/progress/place-progress.ts';

let model: Model;
beforeAll(() => {
  const res = loadDataset(resolve('data'));
  if (!res.model) throw new Error('data/ is not valid: run npm run validate');
  model = res.model;
});

const progress = (placeKey: string, indicatorId: string) => {
  const list = progressOfPlace(model, model.places.get(placeKey)!, model.indicatorById.get(indicatorId)!);
  expect(list).toHaveLength(1);
  return list[0]!.progress;
};

describe('worked examples on the methodology page (real data)', () => {
  it('1. Gia Lai (cũ), members: limited progress, R = 0.374', () => {
    const p = progress('former_province:64', 'members_pct_population');
    expect([p.base?.year, p.base?.value, p.latest?.year, p.latest?.value]).toEqual([2023, 17.21, 2024, 18.53]);
    const a = p.assessments[0]!;
    expect([a.target.year, a.target.value, a.status, roundRatio(a.growth!.ratio!)]).toEqual([2025, 25, 'limited', 0.374]);
    expect(a.growth!.observed).toBeCloseTo(0.0767, 6);
    expect(a.growth!.required).toBeCloseTo(0.205257, 6);
  });

  it('2. Quảng Ninh (cũ), clans: on track against 65% (R = 1.162), achieved against 60%', () => {
    const p = progress('former_province:22', 'learning_clans_pct');
    expect(p.assessments.map((a) => [a.target.value, a.status, roundRatio(a.growth!.ratio!)])).toEqual([
      [65, 'on_track', 1.162],
      [60, 'achieved', 1.435],
    ]);
  });

  it('3. Sơn La (cũ), families: achieved (R = 165.317 for information)', () => {
    const p = progress('former_province:14', 'learning_families_pct');
    expect([p.status, roundRatio(p.assessments[0]!.growth!.ratio!)]).toEqual(['achieved', 165.317]);
  });

  it('4. Hồ Chí Minh (cũ), members: one value below the target, insufficient', () => {
    const p = progress('former_province:79', 'members_pct_population');
    expect([p.status, p.reason, p.latest?.value]).toEqual(['insufficient', 'single_value', 21.62]);
  });

  it('5. Bà Rịa – Vũng Tàu (cũ), members 2023: two sources, same status kept', () => {
    const p = progress('former_province:77', 'members_pct_population');
    expect(p.status).toBe('achieved');
    expect(p.assessments[0]!.alternatives.map((a) => a.latest.value)).toEqual([26.5]);
  });

  it('no real series is in "acceleration needed" or "deterioration" yet (the page uses hypothetical examples)', () => {
    const seen = new Set<string>();
    for (const p of [...model.formerProvinces, ...model.provinces, ...model.formerDistricts, model.nation]) {
      for (const ind of model.indicators) for (const e of progressOfPlace(model, p, ind)) seen.add(e.progress.status);
    }
    expect(seen.has('acceleration_needed')).toBe(false);
    expect(seen.has('deterioration')).toBe(false);
  });
});
