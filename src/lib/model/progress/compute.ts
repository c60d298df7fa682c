/**
 * The arithmetic of the method, on plain numbers: no model, no strings, so every case can be
 * unit-tested and recomputed by hand from the "cách tính" block.
 *
 *   CAGRₒ = (yₜ / y₀)^(1/(t − t₀)) − 1        observed compound growth per year
 *   CAGRᵣ = (Y / y₀)^(1/(T − t₀)) − 1       required compound growth per year
 *   R     = d · CAGRₒ / |CAGRᵣ|               d = +1 when higher is better, −1 otherwise
 *
 * |CAGRᵣ| and d are sdg-build's (ProgressMeasure.py): with them a series whose base already met
 * the target and then fell below it gets R < 0 (đi lùi), not a misleading positive ratio.
 * When y₀ or Y is zero or negative the compound rate is undefined or meaningless; instead of
 * Open SDG's substitute value 0.001 (which swings R wildly for communes starting at 0%) we use
 * the linear version: gₒ = (yₜ − y₀)/(t − t₀), gᵣ = (Y − y₀)/(T − t₀), R = d · gₒ / |gᵣ|.
 */
import type { Qualifier } from '../../data/model.ts';
import { classifyRatio } from './status.ts';

export interface YearValue {
  year: number;
  value: number;
}

export type GrowthMethod = 'cagr' | 'linear';

export interface Growth {
  method: GrowthMethod;
  /** +1 when higher is better, −1 otherwise. */
  direction: 1 | -1;
  /** CAGRₒ (a fraction: 0.05 = 5% a year) or gₒ (units per year). */
  observed: number;
  /** CAGRᵣ or gᵣ. */
  required: number;
  /** R; null when the required growth is zero (the base equals the target). */
  ratio: number | null;
}

/**
 * Whether a value meets a target, reading the qualifier honestly at the boundary:
 * "gần 70%" (nearly) is below 70, so it does not meet a 70% target; "hơn 70%" does.
 */
export function meetsTarget(value: number, qualifier: Qualifier, target: number, higherIsBetter: boolean): boolean {
  const diff = value - target;
  if (diff !== 0) return higherIsBetter ? diff > 0 : diff < 0;
  if (higherIsBetter) return qualifier !== 'nearly' && qualifier !== 'less_than';
  return qualifier !== 'more_than' && qualifier !== 'at_least';
}

/** The compound method needs positive base and target and a non-negative latest value. */
export function growthMethod(base: number, latest: number, target: number): GrowthMethod {
  return base > 0 && target > 0 && latest >= 0 ? 'cagr' : 'linear';
}

/**
 * Observed and required growth and R. Requires latest.year > base.year and target.year > base.year
 * (the caller checks; this function throws otherwise, since a silent NaN would reach the page).
 */
export function growth(base: YearValue, latest: YearValue, target: YearValue, higherIsBetter: boolean): Growth {
  if (!(latest.year > base.year) || !(target.year > base.year)) {
    throw new Error(`growth(): years must follow the base year (t₀=${base.year}, t=${latest.year}, T=${target.year})`);
  }
  const method = growthMethod(base.value, latest.value, target.value);
  const direction = higherIsBetter ? 1 : -1;
  const rate = (to: number, years: number) =>
    method === 'cagr' ? Math.pow(to / base.value, 1 / years) - 1 : (to - base.value) / years;
  const observed = rate(latest.value, latest.year - base.year);
  const required = rate(target.value, target.year - base.year);
  const ratio = required === 0 ? null : (direction * observed) / Math.abs(required);
  return { method, direction, observed, required, ratio };
}

/**
 * Status from a computed growth, once "achieved" has been ruled out. A zero required growth means
 * the base sat exactly on the target: any loss is deterioration, no change is limited progress.
 */
export function statusOfGrowth(g: Growth): ReturnType<typeof classifyRatio> {
  if (g.ratio === null) return g.direction * g.observed < 0 ? 'deterioration' : 'limited_progress';
  return classifyRatio(g.ratio);
}

/** R rounded to 3 decimals, as printed (0.952). Tests and pages compare this, not the raw float. */
export const roundRatio = (r: number): number => Math.round(r * 1000) / 1000;
