/** The parts every API file is made of: a figure as in the bulk CSV, and the sources and indicators a file refers to. */
import type { Model, Observation, Place } from '../../data/model.ts';
import type { Relation } from '../../model/related-places.ts';
import { indicatorApiPath, sourcePath } from '../../site/urls.ts';
import type { ApiContext } from './api.ts';

export type Json = Record<string, unknown>;

export const nonEmpty = <T>(list: T[]): T[] | undefined => (list.length ? list : undefined);

/** Drops undefined, null and '' so absent means empty, as in the CSV (copies: `delete` is slow). */
export function compact<T extends Json>(o: T): T {
  const out: Json = {};
  for (const k in o) {
    const v = o[k];
    if (v !== undefined && v !== null && v !== '') out[k] = v;
  }
  return out as T;
}

/** One figure as in so-lieu.csv; built key by key (this runs 100,000 times on a full data set). */
export function figure(o: Observation, place: Place, extra?: { relation?: Relation; place_name?: string }): Json {
  const f: Json = { id: o.id, place_level: place.level, place_code: place.code };
  if (extra?.place_name) f.place_name = extra.place_name;
  if (extra?.relation && extra.relation !== 'self') f.relation = extra.relation;
  f.indicator = o.indicatorId;
  f.kind = o.kind;
  if (o.year !== null) f.year = o.year;
  f.value = o.value;
  if (o.qualifier !== 'exact') f.qualifier = o.qualifier;
  if (o.basis) f.basis = o.basis;
  if (o.numerator !== undefined) f.numerator = o.numerator;
  if (o.denominator !== undefined) f.denominator = o.denominator;
  f.source = o.sourceId;
  if (o.variant) f.variant = o.variant;
  if (o.planId) f.plan = o.planId;
  f.quote = o.quote;
  if (o.note) f.note = o.note;
  return f;
}

export function sourcesOf(model: Model, list: Iterable<Observation>, ctx: ApiContext): Json {
  const ids = new Set<string>();
  for (const o of list) {
    ids.add(o.sourceId);
    if (o.planId) ids.add(o.planId);
  }
  const out: Json = {};
  for (const id of [...ids].sort()) {
    const s = model.sourceById.get(id)!;
    out[id] = compact({ type: s.type, title: s.title, number: s.number, date: s.date, url: s.url, page_url: ctx.url(sourcePath(id)) });
  }
  return out;
}

export function indicatorsOf(model: Model, ids: Iterable<string>, ctx: ApiContext): Json {
  const out: Json = {};
  for (const id of [...new Set(ids)].sort()) {
    const i = model.indicatorById.get(id)!;
    out[id] = compact({ name_vi: i.nameVi, unit: i.unit, api_url: ctx.url(indicatorApiPath(id)) });
  }
  return out;
}
