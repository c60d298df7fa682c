/**
 * The static JSON API: one small file per current place, per former unit with figures of its own,
 * and per indicator, plus an index.
 *
 *   /api/v1/index.json                         places above commune level, former provinces and
 *                                              districts with a file, indicators, URL templates
 *   /api/v1/dia-phuong/<level>/<code>.json     a place (level: national, province, commune, region;
 *                                              former_province, former_district, former_commune)
 *   /api/v1/chi-tieu/<id>.json                 an indicator and all its figures
 *
 * Field names are those of the bulk CSV (so-lieu.csv); an absent key is an empty cell.
 * Files are compact (no pretty print) and self-contained: the sources and indicators a file
 * refers to are listed in it. Pure: the model and URL helpers come in.
 */
import type { Model, Observation, Place } from '../../data/model.ts';
import { placeLabelWithParents } from '../../present/labels.ts';
import { currentPlacesOf, relatedPlaces, type Relation } from '../../model/related-places.ts';
import { applicableTargets, type TargetLevel } from '../../model/targets.ts';
import { indicatorAssessments, placeAssessments, relatedAssessments } from './assessments.ts';
import { apiIndexPath, datapackagePath, formerAnchor, releasesApiPath, indicatorApiPath, indicatorApiPattern, indicatorPath, placeApiPath, placeApiPattern, placePath } from '../../site/urls.ts';
import { citationText } from '../../present/citation.ts';
import { compact, figure, indicatorsOf, nonEmpty, sourcesOf, type Json } from './api-parts.ts';

export const API_VERSION = 1;

export interface ApiContext {
  /** Data version: the latest release's commit (site/config.ts). */
  version: string;
  /** Its day (ISO), named in citations. */
  versionDate: string;
  /** ISO date of the build. */
  date: string;
  illustrative: boolean;
  /** Absolute URL of a site path. */
  url: (path: string) => string;
}


/** Places with a page and an API file: the nation, provinces, communes and clusters. */
export function apiPlaces(model: Model): Place[] {
  return [model.nation, ...model.provinces, ...model.communes, ...model.regions];
}

const FORMER_LEVELS = new Set(['former_province', 'former_district', 'former_commune']);

/**
 * Former units with an API file: those with figures of their own (results or targets), so that
 * they can be compared (/so-sanh/); a former unit without figures has nothing to compare.
 */
export function formerApiPlaces(model: Model): Place[] {
  return [...model.formerProvinces, ...model.formerDistricts, ...model.formerCommunes].filter((p) => model.observationsByPlace.has(p.key));
}

/** Whether a place has an API file. */
export function hasApiFile(model: Model, place: Place): boolean {
  return !FORMER_LEVELS.has(place.level) || model.observationsByPlace.has(place.key);
}

/** Every place with an API file. */
export function allApiPlaces(model: Model): Place[] {
  return [...apiPlaces(model), ...formerApiPlaces(model)];
}

/** The page that shows a place's figures: its own, or a successor's at the line naming the former unit. */
function pagePathOf(model: Model, place: Place): string {
  const own = placePath(place);
  if (own) return own;
  const successor = currentPlacesOf(model, place)[0];
  const path = successor ? placePath(successor) : undefined;
  return path ? `${path}#${formerAnchor(place.level as 'former_commune' | 'former_district' | 'former_province', place.code)}` : '/';
}

export type TargetScope = TargetLevel;

/**
 * For each indicator, the targets that apply to the place: the site's one rule
 * (model/targets.ts `applicableTargets`), grouped by the plan's setter in the file.
 */
export function applicableTargetsByIndicator(model: Model, place: Place): { indicator: string; setter: Place; scope: TargetScope; targets: Observation[] }[] {
  const out: { indicator: string; setter: Place; scope: TargetScope; targets: Observation[] }[] = [];
  for (const ind of model.indicators) {
    const bySetter = new Map<string, { indicator: string; setter: Place; scope: TargetScope; targets: Observation[] }>();
    for (const a of applicableTargets(model, place, ind.id)) {
      let entry = bySetter.get(a.setter.key);
      if (!entry) bySetter.set(a.setter.key, (entry = { indicator: ind.id, setter: a.setter, scope: a.level, targets: [] }));
      entry.targets.push(a.target);
    }
    out.push(...bySetter.values());
  }
  return out;
}

