/**
 * The six progress statuses and the thresholds of Statistics Canada's method (as in Open SDG),
 * unchanged so our statuses can be compared with theirs. The methodology page prints these
 * constants, so the page and the code cannot disagree.
 */

export type ProgressStatus = 'achieved' | 'on_track' | 'acceleration_needed' | 'limited' | 'deterioration' | 'insufficient';

/** Best first: the order of badges in legends, summaries and grouped lists. */
export const STATUS_ORDER: readonly ProgressStatus[] = ['achieved', 'on_track', 'acceleration_needed', 'limited', 'deterioration', 'insufficient'];

/** Lower bounds of R for each status (R ≥ bound). Open SDG: high 0.95, med 0.6, low 0. */
export const THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, limited: 0 } as const;

/**
 * The 2021–2030 programmes are assessed from 2020, the year before they start: the same choice
 * as Open SDG, whose base year 2015 is the year before the SDG period (2016–2030). Figures from
 * before this year belong to the previous programme and are never used as a base.
 */
export const BASE_YEAR_FLOOR = 2020;

/** Why a status could not be computed; each has its own sentence on the page. */
export type InsufficientReason =
  | 'no_data' // no dated result at all
  | 'no_recent_data' // results, but none from BASE_YEAR_FLOOR on
  | 'no_target' // no plan in the chain sets a target
  | 'target_no_year' // the target has no year
  | 'single_value' // one year of data from the floor on, and the target is not met
  | 'target_not_after_base' // target year ≤ base year and not met: no required growth to compare with
  | 'conflict'; // sources disagree and the choice of figure changes the status

/** Status for a ratio R = d·observed / |required| (the target is known not to be met). */
export function classifyRatio(r: number): Exclude<ProgressStatus, 'achieved' | 'insufficient'> {
  if (r >= THRESHOLDS.onTrack) return 'on_track';
  if (r >= THRESHOLDS.acceleration) return 'acceleration_needed';
  if (r >= THRESHOLDS.limited) return 'limited';
  return 'deterioration';
}

/** Rank for "best first" sorting; lower is better. */
export const statusRank = (s: ProgressStatus): number => STATUS_ORDER.indexOf(s);
