/**
 * Which places' figures belong on a current place's page, how their area compares with the
 * page's, and in which order plans apply. Former units are never merged into current ones: their
 * figures are listed as theirs, under their own names.
 */
import type { LevelClass, Model, Place } from '../data/model.ts';

export type Relation = 'self' | 'former' | 'former_district' | 'former_province';

/**
 * How the area of a related unit's figures compares with the page's place:
 * - `same`: the place itself;
 * - `part`: a unit wholly inside it (a former commune that went wholly into the commune, a former
 *   province of the province, a former district of the province);
 * - `overlap`: a former unit only part of which went into it (the figure covers more);
 * - `larger`: a unit that contains it and more (a former district on a commune's page).
 */
export type Coverage = 'same' | 'part' | 'overlap' | 'larger';

export interface RelatedPlace {
  place: Place;
  relation: Relation;
  coverage: Coverage;
}

/**
 * The current place itself, then the former units whose figures its page shows. `evenWithoutFigures`:
 * also the former districts whose figures it would show but which have none today (the changelog
 * of a page lists the figures such a unit had).
 */
export function relatedPlaces(model: Model, place: Place, opts: { evenWithoutFigures?: boolean } = {}): RelatedPlace[] {
  const hasFigures = (key: string) => opts.evenWithoutFigures === true || model.observationsByPlace.has(key);
  const out: RelatedPlace[] = [{ place, relation: 'self', coverage: 'same' }];
  const add = (key: string, relation: Relation, coverage: Coverage) => {
    const p = model.places.get(key);
    if (p && !out.some((r) => r.place.key === key)) out.push({ place: p, relation, coverage });
  };
  if (place.level === 'province') {
    const formers = (model.predecessors.get(place.key) ?? []).map((l) => l.key);
    for (const k of formers) add(k, 'former', 'part');
    // Districts no longer exist; their figures belong to the province that succeeded theirs
    // (units dissolved before 2025-03-01, like Huyện Hoa Lư, included).
    const formerSet = new Set(formers);
    for (const d of model.formerDistricts) {
      if (d.provinceKey && formerSet.has(d.provinceKey) && hasFigures(d.key)) add(d.key, 'former_district', 'part');
    }
  } else if (place.level === 'commune') {
    for (const l of model.predecessors.get(place.key) ?? []) add(l.key, 'former', l.share === 'full' ? 'part' : 'overlap');
    for (const d of model.formerDistrictsOfCommune.get(place.key) ?? []) {
      if (hasFigures(d)) add(d, 'former_district', 'larger');
    }
  }
  return out;
}

/** The class of levels a place belongs to, for the levels an indicator applies to. */
export function levelClass(place: Place): LevelClass {
  switch (place.level) {
    case 'national':
      return 'national';
    case 'province':
    case 'former_province':
    case 'region':
      return 'province';
    case 'former_district':
      return 'district';
    default:
      return 'commune';
  }
}

/** Whether an indicator means something for one unit of this place's level (empty list: all levels). */
export function appliesAt(levels: readonly LevelClass[], place: Place): boolean {
  return levels.length === 0 || levels.includes(levelClass(place));
}

/**
 * Plans that apply to figures of `place`, nearest first: its own, its district's (former units),
 * its province's, then the national one.
 */
export function planChain(model: Model, place: Place): Place[] {
  const chain: Place[] = [place];
  const add = (key: string | undefined) => {
    const p = key ? model.places.get(key) : undefined;
    if (p && !chain.includes(p)) chain.push(p);
  };
  if (place.level === 'commune') add(place.provinceKey);
  if (place.level === 'former_commune') {
    add(place.parentKey);
    add(place.provinceKey);
  }
  if (place.level === 'former_district') add(place.provinceKey);
  if (place.level !== 'national') chain.push(model.nation);
  return chain;
}

/** Current units that a place's figures appear under (itself, or the successors of a former unit). */
export function currentPlacesOf(model: Model, place: Place): Place[] {
  if (place.level === 'national' || place.level === 'province' || place.level === 'commune' || place.level === 'region') return [place];
  const out = new Set<Place>();
  if (place.level === 'former_district') {
    const prov = place.provinceKey ? model.successors.get(place.provinceKey) : undefined;
    for (const s of prov ?? []) out.add(model.places.get(s.key)!);
    return [...out];
  }
  for (const s of model.successors.get(place.key) ?? []) {
    const p = model.places.get(s.key);
    if (p) out.add(p);
  }
  return [...out];
}

/**
 * The current places whose pages show a place's figures, whether or not it has any today: the
 * inverse of `relatedPlaces(…, { evenWithoutFigures: true })`, for the changelog (a figure removed
 * from a former district that now has none still belongs to the pages that showed it).
 * - a current unit or cluster: its own page;
 * - a former province or commune: the units it went into (a split commune: each of them);
 * - a former district: the province that succeeded its province, then each commune into which at
 *   least one of its former communes went wholly (data/README.md); a unit dissolved before
 *   2025-03-01 has no such commune.
 */
export function pagesShowing(model: Model, place: Place): Place[] {
  if (place.level !== 'former_district') return currentPlacesOf(model, place);
  const communes = (model.communesOfFormerDistrict.get(place.key) ?? [])
    .filter((c) => model.formerDistrictsOfCommune.get(c)?.includes(place.key))
    .map((c) => model.places.get(c)!);
  return [...currentPlacesOf(model, place), ...communes];
}
