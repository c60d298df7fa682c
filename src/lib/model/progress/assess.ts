/**
 * Progress of one series (one place × indicator × basis, see model/series.ts) against each target
 * that applies to it, with every input used, so anyone can redo the status by hand. Pure: takes a
 * Series, returns plain data; words are made in present/progress/.
 *
 * The rules (stated with examples on /phuong-phap/):
 * - the latest value yₜ must be from PERIOD_START (2021) on; a series with only earlier figures
 *   gets "chưa đủ số liệu" and its last figure is shown as context. The base y₀ is the first
 *   figure from BASE_YEAR_FLOOR (2020, the value when the period starts) on;
 * - one figure in the period: "đã đạt mục tiêu" when it meets the target, "chưa đạt mục tiêu (mới
 *   có một số liệu)" when it does not — good and bad news alike;
 * - two or more years: "đã đạt" when yₜ meets the target, otherwise R = d·observed/|required|;
 * - a figure marked `reliability` (disputed, unverified copy) is shown but never decides a status on
 *   its own: when a year needed for the status has only such figures, or the target is such a
 *   figure, the status is "chưa đủ số liệu — cần kiểm chứng";
 * - several different figures in one year (sources disagree): the status is computed with every
 *   choice; if all choices give the same status it stands (and the alternatives are listed),
 *   otherwise the status is "chưa đủ số liệu" because of the conflict. The figure shown first is
 *   an exact one before a qualified one, then the least favourable;
 * - a target published as a range is assessed against its lower end (`value`);
 * - targets of earlier programmes (year ≤ 2020) are listed but never assessed;
 * - one status per target; the headline is the nearest target not yet past (T ≥ t), else the
 *   latest past one; for one year, the most demanding target.
 */
import type { Observation, Place, Qualifier } from '../../data/model.ts';
import type { Series } from '../series.ts';
import type { AppliedTarget, TargetLevel } from '../targets.ts';
import { growth, meetsTarget, statusOfGrowth, type Growth } from './compute.ts';
import { BASE_YEAR_FLOOR, PERIOD_START, type InsufficientReason, type ProgressStatus } from './status.ts';

/** One value of a series in one year, with every row that gives it. */
export interface UsedFigure {
  year: number;
  value: number;
  /** 'exact' if any row gives the value without a qualifier. */
  qualifier: Qualifier;
  observations: Observation[];
  /** Every row giving it is marked "cần kiểm chứng". */
  unreliable: boolean;
}

/** One target: a year and a value (or a range), possibly stated by several plans at one plan level. */
export interface TargetSpec {
  year: number | null;
  /** The value assessed against: the target, or the lower end of a range. */
  value: number;
  /** Upper end of a range target. */
  valueMax?: number;
  qualifier: Qualifier;
  level: TargetLevel;
  /** The place whose plan sets it (own, former district, province or nation). */
  setter: Place;
  observations: Observation[];
  /** Every row stating it is marked "cần kiểm chứng". */
  unreliable: boolean;
}

/** What another choice of figures (when sources disagree) would give. */
export interface Alternative {
  base: UsedFigure;
  latest: UsedFigure;
  status: ProgressStatus;
  ratio: number | null;
}

export interface TargetAssessment {
  target: TargetSpec;
  status: ProgressStatus;
  reason?: InsufficientReason;
  base: UsedFigure;
  latest: UsedFigure;
  /** Only one year of figures in the period: no trend, the status says whether the target is met. */
  single: boolean;
  /** Observed and required growth and R, whenever t > t₀ and T > t₀ (also when achieved). */
  growth?: Growth;
  achieved: boolean;
  /** A qualified figure ("hơn", "gần", "khoảng") was used: the status is approximate. */
  approximate: boolean;
  /** The target year has come (T ≤ t) and the latest figure does not meet it. */
  missed: boolean;
  alternatives: Alternative[];
}

export interface SeriesProgress {
  seriesKey: string;
  higherIsBetter: boolean;
  /** Headline status (of the first assessment, or insufficient with `reason`). */
  status: ProgressStatus;
  reason?: InsufficientReason;
  /** Headline first. Empty when there is no figure in the period or no target. */
  assessments: TargetAssessment[];
  /** Targets of earlier programmes (year ≤ BASE_YEAR_FLOOR): shown, never assessed. */
  earlier: TargetSpec[];
  /** The figures first shown for t₀ and t (undefined without a figure in the period). */
  base?: UsedFigure;
  latest?: UsedFigure;
  /** The last figure before the period, when there is none in it: shown as context only. */
  context?: UsedFigure;
}

const APPROX_TARGET: ReadonlySet<Qualifier> = new Set(['about', 'nearly']);

/**
 * Distinct values of one year, first the one shown: exact before qualified, then least favourable.
 * Figures marked "cần kiểm chứng" are left out when the year has other figures.
 */
function candidates(points: Observation[], higherIsBetter: boolean): UsedFigure[] {
  const reliable = points.filter((o) => !o.reliability);
  const use = reliable.length ? reliable : points;
  const byValue = new Map<number, UsedFigure>();
  for (const o of use) {
    const f = byValue.get(o.value) ?? { year: o.year!, value: o.value, qualifier: o.qualifier, observations: [], unreliable: reliable.length === 0 };
    f.observations.push(o);
    if (o.qualifier === 'exact') f.qualifier = 'exact';
    byValue.set(o.value, f);
  }
  return [...byValue.values()].sort(
    (a, b) => Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact') || (higherIsBetter ? a.value - b.value : b.value - a.value),
  );
}

