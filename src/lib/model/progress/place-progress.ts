/**
 * Progress per place × indicator, computed once per model and cached: place pages, the national
 * summary, indicator pages and the communes of a province all read the same results, so a status
 * shown in a summary is always the one its place page explains.
 */
import type { Indicator, Model, Place } from '../../data/model.ts';
import type { Relation } from '../related-places.ts';
import { seriesOfPlace, type Series } from '../series.ts';
import { assessSeries, type SeriesProgress } from './assess.ts';
import { statusRank, type InsufficientReason, type ProgressStatus } from './status.ts';

export interface SeriesWithProgress {
  series: Series;
  progress: SeriesProgress;
}

const caches = new WeakMap<Model, Map<string, SeriesWithProgress[]>>();

/** Every series of one place for one indicator (one per basis), each with its progress. */
export function progressOfPlace(model: Model, place: Place, indicator: Indicator, relation: Relation = 'self'): SeriesWithProgress[] {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const key = `${place.key}|${indicator.id}|${relation}`;
  let hit = cache.get(key);
  if (!hit) {
    const series = seriesOfPlace(model, place, indicator, relation);
    // Most place × indicator pairs have no figure: not cached, or the cache would hold them all.
    if (series.length === 0) return [];
    hit = series.map((s) => ({ series: s, progress: assessSeries(s) }));
    cache.set(key, hit);
  }
  return hit;
}

export interface PlaceStatus {
  status: ProgressStatus;
  reason?: InsufficientReason;
  /** The series the status comes from; undefined when the place has no result for the indicator. */
  entry?: SeriesWithProgress;
}

/**
 * One status per place for summaries. When a place has several series (recognised and registered
 * figures), the one with a computed status is preferred, then recognised or unspecified figures;
 * the place page shows every series.
 */
export function placeStatus(model: Model, place: Place, indicator: Indicator): PlaceStatus {
  const list = progressOfPlace(model, place, indicator);
  if (list.length === 0) return { status: 'insufficient', reason: 'no_data' };
  const informative = (e: SeriesWithProgress) => Number(e.progress.status === 'insufficient');
  const registered = (e: SeriesWithProgress) => Number(e.series.basis === 'registered');
  const entry = [...list].sort((a, b) => informative(a) - informative(b) || registered(a) - registered(b) || statusRank(a.progress.status) - statusRank(b.progress.status))[0]!;
  const out: PlaceStatus = { status: entry.progress.status, entry };
  if (entry.progress.reason) out.reason = entry.progress.reason;
  return out;
}
