/**
 * Target resolution: the place's own plan, else its district's or province's, else the national one.
 * Recognised and registered figures are different series: a target only applies to its own basis.
 */
import type { Basis, Model, Observation, Place } from '../data/model.ts';
import { planChain } from './related-places.ts';

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
 * All targets at the nearest plan level that has any for this indicator and basis,
 * sorted by target year. Empty when no plan in the chain sets one.
 */
export function applicableTargets(model: Model, place: Place, indicatorId: string, basis?: Basis): AppliedTarget[] {
  for (const setter of planChain(model, place)) {
    const targets = (model.observationsByPlace.get(setter.key) ?? []).filter(
      (o) => o.kind === 'target' && o.indicatorId === indicatorId && basisCompatible(o.basis, basis),
    );
    if (targets.length) {
      return targets
        .sort((a, b) => (a.year ?? 9999) - (b.year ?? 9999))
        .map((target) => ({ target, setter, level: levelOf(place, setter) }));
    }
  }
  return [];
}
