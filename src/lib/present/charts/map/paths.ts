/**
 * TopoJSON arcs → short SVG path strings. Arcs are projected and simplified once, then shared by
 * every polygon that uses them, so neighbouring areas keep a common border (no gaps or overlaps)
 * however much the map is simplified. Coordinates are kept in tenths of a pixel as integers, and
 * paths are written with relative moves: "M12.3 4l1.5-.2 …z".
 */
import type { Topology } from 'topojson-specification';

export type Project = (lonLat: [number, number]) => [number, number];

/** Longitude/latitude of every arc, decoded once per topology. */
const decoded = new WeakMap<Topology, Float64Array[]>();

export function decodeArcs(topology: Topology): Float64Array[] {
  const hit = decoded.get(topology);
  if (hit) return hit;
  const t = topology.transform;
  const out = topology.arcs.map((arc) => {
    const a = new Float64Array(arc.length * 2);
    let x = 0;
    let y = 0;
    arc.forEach((p, i) => {
      if (t) {
        x += p[0]!;
        y += p[1]!;
        a[2 * i] = x * t.scale[0] + t.translate[0];
        a[2 * i + 1] = y * t.scale[1] + t.translate[1];
      } else {
        a[2 * i] = p[0]!;
        a[2 * i + 1] = p[1]!;
      }
    });
    return a;
  });
  decoded.set(topology, out);
  return out;
}

/** Douglas–Peucker on a flat [x0, y0, x1, y1…] array; keeps both ends. */
function simplify(pts: Float64Array, tolerance: number): number[] {
  const count = pts.length / 2;
  if (count <= 2) return Array.from(pts);
  const keep = new Uint8Array(count);
  keep[0] = 1;
  keep[count - 1] = 1;
  const t2 = tolerance * tolerance;
  const stack: number[] = [0, count - 1];
  while (stack.length) {
    const last = stack.pop()!;
    const first = stack.pop()!;
    const ax = pts[2 * first]!, ay = pts[2 * first + 1]!;
    const bx = pts[2 * last]!, by = pts[2 * last + 1]!;
    const dx = bx - ax, dy = by - ay;
    const len2 = dx * dx + dy * dy;
    let max = -1;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const px = pts[2 * i]! - ax, py = pts[2 * i + 1]! - ay;
      let d2: number;
      if (len2 === 0) d2 = px * px + py * py;
      else {
        const cross = px * dy - py * dx;
        d2 = (cross * cross) / len2;
      }
      if (d2 > max) {
        max = d2;
        index = i;
      }
    }
    if (index >= 0 && max > t2) {
      keep[index] = 1;
      stack.push(first, index, index, last);
    }
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (keep[i]) out.push(pts[2 * i]!, pts[2 * i + 1]!);
  return out;
}

/** Projects and simplifies arcs on demand, remembering each one (tenths of a pixel, integers). */
export class ArcProjector {
  private readonly arcs: Float64Array[];
  private readonly done = new Map<number, Int32Array>();
  private readonly project: Project;
  private readonly tolerance: number;

  constructor(topology: Topology, project: Project, tolerance: number) {
    this.arcs = decodeArcs(topology);
    this.project = project;
    this.tolerance = tolerance;
  }

  arc(index: number): Int32Array {
    const hit = this.done.get(index);
    if (hit) return hit;
    const src = this.arcs[index]!;
    const projected = new Float64Array(src.length);
    for (let i = 0; i < src.length; i += 2) {
      const [x, y] = this.project([src[i]!, src[i + 1]!]);
      projected[i] = x;
      projected[i + 1] = y;
    }
    const simple = simplify(projected, this.tolerance);
    const out = new Int32Array(simple.length);
    for (let i = 0; i < simple.length; i++) out[i] = Math.round(simple[i]! * 10);
    this.done.set(index, out);
    return out;
  }

  /** A closed ring (list of arc references) as points in tenths, without consecutive duplicates. */
  ring(refs: number[]): number[] {
    const out: number[] = [];
    for (const ref of refs) {
      const a = this.arc(ref < 0 ? ~ref : ref);
      const len = a.length / 2;
      for (let k = 0; k < len; k++) {
        const j = ref < 0 ? len - 1 - k : k;
        const x = a[2 * j]!, y = a[2 * j + 1]!;
        const m = out.length;
        if (m >= 2 && out[m - 2] === x && out[m - 1] === y) continue;
        out.push(x, y);
      }
    }
    return out;
  }
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
