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
  it('1. Việt Nam, families: 72,77% in 2020 is context, never a status ("chưa đủ số liệu")', () => {
    const p = progress('national:VN', 'learning_families_pct');
    expect([p.status, p.reason, p.context?.year, p.context?.value, p.assessments.length]).toEqual(['insufficient', 'before_period', 2020, 72.77, 0]);
  });

  it('2. Thành phố Hà Nội, families 2025: one figure below 70% → "chưa đạt mục tiêu (mới có một số liệu)"', () => {
    const p = progress('province:01', 'learning_families_pct');
    expect([p.status, p.latest?.year, p.latest?.value, p.assessments[0]!.target.value]).toEqual(['not_yet_achieved', 2025, 67, 70]);
  });

  it('3. Tỉnh Sơn La, families 2025: one figure above 70% → achieved', () => {
    const p = progress('province:14', 'learning_families_pct');
    expect([p.status, p.latest?.year, p.latest?.value, p.assessments[0]!.single]).toEqual(['achieved', 2025, 83, true]);
  });

  it('Quảng Ninh (cũ): the "hiếu học" families of 2022 are their own series, never trended with "học tập" ones', () => {
    const learning = progress('former_province:22', 'learning_families_pct');
    expect([learning.status, learning.latest?.year, learning.latest?.value]).toEqual(['achieved', 2021, 71.4]);
    expect(progressOfPlace(model, model.places.get('former_province:22')!, model.indicatorById.get('studious_families_pct')!)[0]!.progress.latest?.value).toBe(72);
  });

  it('4. Gia Lai (cũ), members: the figures are disputed → "cần kiểm chứng" (R = 0,374 would be limited progress)', () => {
    const p = progress('former_province:64', 'members_pct_population');
    expect([p.base?.year, p.base?.value, p.latest?.year, p.latest?.value]).toEqual([2023, 17.21, 2024, 18.53]);
    const a = p.assessments[0]!;
    expect([a.status, a.reason, roundRatio(a.growth!.ratio!)]).toEqual(['insufficient', 'needs_verification', 0.374]);
    expect(a.growth!.observed).toBeCloseTo(0.0767, 6);
    expect(a.growth!.required).toBeCloseTo(0.205257, 6);
  });

  it('5. Thanh Hóa and Cụm thi đua Tây Bắc, fund per inhabitant: a range target 32.000–35.000 đồng, assessed at 32.000', () => {
    const th = progress('province:38', 'fund_per_capita_vnd');
    expect([th.status, th.latest?.value, th.assessments[0]!.target.value, th.assessments[0]!.target.valueMax]).toEqual(['achieved', 110641, 32000, 35000]);
    const tb = progress('region:cum-tay-bac', 'fund_per_capita_vnd');
    expect([tb.status, tb.latest?.value]).toEqual(['not_yet_achieved', 21000]);
  });

  it('6. Bà Rịa – Vũng Tàu (cũ), members 2023: two sources, same status kept', () => {
    const p = progress('former_province:77', 'members_pct_population');
    expect(p.status).toBe('achieved');
    expect(p.assessments[0]!.alternatives.map((a) => a.latest.value)).toEqual([26.5]);
  });

  it('no real series has a trend status yet (the page uses hypothetical examples for them)', () => {
    const seen = new Set<string>();
    for (const p of [...model.formerProvinces, ...model.provinces, ...model.formerDistricts, ...model.regions, model.nation]) {
      for (const ind of model.indicators) for (const e of progressOfPlace(model, p, ind)) seen.add(e.progress.status);
    }
    for (const s of ['on_track', 'needs_acceleration', 'limited_progress', 'deterioration']) expect(seen.has(s), s).toBe(false);
  });
});
