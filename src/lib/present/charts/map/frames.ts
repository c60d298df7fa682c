/**
 * Map frames: every area of a map already projected, simplified and written as an SVG path,
 * computed once per build and per size, then shared by every map and locator that uses it.
 *
 * Hoàng Sa and Trường Sa (đặc khu of Đà Nẵng and Khánh Hòa) are always shown, each in an inset
 * framed on the right, as Vietnamese maps do: polygons entirely east of OFFSHORE_EAST_OF are left
 * out of the mainland frame and the two archipelagos are drawn from the 2025 đặc khu boundaries
 * (also on the 63-province map, whose own file has only part of Trường Sa).
 * On a province's commune map, an island commune far from all the others (Côn Đảo, Bạch Long Vĩ,
 * Thổ Châu…) also gets an inset, so the rest of the province is not drawn tiny (see REMOTE_GAP).
 */
import { geoMercator } from 'd3-geo';
import { mergeArcs } from 'topojson-client';
import type { GeometryObject } from 'topojson-specification';
import { ArcProjector, decodeArcs, dotPath, ringArea, ringPath, type Project } from './paths.ts';
import { communesTopology, formerProvincesTopology, provincesTopology, type AreaTopology } from './topology.ts';
import { t } from '../../../../i18n/index.ts';

export const OFFSHORE_EAST_OF = 110;

export interface Archipelago {
  key: 'hoang-sa' | 'truong-sa';
  /** The đặc khu (commune-level unit) since 2025-07-01. */
  communeCode: string;
  /** Its province, the same code before and after 2025 (Đà Nẵng 48, Khánh Hòa 56). */
  provinceCode: string;
  labelKey: string;
}

export const ARCHIPELAGOS: readonly Archipelago[] = [
  { key: 'hoang-sa', communeCode: '20333', provinceCode: '48', labelKey: 'map.inset.hoangSa' },
  { key: 'truong-sa', communeCode: '22736', provinceCode: '56', labelKey: 'map.inset.truongSa' },
];

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
}

export type FrameLayer = 'provinces' | 'former-provinces' | 'communes';

interface Part {
  code: string;
  topo: AreaTopology;
  /** Polygons as lists of rings of arc references. */
  polygons: number[][][];
}

const PAD = 4;
const INSET_SHARE = 0.3;
const LABEL_SPACE = 16;

function polygonsOf(g: GeometryObject): number[][][] {
  if (g.type === 'Polygon') return [g.arcs];
  if (g.type === 'MultiPolygon') return g.arcs;
  return [];
}

function lonRange(topo: AreaTopology, polygon: number[][]): [number, number] {
  const arcs = decodeArcs(topo.topology);
  let min = Infinity;
  let max = -Infinity;
  for (const ref of polygon[0] ?? []) {
    const a = arcs[ref < 0 ? ~ref : ref]!;
    for (let i = 0; i < a.length; i += 2) {
      min = Math.min(min, a[i]!);
      max = Math.max(max, a[i]!);
    }
  }
  return [min, max];
}

/** Planar box of the parts under a raw projection. */
function bounds(parts: Part[], raw: Project): [number, number, number, number] {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const part of parts) {
    const arcs = decodeArcs(part.topo.topology);
    for (const polygon of part.polygons) {
      for (const ref of polygon[0] ?? []) {
        const a = arcs[ref < 0 ? ~ref : ref]!;
        for (let i = 0; i < a.length; i += 2) {
          const [x, y] = raw([a[i]!, a[i + 1]!]);
          if (x < b[0]) b[0] = x;
          if (y < b[1]) b[1] = y;
          if (x > b[2]) b[2] = x;
          if (y > b[3]) b[3] = y;
        }
      }
    }
  }
  return b;
}

/** A Mercator projection that fits raw bounds `b` into the box, centred: k × raw + offset. */
function fit(b: [number, number, number, number], x: number, y: number, w: number, h: number) {
  const k = Math.min(w / (b[2] - b[0]), h / (b[3] - b[1]));
  const ox = x + (w - k * (b[2] - b[0])) / 2 - k * b[0];
  const oy = y + (h - k * (b[3] - b[1])) / 2 - k * b[1];
  const p = geoMercator().scale(k).translate([ox, oy]);
  return { k, ox, oy, project: (q: [number, number]) => p(q) as [number, number] };
}

interface DrawnPart {
  d: string;
  area: number;
  cx: number;
  cy: number;
  size: number;
}