const RELATION_ORDER: Relation[] = ['self', 'former', 'former_district', 'former_province'];

export function placeApi(model: Model, place: Place, ctx: ApiContext): Json {
  const related = relatedPlaces(model, place);
  const figures: Json[] = [];
  const used: Observation[] = [];
  for (const relation of RELATION_ORDER) {
    for (const r of related) {
      if (r.relation !== relation) continue;
      for (const o of model.observationsByPlace.get(r.place.key) ?? []) {
        figures.push(figure(o, r.place, { relation }));
        used.push(o);
      }
    }
  }
  // Targets by reference, grouped by the plan that sets them: the rows themselves are figures
  // (kind "target") in the setter's own file, so 3,321 commune files do not repeat the national plan.
  const bySetter = new Map<string, Json & { indicators: string[] }>();
  for (const a of applicableTargetsByIndicator(model, place)) {
    let entry = bySetter.get(a.setter.key);
    if (!entry) {
      entry = { scope: a.scope, set_by_level: a.setter.level, set_by_code: a.setter.code, indicators: [] };
      const setterPath = ['national', 'province', 'commune', 'region'].includes(a.setter.level) ? placeApiPath(a.setter) : undefined;
      if (setterPath) entry.api_url = ctx.url(setterPath);
      bySetter.set(a.setter.key, entry);
    }
    if (!entry.indicators.includes(a.indicator)) entry.indicators.push(a.indicator);
    // A target set by a former unit (its plan) is not in any API file: its rows go in this one.
    if (!entry.api_url) for (const o of a.targets) if (!used.includes(o)) { figures.push(figure(o, a.setter, { relation: 'former' })); used.push(o); }
  }
  const targets = [...bySetter.values()];
  // A former unit's province is a former province too: its label names it, the province_* fields are for current units.
  const province = place.provinceKey && !FORMER_LEVELS.has(place.level) ? model.places.get(place.provinceKey) : undefined;
  const path = pagePathOf(model, place);
  const apiUrlOf = (p: Place) => (hasApiFile(model, p) ? ctx.url(placeApiPath(p)) : undefined);
  const region = place.level === 'region' ? model.regions.find((r) => r.key === place.key) : undefined;
  const formers = (model.predecessors.get(place.key) ?? []).map((l) => {
    const p = model.places.get(l.key)!;
    return compact({ level: p.level, code: p.code, full_name: p.fullName, label: placeLabelWithParents(model, p), share: l.share, qa_note: l.qaNote, figure_count: model.observationsByPlace.get(p.key)?.length ?? 0, api_url: apiUrlOf(p) });
  });
  const formerDistricts = related
    .filter((r) => r.relation === 'former_district')
    .map((r) => compact({ level: r.place.level, code: r.place.code, full_name: r.place.fullName, label: placeLabelWithParents(model, r.place), api_url: apiUrlOf(r.place) }));
  // A former unit's file says which current units took it over (its figures are on their pages).
  const successors = FORMER_LEVELS.has(place.level)
    ? currentPlacesOf(model, place).map((p) => {
        const link = (model.successors.get(place.key) ?? []).find((l) => l.key === p.key);
        return compact({ level: p.level, code: p.code, full_name: p.fullName, share: link?.share, api_url: ctx.url(placeApiPath(p)), page_url: ctx.url(placePath(p)!) });
      })
    : undefined;
  const communes = place.level === 'province'
    ? (model.communesByProvince.get(place.key) ?? []).map((c) => ({ code: c.code, full_name: c.fullName, api_url: ctx.url(placeApiPath(c)) }))
    : undefined;
  const members = region?.memberFormerProvinceKeys.map((k) => {
    const p = model.places.get(k)!;
    return { level: p.level, code: p.code, full_name: p.fullName };
  });
  return compact({
    api_version: API_VERSION,
    data_version: ctx.version,
    built: ctx.date,
    illustrative: ctx.illustrative || undefined,
    place: compact({
      level: place.level,
      code: place.code,
      name: place.name,
      full_name: place.fullName,
      label: place.level === 'national' ? undefined : placeLabelWithParents(model, place),
      type: place.type,
      province_code: province?.code,
      province_full_name: province?.fullName,
      province_api_url: province ? ctx.url(placeApiPath(province)) : undefined,
      full_name_2025_07_01: place.formerFullName,
      alt_names: place.altNames,
      gso_1027_code: place.gsoCode,
      note: region?.note,
      page_url: ctx.url(path),
    }),
    successors: successors?.length ? successors : undefined,
    former_units: formers.length ? formers : undefined,
    former_districts: formerDistricts.length ? formerDistricts : undefined,
    member_former_provinces: members?.length ? members : undefined,
    communes,
    figures,
    targets,
    assessments: placeAssessments(model, place),
    former_unit_assessments: nonEmpty(relatedAssessments(model, place)),
    indicators: indicatorsOf(model, used.map((o) => o.indicatorId), ctx),
    sources: sourcesOf(model, used, ctx),
    citation: citationText({ title: place.fullName, url: ctx.url(path), version: ctx.version, date: ctx.versionDate }),
  });
}

