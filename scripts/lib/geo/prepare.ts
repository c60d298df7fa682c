/**
 * Prepared geometry: each map's areas simplified once, offline, for the size it is drawn at, so
 * the build only projects and prints (src/lib/present/charts/map/frames.ts).
 *
 * For each map the parts (mainland, insets) are laid out as the build will lay them out, which
 * gives the pixels per Mercator unit of each part; then each part is simplified on its own with
 * topojson-simplify (Visvalingam: a point goes when the triangle it makes with its neighbours,
 * measured on the Web Mercator map, is smaller than the frame's `detail` in px²). Borders are
 * shared arcs, so neighbours keep one common border however much it is simplified. An island
 * smaller than the threshold keeps its first point and is drawn as a dot: islands never vanish.
 * Output: one TopoJSON per map, coordinates quantized to QUANTIZATION steps of its box.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { FRAME_SPECS, boxOf, layout, mercatorXY, type FrameSize, type FrameSpec } from '../../../src/lib/present/charts/map/layout.ts';
import { areasOf, formerProvinces, mergedOf, provinces, type Polygons, type Source } from './inputs.ts';
import { communePlan, countryPlan, isOffshore, mainlandAreas, type InsetPlan, type Plan } from './parts.ts';

/** Steps across each file's box: about 1 to 10 m, far below a pixel of any map or inset. */
export const QUANTIZATION = 100_000;

/** Insets are small and looked at closely: they keep points down to this share of `detail`. */
const INSET_DETAIL = 0.5;

const multi = (polygons: Polygons): MultiPolygon => ({ type: 'MultiPolygon', coordinates: polygons });

function* positions(polygons: Polygons): Generator<Position> {
  for (const polygon of polygons) for (const ring of polygon) yield* ring;
}

/** Area of a triangle on the Web Mercator plane (scale 1). */
function mercatorArea(triangle: Position[]): number {
  const [a, b, c] = triangle.map(mercatorXY) as [[number, number], [number, number], [number, number]];
  return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
}

type Weighted = Parameters<typeof simplify>[0];
const weighted = new Map<Source, Weighted>();

/**
 * The source's topology simplified for scale `k` (px per Mercator unit): the source's own arcs,
 * so areas that share a border still share it, with the points whose triangle is under `px2` left out.
 */
function simplifiedAt(source: Source, k: number, px2: number): Topology {
  let topo = weighted.get(source);
  if (!topo) weighted.set(source, (topo = presimplify(source.topology as Weighted, mercatorArea)));
  return simplify(topo, px2 / (k * k)) as Topology;
}

const insetPolygons = (inset: InsetPlan, topo: Topology): Polygons => areasOf(inset.source, topo).find((a) => a.code === inset.code)!.polygons;

export interface PreparedMap {
  areas: { code: string; polygons: Polygons }[];
  insets: { code: string; owner: string; name: string; polygons: Polygons }[];
  outline?: Polygons;
}

/**
 * Simplifies the parts of one map for the frame it is drawn in: laid out first from the full
 * geometry, which tells how many pixels a Mercator unit is on the mainland and in each inset.
 */
export function prepareMap(plan: Plan, spec: FrameSpec, withOutline: boolean): PreparedMap {
  const full = mainlandAreas(plan, areasOf(plan.source));
  const place = layout(
    boxOf(full.flatMap((a) => [...positions(a.polygons)])),
    plan.insets.map((i) => boxOf(positions(insetPolygons(i, i.source.topology)))),
    spec,
  );
  const main = simplifiedAt(plan.source, place.main.k, spec.detail);
  const out: PreparedMap = {
    areas: mainlandAreas(plan, areasOf(plan.source, main)).map((a) => ({ code: a.code, polygons: a.polygons })),
    insets: plan.insets.map((inset, i) => ({
      code: inset.code,
      owner: inset.owner,
      name: inset.name,
      polygons: insetPolygons(inset, simplifiedAt(inset.source, place.insets[i]!.fit.k, spec.detail * INSET_DETAIL)),
    })),
  };
  if (withOutline) out.outline = mergedOf(plan.source, main, plan.mainland).filter((p) => !isOffshore([p]));
  return out;
}

/** The TopoJSON text of a prepared map: objects `areas`, `insets` and, for a province, `outline`. */
export function toTopoJson(map: PreparedMap): string {
  const objects: Record<string, FeatureCollection | Feature> = {
    areas: { type: 'FeatureCollection', features: map.areas.map((a) => ({ type: 'Feature', id: a.code, properties: null, geometry: multi(a.polygons) })) },
    insets: {
      type: 'FeatureCollection',
      features: map.insets.map((i) => ({ type: 'Feature', id: i.code, properties: { owner: i.owner, name: i.name }, geometry: multi(i.polygons) })),
    },
  };
  if (map.outline) objects.outline = { type: 'Feature', properties: null, geometry: multi(map.outline) };
  return JSON.stringify(topology(objects, QUANTIZATION)) + '\n';
}

/** Where the prepared files go, under data/geo/. */
export const PREPARED_DIR = 'prepared';

/** Every prepared file, by its path under data/geo/prepared/, with its text. */
export function prepareAll(geoDir: string): Map<string, string> {
  const files = new Map<string, string>();
  const country = (name: string, source: Source) => files.set(`${name}.topo.json`, toTopoJson(prepareMap(countryPlan(geoDir, source), FRAME_SPECS.country, false)));
  country('provinces', provinces(geoDir));
  country('former-provinces', formerProvinces(geoDir));
  const codes = readdirSync(join(geoDir, 'communes-by-province'))
    .filter((f) => f.endsWith('.topo.json'))
    .map((f) => f.slice(0, -'.topo.json'.length))
    .sort();
  for (const code of codes) {
    const plan = communePlan(geoDir, code);
    for (const size of ['communes', 'locator'] as const satisfies FrameSize[]) {
      files.set(`${size === 'communes' ? 'communes' : 'locators'}/${code}.topo.json`, toTopoJson(prepareMap(plan, FRAME_SPECS[size], true)));
    }
  }
  return files;
}
