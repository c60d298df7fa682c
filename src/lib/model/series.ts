/**
 * Series: the results of one place for one indicator on one basis, over the years.
 * Charts and progress status both start from here, so they always agree on what a series is:
 * - a former unit's figures are their own series, never joined to the successor's;
 * - recognised and registered figures are different series, never joined;
 * - targets come from the series' own plan chain (a former unit's plan applies to its figures).
 */
import type { Basis, Indicator, Model, Observation, Place } from '../data/model.ts';
import { relatedPlaces, type RelatedPlace, type Relation } from './related-places.ts';
import { applicableTargets, type AppliedTarget } from './targets.ts';

export interface Series {
  /** `${placeKey}|${indicatorId}|${basis ?? ''}` */
  key: string;
  place: Place;
  relation: Relation;
  indicator: Indicator;
  basis?: Basis;
  /** Dated results, sorted by year; a year may hold several figures when sources disagree. */
  points: Observation[];
  /** Results without a year: shown in tables, never plotted or used for progress. */
  undated: Observation[];
  /** Targets that apply to this series, from the nearest plan in its chain. */
  targets: AppliedTarget[];
}

export function seriesKey(placeKey: string, indicatorId: string, basis?: Basis): string {
  return `${placeKey}|${indicatorId}|${basis ?? ''}`;
}

/** Groups one place's results for one indicator into series by basis. */
export function seriesOfPlace(model: Model, place: Place, indicator: Indicator, relation: Relation = 'self'): Series[] {
  const results = (model.observationsByPlace.get(place.key) ?? []).filter((o) => o.kind === 'result' && o.indicatorId === indicator.id);
  const byBasis = new Map<string, Observation[]>();
  for (const o of results) {
    const k = o.basis ?? '';
    const list = byBasis.get(k) ?? [];
    list.push(o);
    byBasis.set(k, list);
  }
  const out: Series[] = [];
  for (const [k, list] of byBasis) {
    const basis = (k || undefined) as Basis | undefined;
    const s: Series = {
      key: seriesKey(place.key, indicator.id, basis),
      place,
      relation,
      indicator,
      points: list.filter((o) => o.year !== null).sort((a, b) => a.year! - b.year!),
      undated: list.filter((o) => o.year === null),
      targets: applicableTargets(model, place, indicator.id, basis),
    };
    if (basis) s.basis = basis;
    out.push(s);
  }
  return out;
}

/** Every series shown on a current place's page for one indicator: its own, then its former units'. */
export function seriesForPage(model: Model, place: Place, indicator: Indicator): Series[] {
  return relatedPlaces(model, place).flatMap((r) => seriesOfPlace(model, r.place, indicator, r.relation));
}

/**
 * The series of a page that share one chart and one title. Units of the page's own territory and
 * scale (the place, its former communes or provinces) are drawn together; a larger unit (a former
 * district on a commune's page) gets a chart of its own, titled with its own name; on a province
 * page the former districts share one chart, each line named. Never a unit under another's name.
 */
export interface SeriesGroup {
  /** '' for the page's own group, else a path segment naming the group ("former_district-785", "huyen-cu"). */
  key: string;
  /** Units whose figures the group holds, in page order. */
  units: RelatedPlace[];
  series: Series[];
}

export function seriesGroupsForPage(model: Model, place: Place, indicator: Indicator): SeriesGroup[] {
  const groups = new Map<string, SeriesGroup>();
  for (const r of relatedPlaces(model, place)) {
    const series = seriesOfPlace(model, r.place, indicator, r.relation);
    if (series.length === 0) continue;
    const key = r.relation !== 'former_district' ? '' : place.level === 'province' ? 'huyen-cu' : r.place.key.replace(':', '-');
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, units: [], series: [] }));
    g.units.push(r);
    g.series.push(...series);
  }
  return [...groups.values()];
}
