/**
 * Which part of a map each polygon goes to: the mainland, or an inset.
 * - Hoàng Sa and Trường Sa always go to insets, drawn from the 2025 đặc khu boundaries; other
 *   polygons entirely east of OFFSHORE_EAST_OF (the same islands in a province's or former
 *   province's file) are left out of the mainland.
 * - On a province's commune map, an island commune far from all the others (Côn Đảo, Bạch Long
 *   Vĩ, Thổ Châu…) also gets an inset, so the rest of the province is not drawn tiny.
 */
import { ARCHIPELAGOS } from '../../../src/lib/present/charts/map/archipelagos.ts';
import { areasOf, communes, type Area, type Polygons, type Source } from './inputs.ts';

export const OFFSHORE_EAST_OF = 110;

/**
 * An island commune is remote when the gap between its box and the box of all the other communes
 * is more than this share of their extent, and more than REMOTE_MIN_DEGREES.
 */
export const REMOTE_GAP = 0.12;
const REMOTE_MIN_DEGREES = 0.25;

export interface InsetPlan {
  /** The commune drawn in the inset. */
  code: string;
  /** The area of the map it belongs to: the commune itself, or its province. */
  owner: string;
  name: string;
  /** The file it is drawn from. */
  source: Source;
}

/** What a map is made of: the areas of a source on the mainland, and the insets. */
export interface Plan {
  source: Source;
  mainland: ReadonlySet<string>;
  insets: InsetPlan[];
}

type LonLatBox = [number, number, number, number];

function boxOfPolygons(polygons: Polygons): LonLatBox {
  const b: LonLatBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const polygon of polygons) {
    for (const [lon, lat] of polygon[0] ?? []) {
      b[0] = Math.min(b[0], lon!);
      b[1] = Math.min(b[1], lat!);
      b[2] = Math.max(b[2], lon!);
      b[3] = Math.max(b[3], lat!);
    }
  }
  return b;
}

export const isOffshore = (polygons: Polygons): boolean => boxOfPolygons(polygons)[0] > OFFSHORE_EAST_OF;

/** The mainland areas of a plan among `areas` (of its source, simplified or not), without their offshore polygons. */
export function mainlandAreas(plan: Plan, areas: Area[]): Area[] {
  return areas.flatMap((area) => {
    if (!plan.mainland.has(area.code)) return [];
    const polygons = area.polygons.filter((p) => !isOffshore([p]));
    return polygons.length ? [{ ...area, polygons }] : [];
  });
}

/** Communes of a province far from all the others. */
function remote(areas: Area[]): Area[] {
  if (areas.length < 3) return [];
  const boxes = areas.map((a) => boxOfPolygons(a.polygons));
  return areas.filter((_, i) => {
    const b = boxes[i]!;
    const o: LonLatBox = [Infinity, Infinity, -Infinity, -Infinity];
    boxes.forEach((c, j) => {
      if (j === i) return;
      o[0] = Math.min(o[0], c[0]);
      o[1] = Math.min(o[1], c[1]);
      o[2] = Math.max(o[2], c[2]);
      o[3] = Math.max(o[3], c[3]);
    });
    const gap = Math.max(0, o[0] - b[2], b[0] - o[2], o[1] - b[3], b[1] - o[3]);
    return gap > REMOTE_MIN_DEGREES && gap > REMOTE_GAP * Math.max(o[2] - o[0], o[3] - o[1]);
  });
}

function archipelagoInset(geoDir: string, communeCode: string, provinceCode: string, owner: string): InsetPlan {
  const source = communes(geoDir, provinceCode);
  const i = source.codes.indexOf(communeCode);
  if (i < 0) throw new Error(`data/geo/${source.file} has no commune ${communeCode}`);
  return { code: communeCode, owner, name: source.names[i]!, source };
}

const allCodes = (areas: Area[]) => new Set(areas.map((a) => a.code));

/** A map of the whole country (34 provinces or 63 former provinces): each archipelago belongs to its province. */
export function countryPlan(geoDir: string, source: Source): Plan {
  const plan = { source, mainland: allCodes(areasOf(source)), insets: [] };
  return {
    source,
    mainland: allCodes(mainlandAreas(plan, areasOf(source))),
    insets: ARCHIPELAGOS.map((a) => archipelagoInset(geoDir, a.communeCode, a.provinceCode, a.provinceCode)),
  };
}

/** The communes of one province: archipelagos and remote islands in insets, owned by themselves. */
export function communePlan(geoDir: string, provinceCode: string): Plan {
  const source = communes(geoDir, provinceCode);
  const offshore = ARCHIPELAGOS.filter((a) => a.provinceCode === provinceCode);
  const areas = areasOf(source).filter((a) => !offshore.some((o) => o.communeCode === a.code));
  const near = mainlandAreas({ source, mainland: allCodes(areas), insets: [] }, areas);
  const far = remote(near);
  return {
    source,
    mainland: allCodes(near.filter((a) => !far.includes(a))),
    insets: [
      ...offshore.map((a) => archipelagoInset(geoDir, a.communeCode, provinceCode, a.communeCode)),
      ...far.map((a) => ({ code: a.code, owner: a.code, name: a.name, source })),
    ],
  };
}