function draw(parts: Part[], projectors: Map<AreaTopology, ArcProjector>, minDot: number): Map<string, DrawnPart[]> {
  const out = new Map<string, DrawnPart[]>();
  for (const part of parts) {
    const projector = projectors.get(part.topo)!;
    const list = out.get(part.code) ?? [];
    out.set(part.code, list);
    for (const polygon of part.polygons) {
      const outer = projector.ring(polygon[0]!);
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (let i = 0; i < outer.length; i += 2) {
        x0 = Math.min(x0, outer[i]!);
        x1 = Math.max(x1, outer[i]!);
        y0 = Math.min(y0, outer[i + 1]!);
        y1 = Math.max(y1, outer[i + 1]!);
      }
      const size = Math.max(x1 - x0, y1 - y0) / 10;
      const cx = (x0 + x1) / 20;
      const cy = (y0 + y1) / 20;
      const area = Math.abs(ringArea(outer)) / 100;
      if (outer.length < 8 || size < minDot) {
        // Smaller than a dot: still shown (islands must not vanish), as a small square.
        list.push({ d: dotPath(cx, cy, minDot), area: minDot * minDot, cx, cy, size: minDot });
        continue;
      }
      let d = ringPath(outer);
      for (const hole of polygon.slice(1)) {
        const r = projector.ring(hole);
        if (r.length >= 8 && Math.abs(ringArea(r)) >= 100) d += ringPath(r);
      }
      list.push({ d, area, cx, cy, size });
    }
  }
  return out;
}

/** Drops repeated dots (many reefs fall on the same pixel in an inset). */
function uniqueJoin(parts: DrawnPart[]): string {
  return [...new Set(parts.map((p) => p.d))].join('');
}

export interface FrameOptions {
  width: number;
  /** Tallest the mainland may be; a frame is never taller than width × MAX_ASPECT. */
  maxHeight?: number;
  /** Simplification tolerance in px. */
  tolerance: number;
  /** Side of the square drawn for areas smaller than that, in px. */
  minDot?: number;
}

/**
 * Lays out one map: mainland parts fitted to the left (or the whole width when there is no
 * inset), each archipelago in its own framed inset on the right, at the height of its latitude.
 */
interface InsetInput {
  communeCode: string;
  label: string;
  /** The area of the map the inset belongs to (the commune itself, or its province). */
  owner: string;
  part: Part;
}

function layout(mainland: Part[], insets: InsetInput[], o: FrameOptions): Built {
  const raw = geoMercator().scale(1).translate([0, 0]) as unknown as Project;
  const mb = bounds(mainland, raw);
  const mainW = insets.length ? o.width * (1 - INSET_SHARE) - PAD : o.width;
  const aspect = (mb[3] - mb[1]) / (mb[2] - mb[0]);
  const maxH = o.maxHeight ?? o.width * 1.6;
  const height = Math.round(Math.min(maxH, (mainW - 2 * PAD) * aspect + 2 * PAD));
  const main = fit(mb, PAD, PAD, mainW - 2 * PAD, height - 2 * PAD);

  const projectors = new Map<AreaTopology, ArcProjector>();
  for (const part of mainland) if (!projectors.has(part.topo)) projectors.set(part.topo, new ArcProjector(part.topo.topology, main.project, o.tolerance));
  const drawn = draw(mainland, projectors, o.minDot ?? 1.2);

  const boxes: InsetBox[] = [];
  const insetW = Math.round(o.width * INSET_SHARE - PAD);
  const x = o.width - insetW - 1;
  let nextFree = 0;
  let insetLand = '';
  for (const { communeCode, label, owner, part } of insets) {
    const ib = bounds([part], raw);
    const h = Math.round(Math.max(insetW * 0.55, Math.min(insetW * 1.1, insetW * ((ib[3] - ib[1]) / (ib[2] - ib[0])))));
    // At the height of its latitude on the mainland, below the previous inset and inside the frame.
    const want = main.k * ((ib[1] + ib[3]) / 2) + main.oy - h / 2;
    const y = Math.round(Math.max(Math.min(want, height - h - 1), nextFree + LABEL_SPACE));
    nextFree = y + h + 4;
    boxes.push({ communeCode, label, x, y, w: insetW, h });
    const inset = fit(ib, x + 3, y + 3, insetW - 6, h - 6);
    const projector = new ArcProjector(part.topo.topology, inset.project, o.tolerance / 2);
    const parts = draw([{ ...part, code: owner }], new Map([[part.topo, projector]]), 2);
    drawn.set(owner, (drawn.get(owner) ?? []).concat(parts.get(owner) ?? []));
    insetLand += uniqueJoin(parts.get(owner) ?? []);
  }

  const regions: FrameRegion[] = [];
  for (const [code, parts] of drawn) {
    if (!parts.length) continue;
    const largest = parts.reduce((a, b) => (b.area > a.area ? b : a));
    regions.push({ code, d: uniqueJoin(parts), cx: largest.cx, cy: largest.cy, size: largest.size });
  }
  return { frame: { width: o.width, height: Math.max(height, nextFree), regions, insets: boxes, insetLand }, projectors, insetCodes: new Set(insets.map((i) => i.communeCode)) };
}

interface Built {
  frame: MapFrame;
  /** Mainland projectors, reused to draw outlines in the same frame. */
  projectors: Map<AreaTopology, ArcProjector>;
  insetCodes: Set<string>;
}

