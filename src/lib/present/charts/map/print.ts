/**
 * Projected polygons → short SVG path strings. Coordinates are kept in tenths of a pixel as
 * integers (points that fall on the same tenth are written once), and paths are written with
 * relative moves: "M12.3 4l1.5-.2 …z". A polygon smaller than a dot is written as a small square:
 * islands never vanish.
 */
import type { Position } from 'geojson';

export type Project = (p: Position) => [number, number];

/** A ring projected, in tenths of a pixel, without consecutive duplicates. */
function ringTenths(ring: Position[], project: Project): number[] {
  const out: number[] = [];
  for (const p of ring) {
    const [px, py] = project(p);
    const x = Math.round(px * 10);
    const y = Math.round(py * 10);
    const m = out.length;
    if (m >= 2 && out[m - 2] === x && out[m - 1] === y) continue;
    out.push(x, y);
  }
  return out;
}

export interface DrawnPart {
  d: string;
  /** Area in px² (for a dot, the dot's). */
  area: number;
  /** Centre and size of the part's box, in px. */
  cx: number;
  cy: number;
  size: number;
}

/** Each polygon of a shape as a path (a dot when smaller than `minDot` px); holes under 1 px² are left out. */
export function printPolygons(polygons: Position[][][], project: Project, minDot: number): DrawnPart[] {
  return polygons.map((polygon) => {
    const outer = ringTenths(polygon[0] ?? [], project);
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
    if (outer.length < 8 || size < minDot) return { d: dotPath(cx, cy, minDot), area: minDot * minDot, cx, cy, size: minDot };
    let d = ringPath(outer);
    for (const hole of polygon.slice(1)) {
      const r = ringTenths(hole, project);
      if (r.length >= 8 && Math.abs(ringArea(r)) >= 100) d += ringPath(r);
    }
    return { d, area: Math.abs(ringArea(outer)) / 100, cx, cy, size };
  });
}

/** Signed area of a ring in tenths², halved (shoelace). */
export function ringArea(r: number[]): number {
  let s = 0;
  for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) s += r[j]! * r[i + 1]! - r[i]! * r[j + 1]!;
  return s / 2;
}

const tenths = (v: number): string => {
  if (v % 10 === 0) return String(v / 10);
  const s = (Math.abs(v) / 10).toFixed(1).replace(/^0\./, '.');
  return v < 0 ? '-' + s : s;
};

/**
 * Appends a number with the shortest separator: a minus sign always starts a new number, and so
 * does a decimal point after a number that already has one ("1.5.5" is 1.5 then .5).
 */
function pushNum(out: string[], v: number, prev: { last: string }): void {
  const s = tenths(v);
  const needsSep = prev.last !== '' && !s.startsWith('-') && !(s.startsWith('.') && prev.last.includes('.'));
  out.push(needsSep ? ' ' + s : s);
  prev.last = s;
}

/** One closed ring as "M x y l dx dy … z". */
export function ringPath(r: number[]): string {
  const out: string[] = ['M'];
  const prev = { last: '' };
  pushNum(out, r[0]!, prev);
  pushNum(out, r[1]!, prev);
  out.push('l');
  prev.last = '';
  // The closing point equals the first one: "z" draws that segment.
  const end = r[r.length - 2] === r[0] && r[r.length - 1] === r[1] ? r.length - 2 : r.length;
  for (let i = 2; i < end; i += 2) {
    pushNum(out, r[i]! - r[i - 2]!, prev);
    pushNum(out, r[i + 1]! - r[i - 1]!, prev);
  }
  out.push('z');
  return out.join('');
}

/** A small square (side in px) centred on a point, for islands smaller than a pixel. */
export function dotPath(cx: number, cy: number, side: number): string {
  const h = Math.round(side * 5);
  const x = Math.round(cx * 10) - h;
  const y = Math.round(cy * 10) - h;
  const s = tenths(2 * h);
  return `M${tenths(x)} ${tenths(y)}h${s}v${s}h-${s}z`;
}

/** The outer rings of a shape (a province's outline), leaving out those under 1 px². */
export function printOutline(polygons: Position[][][], project: Project): string {
  let d = '';
  for (const polygon of polygons) {
    const outer = ringTenths(polygon[0] ?? [], project);
    if (outer.length >= 8 && Math.abs(ringArea(outer)) >= 100) d += ringPath(outer);
  }
  return d;
}