export function indicatorApi(model: Model, indicatorId: string, ctx: ApiContext): Json {
  const i = model.indicatorById.get(indicatorId)!;
  const list = model.observationsByIndicator.get(indicatorId) ?? [];
  const page = indicatorPath(i.id);
  return compact({
    api_version: API_VERSION,
    data_version: ctx.version,
    built: ctx.date,
    illustrative: ctx.illustrative || undefined,
    indicator: compact({
      id: i.id,
      name_vi: i.nameVi,
      name_en: i.nameEn,
      unit: i.unit,
      denominator: i.denominator,
      higher_is_better: i.higherIsBetter,
      group: i.group,
      main: i.main,
      definition: i.definition,
      legal_basis: i.legalBasis.length ? i.legalBasis : undefined,
      note: i.note,
      page_url: ctx.url(page),
    }),
    figures: list.map((o) => {
      const p = model.places.get(o.placeKey)!;
      return figure(o, p, { place_name: p.fullName });
    }),
    assessments: indicatorAssessments(model, i.id),
    sources: sourcesOf(model, list, ctx),
    citation: citationText({ title: i.nameVi, url: ctx.url(page), version: ctx.version, date: ctx.versionDate }),
  });
}

/** An absolute URL with its "{placeholders}" kept as written (URL parsing would encode the braces). */
const urlTemplate = (ctx: ApiContext, pattern: string): string => ctx.url(pattern).replace(/%7B(\w+)%7D/gi, '{$1}');

export function apiIndex(model: Model, ctx: ApiContext, datasetName: string): Json {
  const top = [model.nation, ...model.provinces, ...model.regions];
  const formers = formerApiPlaces(model);
  return compact({
    api_version: API_VERSION,
    data_version: ctx.version,
    data_version_date: ctx.versionDate,
    built: ctx.date,
    dataset: datasetName,
    illustrative: ctx.illustrative || undefined,
    url_templates: {
      place: urlTemplate(ctx, placeApiPattern),
      indicator: urlTemplate(ctx, indicatorApiPattern),
    },
    levels: ['national', 'province', 'commune', 'region', 'former_province', 'former_district', 'former_commune'],
    counts: {
      national: 1,
      province: model.provinces.length,
      commune: model.communes.length,
      region: model.regions.length,
      ...Object.fromEntries([...FORMER_LEVELS].map((l) => [l, formers.filter((p) => p.level === l).length])),
      indicator: model.indicators.length,
      figures: model.observations.length,
    },
    datapackage_url: ctx.url(datapackagePath),
    releases_url: ctx.url(releasesApiPath),
    places: top.map((p) => compact({ level: p.level, code: p.code, full_name: p.fullName, commune_count: p.level === 'province' ? model.communesByProvince.get(p.key)?.length ?? 0 : undefined, api_url: ctx.url(placeApiPath(p)) })),
    // Former communes with a file are listed in their successors' files (former_units), not here.
    former_places: formers
      .filter((p) => p.level !== 'former_commune')
      .map((p) => ({ level: p.level, code: p.code, label: placeLabelWithParents(model, p), api_url: ctx.url(placeApiPath(p)) })),
    indicators: model.indicators.map((i) => compact({ id: i.id, name_vi: i.nameVi, unit: i.unit, main: i.main || undefined, group: i.group, figure_count: model.observationsByIndicator.get(i.id)?.length ?? 0, api_url: ctx.url(indicatorApiPath(i.id)) })),
  });
}
