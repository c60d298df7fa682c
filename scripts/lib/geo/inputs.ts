/**
 * The committed boundary files of data/geo/ (see data/README.md), each one TopoJSON topology whose
 * areas carry official codes. Only the prepare step reads them; the build reads data/geo/prepared/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { feature, merge } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type Polygons = Polygon['coordinates'][];

export interface Area {
  /** GSO code: of 2025-07-01 for provinces and communes, of 2025-03-01 for former provinces. */
  code: string;
  name: string;
  /** Polygons as in GeoJSON: rings of [lon, lat], exterior first. */
  polygons: Polygons;
}

/** One input file: its topology, and the code and name of each of its geometries. */
export interface Source {
  file: string;
  topology: Topology;
  geometries: GeometryObject[];
  codes: string[];
  names: string[];
}

const cache = new Map<string, Source>();

function read(geoDir: string, file: string, codeOf: (props: Record<string, unknown>, id: unknown) => string, nameOf: (props: Record<string, unknown>) => string): Source {
  const key = join(geoDir, file);
  const hit = cache.get(key);
  if (hit) return hit;
  const topology = JSON.parse(readFileSync(key, 'utf8')) as Topology;
  const objects = Object.values(topology.objects);
  if (objects.length !== 1 || objects[0]!.type !== 'GeometryCollection') {
    throw new Error(`data/geo/${file}: expected one GeometryCollection object, found ${objects.length}`);
  }
  const geometries = (objects[0] as GeometryCollection).geometries;
  const props = (g: GeometryObject) => (g.properties ?? {}) as Record<string, unknown>;
  const source = { file, topology, geometries, codes: geometries.map((g) => codeOf(props(g), g.id)), names: geometries.map((g) => nameOf(props(g))) };
  cache.set(key, source);
  return source;
}

function polygonsOf(g: Polygon | MultiPolygon | null): Polygons {
  if (!g) return [];
  return g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
}

/**
 * The areas of a source, read from `topology` (the source's own, or a simplified copy of it with
 * the same objects). Several shapes with one code (Côn Đảo is its own shape in geoBoundaries) are one area.
 */
export function areasOf(source: Source, topology: Topology = source.topology): Area[] {
  const byCode = new Map<string, Area>();
  source.geometries.forEach((g, i) => {
    const polygons = polygonsOf((feature(topology, g) as Feature<Polygon | MultiPolygon | null>).geometry);
    const hit = byCode.get(source.codes[i]!);
    if (hit) hit.polygons.push(...polygons);
    else byCode.set(source.codes[i]!, { code: source.codes[i]!, name: source.names[i]!, polygons });
  });
  return [...byCode.values()];
}

/** The areas with these codes merged into one shape (a province's outline from its communes). */
export function mergedOf(source: Source, topology: Topology, codes: ReadonlySet<string>): Polygons {
  const geometries = source.geometries.filter((_, i) => codes.has(source.codes[i]!));
  return merge(topology, geometries as Parameters<typeof merge>[1]).coordinates;
}

const codeProp = (p: Record<string, unknown>, id: unknown) => String(p.code ?? id);

/** The 34 provinces (sapnhap.bando.com.vn via thanglequoc/vietnamese-provinces-database). */
export function provinces(geoDir: string): Source {
  return read(geoDir, 'provinces-2025.topo.json', codeProp, (p) => String(p.fullName ?? ''));
}

/** The communes of one province, from its own file. */
export function communes(geoDir: string, provinceCode: string): Source {
  return read(geoDir, `communes-by-province/${provinceCode}.topo.json`, codeProp, (p) => String(p.name ?? ''));
}

/**
 * The 63 former provinces (geoBoundaries ADM1, 2008 boundaries, CC BY 4.0), coded with the GSO
 * code of 2025-03-01 through the crosswalk file next to them (Côn Đảo is its own shape there: 77).
 */
export function formerProvinces(geoDir: string): Source {
  const dir = 'former-provinces';
  const csv = readFileSync(join(geoDir, dir, 'geoBoundaries_VNM_ADM1_to_gso_province_code.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  const byShape = new Map(rows.map((r) => [r.shapeID!, r.old_gso_province_code!]));
  return read(
    geoDir,
    `${dir}/geoBoundaries-VNM-ADM1_simplified.topojson`,
    (p) => {
      const code = byShape.get(String(p.shapeID));
      if (!code) throw new Error(`data/geo/${dir}: shape ${String(p.shapeID)} (${String(p.shapeName)}) has no GSO code in the crosswalk file`);
      return code;
    },
    (p) => String(p.shapeName ?? ''),
  );
}
