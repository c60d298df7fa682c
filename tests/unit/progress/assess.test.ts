/**
 * The status rules on hand-made series. Every expected R was computed by hand from the formulas
 * on /phuong-phap/ (CAGRₒ = (yₜ/y₀)^(1/(t−t₀)) − 1, CAGRᵣ = (y_T/y₀)^(1/(T−t₀)) − 1, R = d·CAGRₒ/|CAGRᵣ|)
 * and is compared to 3 decimals, as printed on the site.
 */
import { describe, expect, it } from 'vitest';
import { assessSeries } from '../../../src/lib/model/progress/assess.ts';
import { growth, meetsTarget, roundRatio } from '../../../src/lib/model/progress/compute.ts';
import { classifyRatio } from '../../../src/lib/model/progress/status.ts';
import { mkSeries } from './helpers.ts';

const R = (s: ReturnType<typeof assessSeries>, i = 0) => {
  const r = s.assessments[i]?.growth?.ratio;
  return r === null || r === undefined ? r : roundRatio(r);
};

describe('statuses (target 2025, higher is better)', () => {
  it('achieved: yₜ ≥ y_T, whatever R', () => {
    const p = assessSeries(mkSeries([[2021, 60], [2023, 72]], [[2025, 70]]));
    expect(p.status).toBe('achieved');
    expect(R(p)).toBe(2.429);
    expect(p.assessments[0]!.growth!.observed).toBeCloseTo(0.095445, 6);
    expect(p.assessments[0]!.growth!.required).toBeCloseTo(0.03929, 5);
  });

  it('on track: R ≥ 0.95', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2022, 52], [2023, 56]], [[2025, 62]]));
    expect(p.status).toBe('on_track');
    expect(R(p)).toBe(1.055);
    expect(p.base).toMatchObject({ year: 2021, value: 50 });
    expect(p.latest).toMatchObject({ year: 2023, value: 56 });
  });

  it('progress, acceleration needed: 0.60 ≤ R < 0.95', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2023, 53]], [[2025, 60]]));
    expect(p.status).toBe('needs_acceleration');
    expect(R(p)).toBe(0.634);
  });

  it('limited progress: 0 ≤ R < 0.60', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2024, 51]], [[2025, 60]]));
    expect(p.status).toBe('limited_progress');
    expect(R(p)).toBe(0.142);
  });

  it('deterioration: R < 0', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2023, 48]], [[2025, 60]]));
    expect(p.status).toBe('deterioration');
    expect(R(p)).toBe(-0.433);
  });

  it('deterioration when the base had met the target and the latest value fell below it (|CAGRᵣ|)', () => {
    const p = assessSeries(mkSeries([[2021, 72], [2023, 69]], [[2025, 70]]));
    expect(p.status).toBe('deterioration');
    expect(R(p)).toBe(-3);
  });

  it('lower is better: d = −1, achieved when yₜ ≤ y_T', () => {
    const p = assessSeries(mkSeries([[2021, 20], [2023, 18]], [[2025, 15]], { higherIsBetter: false }));
    expect(p.status).toBe('needs_acceleration');
    expect(R(p)).toBe(0.739);
    expect(assessSeries(mkSeries([[2021, 20], [2023, 14]], [[2025, 15]], { higherIsBetter: false })).status).toBe('achieved');
    expect(assessSeries(mkSeries([[2021, 20], [2023, 22]], [[2025, 15]], { higherIsBetter: false })).status).toBe('deterioration');
  });
});

describe('the period 2021–2030', () => {
  it('one figure in the period below the target: "chưa đạt mục tiêu (mới có một số liệu)", not "chưa đủ số liệu"', () => {
    const p = assessSeries(mkSeries([[2023, 55]], [[2025, 60]]));
    expect(p.status).toBe('not_yet_achieved');
    expect(p.reason).toBeUndefined();
    expect(p.assessments[0]!.single).toBe(true);
    expect(R(p)).toBeUndefined();
  });

  it('one figure in the period meeting the target: achieved (good and bad news alike)', () => {
    const p = assessSeries(mkSeries([[2023, 65]], [[2025, 60]]));
    expect(p.status).toBe('achieved');
    expect(p.assessments[0]!.single).toBe(true);
    expect(R(p)).toBeUndefined();
  });

  it('a 2020 figure alone never gives a status, even above the target: it is context', () => {
    const p = assessSeries(mkSeries([[2020, 72.77]], [[2025, 70]]));
    expect(p).toMatchObject({ status: 'insufficient', reason: 'before_period' });
    expect(p.context).toMatchObject({ year: 2020, value: 72.77 });
    expect(p.assessments).toEqual([]);
    expect(p.latest).toBeUndefined();
  });

  it('figures before 2020 are never a base, and alone give no status', () => {
    const p = assessSeries(mkSeries([[2016, 30], [2023, 55]], [[2025, 60]]));
    expect(p.status).toBe('not_yet_achieved');
    expect(p.base).toMatchObject({ year: 2023 });
    const old = assessSeries(mkSeries([[2016, 30], [2018, 40]], [[2025, 60]]));
    expect(old).toMatchObject({ status: 'insufficient', reason: 'before_period', context: { year: 2018, value: 40 } });
  });

  it('2020, the value when the period starts, can be the base', () => {
    const p = assessSeries(mkSeries([[2020, 50], [2023, 56]], [[2025, 62]]));
    expect(p.base).toMatchObject({ year: 2020 });
    expect(p.status).toBe('needs_acceleration');
    // CAGRₒ = (56/50)^(1/3) − 1 = 0.038499; CAGRᵣ = (62/50)^(1/5) − 1 = 0.043964
    expect(R(p)).toBe(0.876);
  });
});

