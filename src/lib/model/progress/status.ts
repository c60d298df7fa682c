/**
 * The progress statuses and the thresholds of Statistics Canada's method (as in Open SDG),
 * unchanged so our statuses can be compared with theirs, plus the rules of the period. The
 * methodology page prints these constants, so the page and the code cannot disagree. The status
 * names are the ones the JSON API publishes.
 */

export type ProgressStatus =
  | 'achieved'
  | 'on_track'
  | 'needs_acceleration'
  | 'limited_progress'
  | 'deterioration'
  | 'not_yet_achieved'
  | 'insufficient';

/** Best first: the order of badges in legends, summaries and grouped lists. */
export const STATUS_ORDER: readonly ProgressStatus[] = [
  'achieved',
  'on_track',
  'needs_acceleration',
  'limited_progress',
  'deterioration',
  'not_yet_achieved',
  'insufficient',
];

/** Lower bounds of R for each status (R ≥ bound). Open SDG: high 0.95, med 0.6, low 0. */
export const THRESHOLDS = { onTrack: 0.95, acceleration: 0.6, limited: 0 } as const;

/** First year of the 2021–2030 programmes: a status needs a latest figure from this year on. */
export const PERIOD_START = 2021;

/**
 * The earliest base year: the figure of 2020 is the value when the programmes start (as Open SDG
 * bases 2016–2030 on 2015). It may be the base y₀, never the latest value yₜ. Figures from before
 * this year belong to earlier programmes and are never used.
 */
export const BASE_YEAR_FLOOR = PERIOD_START - 1;

/** Why a status could not be computed; each has its own sentence on the page. */
export type InsufficientReason =
  | 'no_data' // no result at all
  | 'undated_only' // results, but none says its year
  | 'before_period' // results, but none from PERIOD_START on: shown as context only
  | 'no_target' // no plan in the chain sets a target
  | 'target_no_year' // the target has no year
  | 'target_not_after_base' // target year ≤ base year and not met: no required growth to compare with
  | 'conflict' // sources disagree and the choice of figure changes the status
  | 'needs_verification'; // the figure (or target) that would decide it is marked "cần kiểm chứng"

/** Status for a ratio R = d·observed / |required| (the target is known not to be met). */
export function classifyRatio(r: number): 'on_track' | 'needs_acceleration' | 'limited_progress' | 'deterioration' {
  if (r >= THRESHOLDS.onTrack) return 'on_track';
  if (r >= THRESHOLDS.acceleration) return 'needs_acceleration';
  if (r >= THRESHOLDS.limited) return 'limited_progress';
  return 'deterioration';
}

/** Rank for "best first" sorting; lower is better. */
export const statusRank = (s: ProgressStatus): number => STATUS_ORDER.indexOf(s);
