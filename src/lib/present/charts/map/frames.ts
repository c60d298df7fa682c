/**
 * Map frames: every area of a map projected and written as an SVG path, once per build, then
 * shared by every map and locator that uses it. The geometry comes prepared (prepared.ts): already
 * simplified for this size, with the parts that go in insets (Hoàng Sa, Trường Sa, remote island
 * communes) set apart; here it is only laid out (layout.ts), projected and printed (print.ts).
 */
import { t } from '../../../../i18n/index.ts';
import { ARCHIPELAGOS } from './archipelagos.ts';
import { FRAME_SPECS, boxOf, layout, project, type FrameSpec } from './layout.ts';
import { preparedMap, type PreparedName, type Polygons } from './prepared.ts';
import { printOutline, printPolygons, type DrawnPart } from './print.ts';

export interface FrameRegion {
  code: string;
  /** Mainland and inset parts in one path. */
  d: string;
  /** Centre of the largest part, in px. */
  cx: number;
  cy: number;
  /** Size of the largest part's box, in px (small areas get a ring in locator maps). */
  size: number;
}

export interface InsetBox {
  /** The commune drawn in the inset (an archipelago or a remote island). */
  communeCode: string;
  label: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface MapFrame {
  width: number;
  height: number;
  regions: FrameRegion[];
  insets: InsetBox[];
  /** Every inset part again, to outline islands too small to show their fill. */
  insetLand: string;
  /** A province's mainland outline (locator maps); '' on a map of the country. */
  outline: string;
}

export type FrameLayer = 'provinces' | 'former-provinces' | 'communes';

/** Side of the square drawn for an island in an inset, in px (insets are small: islands stay visible). */
const INSET_DOT = 2;

function* positions(polygons: Polygons) {
  for (const polygon of polygons) for (const ring of polygon) yield* ring;
}

/** Drops repeated dots (many reefs fall on the same pixel in an inset). */
const uniqueJoin = (parts: DrawnPart[]): string => [...new Set(parts.map((p) => p.d))].join('');

function build(name: PreparedName, spec: FrameSpec): MapFrame {
  const map = preparedMap(name);
  const plan = layout(
    boxOf(map.areas.flatMap((a) => [...positions(a.polygons)])),
    map.insets.map((i) => boxOf(positions(i.polygons))),
    spec,
  );
  const drawn = new Map<string, DrawnPart[]>();
  const add = (code: string, parts: DrawnPart[]) => drawn.set(code, (drawn.get(code) ?? []).concat(parts));
  for (const area of map.areas) add(area.code, printPolygons(area.polygons, (p) => project(plan.main, p), spec.minDot));
  let insetLand = '';
  const insets = map.insets.map((inset, i) => {
    const { x, y, w, h, fit } = plan.insets[i]!;
    const parts = printPolygons(inset.polygons, (p) => project(fit, p), INSET_DOT);
    add(inset.owner, parts);
    insetLand += uniqueJoin(parts);
    const archipelago = ARCHIPELAGOS.find((a) => a.communeCode === inset.code);
    return { communeCode: inset.code, label: archipelago ? t(archipelago.labelKey) : inset.name, x, y, w, h };
  });
  const regions: FrameRegion[] = [];
  for (const [code, parts] of drawn) {
    if (!parts.length) continue;
    const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
    regions.push({ code, d: uniqueJoin(parts), cx: largest.cx, cy: largest.cy, size: largest.size });
  }
  return { width: plan.width, height: plan.height, regions, insets, insetLand, outline: printOutline(map.outline, (p) => project(plan.main, p)) };
}

const built = new Map<string, MapFrame>();

function cached(name: PreparedName, spec: FrameSpec): MapFrame {
  let frame = built.get(name);
  if (!frame) built.set(name, (frame = build(name, spec)));
  return frame;
}

/**
 * The frame of a map: the 34 provinces, the 63 former provinces, or the communes of one province
 * (`provinceCode`). Computed once per build.
 */
export function mapFrame(layer: FrameLayer, provinceCode?: string): MapFrame {
  if (layer !== 'communes') return cached(layer, FRAME_SPECS.country);
  if (!provinceCode) throw new Error('mapFrame("communes") needs a provinceCode');
  return cached(`communes/${provinceCode}`, FRAME_SPECS.communes);
}

/** The smaller frame of a commune page's locator map: the province's communes and its outline. */
export function locatorFrame(provinceCode: string): MapFrame {
  return cached(`locators/${provinceCode}`, FRAME_SPECS.locator);
}