/** Groups applied targets by year and value: the same target quoted by two plans is one target. */
export function targetSpecs(targets: AppliedTarget[]): TargetSpec[] {
  const out = new Map<string, TargetSpec>();
  for (const a of targets) {
    const k = `${a.target.year}|${a.target.value}|${a.target.valueMax ?? ''}`;
    let spec = out.get(k);
    if (!spec) {
      spec = { year: a.target.year, value: a.target.value, qualifier: a.target.qualifier, level: a.level, setter: a.setter, observations: [], unreliable: true };
      if (a.target.valueMax !== undefined) spec.valueMax = a.target.valueMax;
      out.set(k, spec);
    }
    spec.observations.push(a.target);
    if (!a.target.reliability) spec.unreliable = false;
  }
  return [...out.values()];
}

interface Core {
  status: ProgressStatus;
  reason?: InsufficientReason;
  growth?: Growth;
  achieved: boolean;
}

function assessOne(base: UsedFigure, latest: UsedFigure, target: TargetSpec & { year: number }, hib: boolean): Core {
  const g = latest.year > base.year && target.year > base.year ? growth(base, latest, { year: target.year, value: target.value }, hib) : undefined;
  const core: Core = { status: 'insufficient', achieved: false };
  if (g) core.growth = g;
  if (target.unreliable || latest.unreliable) return { ...core, reason: 'needs_verification' };
  if (meetsTarget(latest.value, latest.qualifier, target.value, hib)) return { ...core, status: 'achieved', achieved: true };
  if (latest.year === base.year) return { ...core, status: 'not_yet_achieved' };
  if (base.unreliable) return { ...core, reason: 'needs_verification' };
  if (!g) return { ...core, reason: 'target_not_after_base' };
  return { ...core, status: statusOfGrowth(g) };
}

function assessTarget(bases: UsedFigure[], latests: UsedFigure[], target: TargetSpec, hib: boolean): TargetAssessment {
  const base = bases[0]!;
  const latest = latests[0]!;
  const single = base.year === latest.year;
  const out: TargetAssessment = { target, status: 'insufficient', base, latest, single, achieved: false, approximate: false, missed: false, alternatives: [] };
  if (target.year === null) return { ...out, reason: 'target_no_year' };
  const t = { ...target, year: target.year };
  const combos: [UsedFigure, UsedFigure][] = single ? latests.map((l) => [l, l]) : bases.flatMap((b) => latests.map((l): [UsedFigure, UsedFigure] => [b, l]));
  const results = combos.map(([b, l]) => ({ b, l, core: assessOne(b, l, t, hib) }));
  const primary = results[0]!.core;
  const agree = results.every((r) => r.core.status === primary.status);
  Object.assign(out, primary);
  if (!agree) {
    out.status = 'insufficient';
    out.reason = 'conflict';
  }
  out.alternatives = results.slice(1).map((r) => ({ base: r.b, latest: r.l, status: r.core.status, ratio: r.core.growth?.ratio ?? null }));
  const usedBase = !single && !primary.achieved;
  out.approximate = latest.qualifier !== 'exact' || (usedBase && base.qualifier !== 'exact') || APPROX_TARGET.has(target.qualifier);
  out.missed = !out.achieved && target.year <= latest.year;
  return out;
}

/** Headline order: upcoming targets (T ≥ t) nearest first, then past ones latest first; undated last. */
function headlineOrder(latestYear: number, hib: boolean) {
  return (a: TargetAssessment, b: TargetAssessment): number => {
    const ya = a.target.year;
    const yb = b.target.year;
    if (ya === null || yb === null) return Number(ya === null) - Number(yb === null);
    const ua = ya >= latestYear;
    const ub = yb >= latestYear;
    if (ua !== ub) return ua ? -1 : 1;
    if (ya !== yb) return ua ? ya - yb : yb - ya;
    return hib ? b.target.value - a.target.value : a.target.value - b.target.value;
  };
}

/** Progress of one series against every target that applies to it. */
export function assessSeries(series: Series): SeriesProgress {
  const hib = series.indicator.higherIsBetter;
  const specs = targetSpecs(series.targets);
  const earlier = specs.filter((s) => s.year !== null && s.year <= BASE_YEAR_FLOOR);
  const current = specs.filter((s) => !(s.year !== null && s.year <= BASE_YEAR_FLOOR));
  const out: SeriesProgress = { seriesKey: series.key, higherIsBetter: hib, status: 'insufficient', assessments: [], earlier };
  const inPeriod = series.points.filter((o) => o.year! >= PERIOD_START);
  if (inPeriod.length === 0) {
    if (series.points.length === 0) return { ...out, reason: series.undated.length ? 'undated_only' : 'no_data' };
    const lastYear = series.points[series.points.length - 1]!.year!;
    return { ...out, reason: 'before_period', context: candidates(series.points.filter((o) => o.year === lastYear), hib)[0]! };
  }
  const recent = series.points.filter((o) => o.year! >= BASE_YEAR_FLOOR);
  const t0 = recent[0]!.year!;
  const t = recent[recent.length - 1]!.year!;
  const bases = candidates(recent.filter((o) => o.year === t0), hib);
  const latests = candidates(recent.filter((o) => o.year === t), hib);
  out.base = bases[0]!;
  out.latest = latests[0]!;
  if (current.length === 0) return { ...out, reason: 'no_target' };
  out.assessments = current.map((s) => assessTarget(bases, latests, s, hib)).sort(headlineOrder(t, hib));
  const head = out.assessments[0]!;
  out.status = head.status;
  if (head.reason) out.reason = head.reason;
  return out;
}