describe('figures marked "cần kiểm chứng"', () => {
  const flag = (s: ReturnType<typeof mkSeries>, i: number) => {
    s.points[i]!.reliability = 'disputed';
    return s;
  };

  it('do not decide a status alone: latest figure disputed', () => {
    const p = assessSeries(flag(mkSeries([[2021, 60], [2023, 72]], [[2025, 70]]), 1));
    expect(p).toMatchObject({ status: 'insufficient', reason: 'needs_verification' });
    expect(p.latest).toMatchObject({ value: 72, unreliable: true });
  });

  it('do not decide a status alone: base disputed, latest below the target', () => {
    const p = assessSeries(flag(mkSeries([[2021, 50], [2023, 53]], [[2025, 60]]), 0));
    expect(p).toMatchObject({ status: 'insufficient', reason: 'needs_verification' });
  });

  it('give way to another figure of the same year', () => {
    const s = mkSeries([[2021, 50], [2023, 30], [2023, 56]], [[2025, 62]]);
    s.points.find((o) => o.value === 30)!.reliability = 'unverified_copy';
    const p = assessSeries(s);
    expect(p.status).toBe('on_track');
    expect(p.latest?.value).toBe(56);
  });

  it('a disputed target cannot be assessed against', () => {
    const s = mkSeries([[2021, 50], [2023, 56]], [[2025, 62]]);
    s.targets[0]!.target.reliability = 'disputed';
    expect(assessSeries(s)).toMatchObject({ status: 'insufficient', reason: 'needs_verification' });
  });
});

describe('a range target ("từ 32.000 đến 35.000 đồng")', () => {
  it('is kept as a range and assessed against its lower end', () => {
    const s = mkSeries([[2024, 33000]], [[2025, 32000]]);
    s.targets[0]!.target.valueMax = 35000;
    const p = assessSeries(s);
    expect(p.assessments[0]!.target).toMatchObject({ value: 32000, valueMax: 35000 });
    expect(p.status).toBe('achieved');
    const below = mkSeries([[2024, 21000]], [[2025, 32000]]);
    below.targets[0]!.target.valueMax = 35000;
    expect(assessSeries(below).status).toBe('not_yet_achieved');
  });
});

describe('zero base: linear fallback', () => {
  it('uses yearly gains instead of compound rates', () => {
    const p = assessSeries(mkSeries([[2021, 0], [2023, 20]], [[2025, 50]]));
    const a = p.assessments[0]!;
    expect(a.growth).toMatchObject({ method: 'linear', observed: 10, required: 12.5 });
    expect(R(p)).toBe(0.8);
    expect(p.status).toBe('needs_acceleration');
  });

  it('and a zero target (lower is better)', () => {
    const p = assessSeries(mkSeries([[2021, 10], [2023, 6]], [[2025, 0]], { higherIsBetter: false }));
    // gₒ = (6 − 10)/2 = −2; gᵣ = (0 − 10)/4 = −2.5; R = −1 × −2 / 2.5 = 0.8
    expect(p.assessments[0]!.growth!.method).toBe('linear');
    expect(R(p)).toBe(0.8);
  });
});

describe('qualified values', () => {
  it('use the printed number and mark the status approximate', () => {
    const p = assessSeries(mkSeries([[2021, 50, 'more_than'], [2023, 56]], [[2025, 62]]));
    expect(p.status).toBe('on_track');
    expect(R(p)).toBe(1.055);
    expect(p.assessments[0]!.approximate).toBe(true);
    expect(assessSeries(mkSeries([[2021, 50], [2023, 56]], [[2025, 62]])).assessments[0]!.approximate).toBe(false);
  });

  it('"gần 70%" does not meet a 70% target; "hơn 70%" does', () => {
    expect(meetsTarget(70, 'nearly', 70, true)).toBe(false);
    expect(meetsTarget(70, 'more_than', 70, true)).toBe(true);
    expect(meetsTarget(70, 'exact', 70, true)).toBe(true);
    const p = assessSeries(mkSeries([[2021, 60], [2023, 70, 'nearly']], [[2025, 70]]));
    expect(p.status).toBe('on_track');
    // CAGRₒ = (70/60)^(1/2) − 1 = 0.080123; CAGRᵣ = (70/60)^(1/4) − 1 = 0.039289
    expect(R(p)).toBe(2.039);
    expect(p.assessments[0]!.approximate).toBe(true);
  });

  it('an "about" target makes the status approximate; an "at least" target does not', () => {
    expect(assessSeries(mkSeries([[2021, 50], [2023, 56]], [[2025, 62, 'about']])).assessments[0]!.approximate).toBe(true);
    expect(assessSeries(mkSeries([[2021, 50], [2023, 56]], [[2025, 62, 'at_least']])).assessments[0]!.approximate).toBe(false);
  });
});

