/**
 * Where the parts of a map go: the mainland fitted on the left (or across the whole width when
 * there is no inset) and each inset (Hoàng Sa, Trường Sa, a remote island commune) in its own
 * frame on the right, at the height of its latitude, as Vietnamese maps do. Plain arithmetic on
 * Web Mercator boxes: the build calls it to project prepared geometry, and the offline prepare
 * step (scripts/geo-prepare.ts) calls it to know how many pixels a degree will be on each part,
 * which decides how much detail the prepared geometry keeps.
 */
import { geoMercator } from 'd3-geo';
import type { Position } from 'geojson';

/** A box in Web Mercator units at scale 1 (y grows southwards): x0, y0, x1, y1. */
export type Box = [number, number, number, number];

/** A part's projection: screen = k × Mercator(lon, lat) + (ox, oy), in px. */
export interface Fit {
  k: number;
  ox: number;
  oy: number;
}

export interface FrameSpec {
  width: number;
  /** Tallest the mainland may be, in px. */
  maxHeight: number;
  /** Side of the square drawn for an island smaller than that, in px (islands never vanish). */
  minDot: number;
  /** Detail kept by the prepare step: a point is dropped when its triangle is smaller than this, in px². */
  detail: number;
}

/**
 * The three sizes maps are drawn at. The prepared geometry is simplified for exactly these:
 * change one and run `npm run geo:prepare` (a test says so).
 */
export const FRAME_SPECS = {
  country: { width: 320, maxHeight: 512, minDot: 1.2, detail: 0.7 },
  communes: { width: 320, maxHeight: 440, minDot: 1.2, detail: 0.45 },
  locator: { width: 200, maxHeight: 240, minDot: 1.6, detail: 1.0 },
} as const satisfies Record<string, FrameSpec>;

export type FrameSize = keyof typeof FRAME_SPECS;

const PAD = 4;
const INSET_SHARE = 0.3;
const LABEL_SPACE = 16;

const mercator = geoMercator().scale(1).translate([0, 0]);

/** Web Mercator at scale 1, px-free (x east, y south). */
export function mercatorXY(p: Position): [number, number] {
  return mercator([p[0]!, p[1]!]) as [number, number];
}

export const project = (f: Fit, p: Position): [number, number] => {
  const [x, y] = mercatorXY(p);
  return [f.k * x + f.ox, f.k * y + f.oy];
};

/** The box of every position given. */
export function boxOf(points: Iterable<Position>): Box {
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of points) {
    const [x, y] = mercatorXY(p);
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }
  return b;
}

/** The fit that puts box `b` in the rectangle (x, y, w, h), centred. */
function fit(b: Box, x: number, y: number, w: number, h: number): Fit {
  const k = Math.min(w / (b[2] - b[0]), h / (b[3] - b[1]));
  return { k, ox: x + (w - k * (b[2] - b[0])) / 2 - k * b[0], oy: y + (h - k * (b[3] - b[1])) / 2 - k * b[1] };
}

export interface InsetPlace {
  x: number;
  y: number;
  w: number;
  h: number;
  fit: Fit;
}

export interface Layout {
  width: number;
  height: number;
  main: Fit;
  insets: InsetPlace[];
}

export function layout(main: Box, insets: Box[], spec: FrameSpec): Layout {
  const mainW = insets.length ? spec.width * (1 - INSET_SHARE) - PAD : spec.width;
  const aspect = (main[3] - main[1]) / (main[2] - main[0]);
  const height = Math.round(Math.min(spec.maxHeight, (mainW - 2 * PAD) * aspect + 2 * PAD));
  const mainFit = fit(main, PAD, PAD, mainW - 2 * PAD, height - 2 * PAD);
  const insetW = Math.round(spec.width * INSET_SHARE - PAD);
  const x = spec.width - insetW - 1;
  let nextFree = 0;
  const places = insets.map((b) => {
    const h = Math.round(Math.max(insetW * 0.55, Math.min(insetW * 1.1, insetW * ((b[3] - b[1]) / (b[2] - b[0])))));
    // At the height of its latitude on the mainland, below the previous inset and inside the frame.
    const want = mainFit.k * ((b[1] + b[3]) / 2) + mainFit.oy - h / 2;
    const y = Math.round(Math.max(Math.min(want, height - h - 1), nextFree + LABEL_SPACE));
    nextFree = y + h + 4;
    return { x, y, w: insetW, h, fit: fit(b, x + 3, y + 3, insetW - 6, h - 6) };
  });
  return { width: spec.width, height: Math.max(height, nextFree), main: mainFit, insets: places };
}
