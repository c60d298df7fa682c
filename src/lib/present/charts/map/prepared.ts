/**
 * Prepared geometry (data/geo/prepared/, made offline by `npm run geo:prepare`, see data/README.md):
 * for each map, its areas already simplified for the size it is drawn at, the parts shown in
 * insets, and a province's outline. Read once per build and kept in memory; codes are the
 * official GSO codes of 2025-07-01 (provinces, communes) or 2025-03-01 (former provinces).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';
import { siteConfig } from '../../../site/config.ts';

export type Polygons = Position[][][];

export interface PreparedInset {
  /** The commune drawn in the inset (an archipelago or a remote island). */
  code: string;
  /** The area of the map it belongs to: the commune itself, or its province. */
  owner: string;
  name: string;
  polygons: Polygons;
}

export interface PreparedMap {
  areas: { code: string; polygons: Polygons }[];
  insets: PreparedInset[];
  /** A province's mainland outline (its communes merged); empty on a map of the country. */
  outline: Polygons;
}

/** The maps there are: the country's two layers, and for each province its communes at map and locator size. */
export type PreparedName = 'provinces' | 'former-provinces' | `communes/${string}` | `locators/${string}`;

type Objects = { areas: GeometryCollection; insets: GeometryCollection; outline?: GeometryObject };

const polygonsOf = (topology: Topology, o: GeometryObject): Polygons => ((feature(topology, o) as Feature).geometry as MultiPolygon | null)?.coordinates ?? [];

const cache = new Map<string, PreparedMap>();

export function preparedMap(name: PreparedName): PreparedMap {
  const hit = cache.get(name);
  if (hit) return hit;
  const file = join(siteConfig().geoDir, 'prepared', `${name}.topo.json`);
  let topology: Topology<Objects>;
  try {
    topology = JSON.parse(readFileSync(file, 'utf8')) as Topology<Objects>;
  } catch (e) {
    throw new Error(`${file}: cannot read the prepared map (run \`npm run geo:prepare\`): ${(e as Error).message}`);
  }
  const { areas, insets, outline } = topology.objects;
  const out: PreparedMap = {
    areas: areas.geometries.map((g) => ({ code: String(g.id), polygons: polygonsOf(topology, g) })),
    insets: insets.geometries.map((g) => {
      const p = g.properties as { owner: string; name: string };
      return { code: String(g.id), owner: p.owner, name: p.name, polygons: polygonsOf(topology, g) };
    }),
    outline: outline ? polygonsOf(topology, outline) : [],
  };
  cache.set(name, out);
  return out;
}
