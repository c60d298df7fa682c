/**
 * Target resolution: the place's own plan, else its district's or province's, else the national one.
 * Recognised and registered figures are different series: a target only applies to its own basis.
 */
import type { Basis, Model, Observation, Place } from '../data/model.ts';
import { appliesAt, planChain } from './related-places.ts';

export type TargetLevel = 'own' | 'district' | 'province' | 'national';

export interface AppliedTarget {
  target: Observation;
  /** The place whose plan sets it. */
  setter: Place;
  level: TargetLevel;
}

/** Whether two bases can belong to one series: unknown matches anything, otherwise they must agree. */
export function basisCompatible(a: Basis | undefined, b: Basis | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

function levelOf(place: Place, setter: Place): TargetLevel {
  if (setter.key === place.key) return 'own';
  if (setter.level === 'national') return 'national';
  if (setter.level === 'former_district') return 'district';
  return 'province';
}

/**
 * The targets that apply, resolved per target year: for each year, the nearest plan in the chain
 * that sets a target for that year (own → district → province → national). A plan that stops at
 * 2020 therefore does not hide the national 2025 and 2030 targets, and a province's 2025 target
 * overrides the national 2025 one without hiding the national 2030 one. Undated targets count as
 * one more "year". Sorted by target year (undated last). Empty when no plan in the chain sets one,
 * and when the indicator means nothing for one unit of the place's level (a share of communes for a
 * commune). This is the one rule: pages, charts, embeds, downloads and the API all call it.
 */
export function applicableTargets(model: Model, place: Place, indicatorId: string, basis?: Basis): AppliedTarget[] {
  const indicator = model.indicatorById.get(indicatorId);
  if (indicator && !appliesAt(indicator.levels, place)) return [];
  const out: AppliedTarget[] = [];
  const claimed = new Set<number | null>();
  for (const setter of planChain(model, place)) {
    const targets = (model.observationsByPlace.get(setter.key) ?? []).filter(
      (o) => o.kind === 'target' && o.indicatorId === indicatorId && basisCompatible(o.basis, basis) && !claimed.has(o.year),
    );
    for (const target of targets) out.push({ target, setter, level: levelOf(place, setter) });
    for (const target of targets) claimed.add(target.year);
  }
  return out.sort((a, b) => (a.target.year ?? 9999) - (b.target.year ?? 9999));
}
