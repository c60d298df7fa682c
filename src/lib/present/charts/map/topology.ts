/**
 * Boundary files under data/geo/, read once per build and kept in memory.
 * Codes are the official GSO codes of the units on 2025-07-01 (provinces, communes) or on
 * 2025-03-01 (former provinces, through geoBoundaries' crosswalk file).
 */
import { siteConfig } from '../../../site/config.ts';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GeometryCollection, Polygon, MultiPolygon, Topology } from 'topojson-specification';

/** Where the boundaries live. Geometry is not part of a dataset: DATA_DIR does not move it. */

export type AreaGeometry = Polygon | MultiPolygon;

export interface AreaTopology {
  topology: Topology;
  /** The one object of the file, with its polygons. */
  object: GeometryCollection;
  /** Official code of each geometry, in the object's order. */
  codes: string[];
}

const cache = new Map<string, AreaTopology>();

function read(file: string): Topology {
  return JSON.parse(readFileSync(join(siteConfig().geoDir, file), 'utf8')) as Topology;
}

function only(topology: Topology, file: string): GeometryCollection {
  const objects = Object.values(topology.objects);
  if (objects.length !== 1 || objects[0]!.type !== 'GeometryCollection') {
    throw new Error(`${file}: expected one GeometryCollection object, found ${objects.length}`);
  }
  return objects[0] as GeometryCollection;
}

function load(key: string, file: string, codeOf: (props: Record<string, unknown>, id: unknown) => string): AreaTopology {
  const hit = cache.get(key);
  if (hit) return hit;
  const topology = read(file);
  const object = only(topology, file);
  const codes = object.geometries.map((g) => codeOf((g.properties ?? {}) as Record<string, unknown>, g.id));
  const out = { topology, object, codes };
  cache.set(key, out);
  return out;
}

/** The 34 provinces (sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database). */
export function provincesTopology(): AreaTopology {
  return load('provinces', 'provinces-2025.topo.json', (p, id) => String(p.code ?? id));
}

/** The communes of one province, from the per-province file. */
export function communesTopology(provinceCode: string): AreaTopology {
  return load(`communes/${provinceCode}`, `communes-by-province/${provinceCode}.topo.json`, (p, id) => String(p.code ?? id));
}

/**
 * The 63 former provinces (geoBoundaries ADM1, 2008 boundaries, CC BY 4.0), coded with the GSO
 * code of 2025-03-01 through the crosswalk file next to it (Côn Đảo is its own shape there: 77).
 */
export function formerProvincesTopology(): AreaTopology {
  const dir = 'former-provinces';
  const csv = readFileSync(join(siteConfig().geoDir, dir, 'geoBoundaries_VNM_ADM1_to_gso_province_code.csv'), 'utf8');
  const byShape = new Map<string, string>();
  for (const line of csv.split(/\r?\n/).slice(1)) {
    const [shapeId, , , code] = line.split(',');
    if (shapeId && code) byShape.set(shapeId, code);
  }
  return load('former-provinces', `${dir}/geoBoundaries-VNM-ADM1_simplified.topojson`, (p) => {
    const code = byShape.get(String(p.shapeID));
    if (!code) throw new Error(`data/geo/${dir}: shape ${String(p.shapeID)} (${String(p.shapeName)}) has no GSO code in the crosswalk file`);
    return code;
  });
}