describe('several targets', () => {
  it('one status per target; the headline is the nearest target not yet past', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2023, 56]], [[2030, 80], [2025, 62]]));
    expect(p.assessments.map((a) => [a.target.year, a.status, R(p, p.assessments.indexOf(a))])).toEqual([
      [2025, 'on_track', 1.055],
      // CAGRᵣ = (80/50)^(1/9) − 1 = 0.053610; R = 0.058301 / 0.053610
      [2030, 'on_track', 1.087],
    ]);
  });

  it('a target whose year has come is flagged when missed', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2023, 53], [2025, 56]], [[2025, 60], [2030, 70]]));
    const [a2025, a2030] = p.assessments;
    expect(a2025!.target.year).toBe(2025);
    expect(a2025!.missed).toBe(true);
    // CAGRₒ = (56/50)^(1/4) − 1 = 0.028737; CAGRᵣ = (60/50)^(1/4) − 1 = 0.046635
    expect(roundRatio(a2025!.growth!.ratio!)).toBe(0.616);
    expect(a2030!.missed).toBe(false);
  });

  it('targets of the previous programme (≤ 2020) are listed, not assessed', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2023, 56]], [[2020, 70], [2025, 62]]));
    expect(p.earlier.map((s) => s.year)).toEqual([2020]);
    expect(p.assessments).toHaveLength(1);
  });

  it('for one year, the most demanding target comes first; equal targets from two plans are one', () => {
    const p = assessSeries(mkSeries([[2021, 62.2], [2022, 63]], [[2025, 60], [2025, 65], [2025, 65]]));
    expect(p.assessments.map((a) => [a.target.value, a.status, a.target.observations.length])).toEqual([
      [65, 'on_track', 2],
      [60, 'achieved', 1],
    ]);
    expect(R(p)).toBe(1.162);
  });

  it('a target without a year cannot be assessed', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2023, 56]], [], { yearless: [90] }));
    expect(p.assessments[0]).toMatchObject({ status: 'insufficient', reason: 'target_no_year' });
  });

  it('no target: insufficient, with the figures still known', () => {
    const p = assessSeries(mkSeries([[2021, 50], [2023, 56]], []));
    expect(p).toMatchObject({ status: 'insufficient', reason: 'no_target' });
    expect(p.latest?.value).toBe(56);
  });
});

describe('sources that disagree in one year', () => {
  it('keep the status when every choice gives the same one', () => {
    const p = assessSeries(mkSeries([[2021, 60], [2023, 76], [2023, 80]], [[2025, 75]]));
    expect(p.status).toBe('achieved');
    expect(p.assessments[0]!.alternatives).toHaveLength(1);
    expect(p.latest?.value).toBe(76); // the least favourable is shown first
  });

  it('give "chưa đủ số liệu" when the choice changes the status', () => {
    const p = assessSeries(mkSeries([[2021, 60], [2023, 61], [2023, 75]], [[2025, 75]]));
    expect(p).toMatchObject({ status: 'insufficient', reason: 'conflict' });
    // the figure shown first (61): CAGRₒ = (61/60)^(1/2) − 1 = 0.008299; CAGRᵣ = (75/60)^(1/4) − 1 = 0.057371
    expect(R(p)).toBe(0.145);
    expect(p.assessments[0]!.alternatives.map((a) => a.status)).toEqual(['achieved']);
  });

  it('prefer an exact figure to a qualified one', () => {
    const p = assessSeries(mkSeries([[2023, 26.5, 'about'], [2023, 27]], [[2025, 25]]));
    expect(p.latest).toMatchObject({ value: 27, qualifier: 'exact' });
    expect(p.status).toBe('achieved');
  });
});

describe('arithmetic', () => {
  it('classifies R at the thresholds exactly', () => {
    expect([0.95, 0.9499, 0.6, 0.5999, 0, -0.0001].map(classifyRatio)).toEqual([
      'on_track',
      'needs_acceleration',
      'needs_acceleration',
      'limited_progress',
      'limited_progress',
      'deterioration',
    ]);
  });

  it('refuses years that do not follow the base year instead of printing NaN', () => {
    expect(() => growth({ year: 2023, value: 1 }, { year: 2023, value: 2 }, { year: 2025, value: 3 }, true)).toThrow(/t₀=2023/);
  });
});
