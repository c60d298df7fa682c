/**
 * The boundaries in data/geo/ checked against the admin lists, in the same run and format as the
 * tables: a shape for every unit, no shape without a unit, every former province's shape mapped to
 * its code. A header-only mapping file or a broken TopoJSON stops validation here, with a message,
 * instead of failing later inside a chart.
 */
import type { AdminData } from './load-admin.ts';
import { msg } from './messages.ts';
import type { Problem } from './problems.ts';
import { tableRecords } from './read-table.ts';
import type { DataFile } from './data-files.ts';
import { GEO_FORMER_PROVINCES } from './tables/admin.ts';
import type { Place } from './model.ts';

export interface GeoFiles {
  /** A JSON file parsed, or undefined (its problem recorded). */
  json(rel: string): unknown;
  csv(rel: string): DataFile | undefined;
  show(rel: string): string;
  problems: Problem[];
}

interface Geometry {
  id?: unknown;
  properties?: Record<string, unknown>;
}

type Objects = Record<string, { type?: unknown; geometries?: unknown }>;

/**
 * The geometries of a TopoJSON file's GeometryCollection: its only one, or those named (the
 * prepared maps hold `areas` and `insets`). Undefined, with a problem, when the file is not so.
 */
function geometries(geo: GeoFiles, rel: string, sink: Problem[], names?: readonly string[]): Geometry[] | undefined {
  const t = geo.json(rel) as { type?: unknown; objects?: Objects } | undefined;
  if (t === undefined) return undefined;
  const objects: Objects = t && typeof t === 'object' && t.objects && typeof t.objects === 'object' ? t.objects : {};
  const chosen = names ? names.map((n) => objects[n]) : Object.values(objects).length === 1 ? Object.values(objects) : [];
  if (t.type !== 'Topology' || !chosen.length || chosen.some((o) => !o || o.type !== 'GeometryCollection' || !Array.isArray(o.geometries))) {
    sink.push(msg.geoInvalid(geo.show(rel), names ? `objects ${names.join(', ')} expected` : `${Object.keys(objects).length} objects`));
    return undefined;
  }
  return chosen.flatMap((o) => o!.geometries as Geometry[]);
}

function compare(geo: GeoFiles, rel: string, codes: readonly string[], units: readonly Place[], sink: Problem[]): void {
  const want = new Set(units.map((u) => u.code));
  const have = new Set(codes);
  const missing = [...want].filter((c) => !have.has(c));
  const extra = [...have].filter((c) => !want.has(c));
  if (missing.length || extra.length || codes.length !== have.size) sink.push(msg.geoCodes(geo.show(rel), missing, extra));
}

const codeOf = (g: Geometry) => String(g.properties?.code ?? g.id ?? '');

export function checkGeo(geo: GeoFiles, admin: AdminData): Problem[] {
  const sink: Problem[] = [];
  const provinces = geometries(geo, 'provinces-2025.topo.json', sink);
  if (provinces) compare(geo, 'provinces-2025.topo.json', provinces.map(codeOf), admin.provinces, sink);
  const communes = geometries(geo, 'communes-2025.topo.json', sink);
  if (communes) compare(geo, 'communes-2025.topo.json', communes.map(codeOf), admin.communes, sink);
  for (const p of admin.provinces) {
    const rel = `communes-by-province/${p.code}.topo.json`;
    const list = geometries(geo, rel, sink);
    if (list) compare(geo, rel, list.map(codeOf), admin.communes.filter((c) => c.provinceKey === p.key), sink);
  }

  // The prepared maps the build draws (npm run geo:prepare): a shape for every unit of each one.
  const prepared = (rel: string, units: readonly Place[], withInsets: boolean) => {
    const list = geometries(geo, `prepared/${rel}`, sink, withInsets ? ['areas', 'insets'] : ['areas']);
    if (list) compare(geo, `prepared/${rel}`, [...new Set(list.map((g) => String(g.id ?? '')))], units, sink);
  };
  prepared('provinces.topo.json', admin.provinces, false);
  prepared('former-provinces.topo.json', admin.formerProvinces, false);
  for (const p of admin.provinces) {
    const communes = admin.communes.filter((c) => c.provinceKey === p.key);
    prepared(`communes/${p.code}.topo.json`, communes, true);
    prepared(`locators/${p.code}.topo.json`, communes, true);
  }

  const formerRel = 'former-provinces/geoBoundaries-VNM-ADM1_simplified.topojson';
  const shapes = geometries(geo, formerRel, sink);
  const mapFile = geo.csv(GEO_FORMER_PROVINCES.name);
  if (shapes && mapFile) {
    sink.push(...mapFile.problems);
    const byShape = new Map<string, string>();
    for (const grid of mapFile.grids) {
      const res = tableRecords(grid, GEO_FORMER_PROVINCES);
      sink.push(...res.problems);
      for (const r of res.records) if (r.get('shapeid') && r.get('old_gso_province_code')) byShape.set(r.get('shapeid'), r.get('old_gso_province_code'));
    }
    const unmapped = shapes.map((s) => String(s.properties?.shapeID ?? '')).filter((id) => !byShape.has(id));
    const codes = shapes.map((s) => byShape.get(String(s.properties?.shapeID ?? ''))).filter((c): c is string => c !== undefined);
    const want = new Set(admin.formerProvinces.map((p) => p.code));
    const missing = [...want].filter((c) => !codes.includes(c));
    const extra = [...new Set(codes)].filter((c) => !want.has(c));
    if (unmapped.length || missing.length || extra.length) sink.push(msg.geoCodes(geo.show(GEO_FORMER_PROVINCES.name), missing, [...unmapped.map((u) => `shape ${u}`), ...extra]));
  }
  return [...geo.problems, ...sink];
}
