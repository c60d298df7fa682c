/**
 * Every status of the site as data, for the JSON API: each input the status was computed from
 * (base and latest figure with their ids, the target with its plan and setter, R and the method),
 * so anyone can recompute it with the formulas on /phuong-phap/. Built from the one assessment
 * (model/progress/assess.ts) the pages print; nothing is decided here.
 */
import type { Model, Place } from '../../data/model.ts';
import type { SeriesWithProgress } from '../../model/progress/place-progress.ts';
import { progressOfPlace } from '../../model/progress/place-progress.ts';
import { relatedPlaces } from '../../model/related-places.ts';
import type { TargetAssessment, UsedFigure } from '../../model/progress/assess.ts';

type Json = Record<string, unknown>;

const figure = (f: UsedFigure): Json => {
  const out: Json = { year: f.year, value: f.value, figure: f.observations[0]!.id };
  if (f.qualifier !== 'exact') out.qualifier = f.qualifier;
  if (f.observations.length > 1) out.other_figures = f.observations.slice(1).map((o) => o.id);
  if (f.unreliable) out.needs_verification = true;
  return out;
};

function target(a: TargetAssessment): Json {
  const t = a.target;
  const first = t.observations[0]!;
  const out: Json = { year: t.year };
  if (t.valueMax !== undefined) {
    out.min = t.value;
    out.max = t.valueMax;
  } else out.value = t.value;
  if (t.qualifier !== 'exact') out.qualifier = t.qualifier;
  out.plan = first.planId ?? first.sourceId;
  out.set_by_level = t.setter.level;
  out.set_by_code = t.setter.code;
  out.scope = t.level;
  out.figure = first.id;
  return out;
}

function assessment(a: TargetAssessment): Json {
  const out: Json = { status: a.status };
  if (a.reason) out.reason = a.reason;
  out.approximate = a.approximate;
  if (a.growth) out.method = a.growth.method;
  out.base = figure(a.base);
  out.latest = figure(a.latest);
  out.target = target(a);
  out.ratio = a.growth?.ratio ?? null;
  return out;
}

/** One object per series (indicator × basis) of the place's own figures: headline first, other targets after. */
export function seriesAssessment(e: SeriesWithProgress): Json {
  const p = e.progress;
  const out: Json = { indicator: e.series.indicator.id };
  if (e.series.basis) out.basis = e.series.basis;
  const [head, ...others] = p.assessments;
  if (!head) {
    out.status = p.status;
    if (p.reason) out.reason = p.reason;
    out.approximate = false;
    if (p.latest) out.latest = figure(p.latest);
    if (p.context) out.context = figure(p.context);
    return out;
  }
  Object.assign(out, assessment(head));
  if (others.length) out.other_targets = others.map(assessment);
  return out;
}

/** The assessments of a place's own figures, for its API file. */
export function placeAssessments(model: Model, place: Place): Json[] {
  const out: Json[] = [];
  for (const ind of model.indicators) for (const e of progressOfPlace(model, place, ind)) out.push(seriesAssessment(e));
  return out;
}

/**
 * The assessments of the former units whose figures a place's page shows (each names its unit):
 * every status a page prints can be recomputed from the API file of that page's place.
 */
export function relatedAssessments(model: Model, place: Place): Json[] {
  const out: Json[] = [];
  for (const r of relatedPlaces(model, place)) {
    if (r.relation === 'self') continue;
    for (const ind of model.indicators) {
      for (const e of progressOfPlace(model, r.place, ind, r.relation)) {
        out.push({ place_level: r.place.level, place_code: r.place.code, relation: r.relation, coverage: r.coverage, ...seriesAssessment(e) });
      }
    }
  }
  return out;
}

/** Every unit's assessment for one indicator (its API file), each naming its unit. */
export function indicatorAssessments(model: Model, indicatorId: string): Json[] {
  const ind = model.indicatorById.get(indicatorId)!;
  const keys = new Set((model.observationsByIndicator.get(indicatorId) ?? []).filter((o) => o.kind === 'result').map((o) => o.placeKey));
  const out: Json[] = [];
  for (const key of keys) {
    const place = model.places.get(key)!;
    for (const e of progressOfPlace(model, place, ind)) out.push({ place_level: place.level, place_code: place.code, ...seriesAssessment(e) });
  }
  return out;
}