function communePart(provinceCode: string, communeCode: string): Part {
  const topo = communesTopology(provinceCode);
  const i = topo.codes.indexOf(communeCode);
  if (i < 0) throw new Error(`data/geo/communes-by-province/${provinceCode}.topo.json has no commune ${communeCode}`);
  return { code: communeCode, topo, polygons: polygonsOf(topo.object.geometries[i]!) };
}

const archipelagoInset = (arch: Archipelago, owner: string): InsetInput => ({
  communeCode: arch.communeCode,
  label: t(arch.labelKey),
  owner,
  part: communePart(arch.provinceCode, arch.communeCode),
});

/**
 * An island commune is remote when the gap between its box and the box of all the other communes
 * is more than this share of their extent (and more than REMOTE_MIN_DEGREES).
 */
export const REMOTE_GAP = 0.12;
const REMOTE_MIN_DEGREES = 0.25;

function lonLatBox(part: Part): [number, number, number, number] {
  return bounds([part], ((p: [number, number]) => [p[0], -p[1]]) as Project);
}

/** Communes of a province far from all the others: drawn in insets. */
function remoteParts(parts: Part[]): Part[] {
  if (parts.length < 3) return [];
  const boxes = parts.map(lonLatBox);
  return parts.filter((_, i) => {
    const b = boxes[i]!;
    const o: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
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

/** Splits the areas of a topology into mainland parts, leaving out polygons east of OFFSHORE_EAST_OF. */
function mainlandParts(topo: AreaTopology, skip: (code: string) => boolean = () => false): Part[] {
  return topo.object.geometries.flatMap((g, i) => {
    const code = topo.codes[i]!;
    if (skip(code)) return [];
    const polygons = polygonsOf(g).filter((p) => lonRange(topo, p)[0] <= OFFSHORE_EAST_OF);
    return polygons.length ? [{ code, topo, polygons }] : [];
  });
}

const built = new Map<string, Built>();

function frameKey(layer: FrameLayer, o: FrameOptions & { provinceCode?: string }): string {
  return `${layer}/${o.provinceCode ?? ''}/${o.width}/${o.maxHeight ?? ''}/${o.tolerance}/${o.minDot ?? ''}`;
}

function build(layer: FrameLayer, o: FrameOptions & { provinceCode?: string }): Built {
  const key = frameKey(layer, o);
  const hit = built.get(key);
  if (hit) return hit;
  let out: Built;
  if (layer === 'communes') {
    if (!o.provinceCode) throw new Error('mapFrame("communes") needs a provinceCode');
    const topo = communesTopology(o.provinceCode);
    const offshore = ARCHIPELAGOS.filter((a) => a.provinceCode === o.provinceCode);
    const all = mainlandParts(topo, (code) => offshore.some((a) => a.communeCode === code));
    const remote = remoteParts(all);
    const mainland = all.filter((p) => !remote.includes(p));
    const names = new Map(topo.object.geometries.map((g, i) => [topo.codes[i]!, String((g.properties as { name?: string } | undefined)?.name ?? topo.codes[i])]));
    const insets = [
      ...offshore.map((arch) => archipelagoInset(arch, arch.communeCode)),
      ...remote.map((p) => ({ communeCode: p.code, label: names.get(p.code)!, owner: p.code, part: { ...p, polygons: polygonsOf(topo.object.geometries[topo.codes.indexOf(p.code)]!) } })),
    ];
    out = layout(mainland, insets, o);
  } else {
    const topo = layer === 'provinces' ? provincesTopology() : formerProvincesTopology();
    out = layout(mainlandParts(topo), ARCHIPELAGOS.map((arch) => archipelagoInset(arch, arch.provinceCode)), o);
  }
  built.set(key, out);
  return out;
}

/**
 * The frame of a layer at a size: the 34 provinces, the 63 former provinces, or the communes of
 * one province (`provinceCode`). Computed once per build.
 */
export function mapFrame(layer: FrameLayer, o: FrameOptions & { provinceCode?: string }): MapFrame {
  return build(layer, o).frame;
}

const outlines = new Map<string, string>();

/** The mainland outline of a province (its communes merged), in the communes frame of the same options. */
export function provinceOutline(o: FrameOptions & { provinceCode: string }): string {
  const key = frameKey('communes', o);
  const hit = outlines.get(key);
  if (hit !== undefined) return hit;
  const { projectors, insetCodes } = build('communes', o);
  const topo = communesTopology(o.provinceCode);
  const projector = projectors.get(topo)!;
  const geometries = topo.object.geometries.filter((_, i) => !insetCodes.has(topo.codes[i]!));
  const merged = mergeArcs(topo.topology, geometries as Parameters<typeof mergeArcs>[1]) as unknown as { arcs: number[][][] };
  let d = '';
  for (const polygon of merged.arcs) {
    if (lonRange(topo, polygon)[0] > OFFSHORE_EAST_OF) continue;
    const outer = projector.ring(polygon[0]!);
    if (outer.length < 8 || Math.abs(ringArea(outer)) < 100) continue;
    d += ringPath(outer);
  }
  outlines.set(key, d);
  return d;
}
