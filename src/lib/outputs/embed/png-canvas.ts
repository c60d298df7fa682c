/**
 * PNG of a chart card drawn with Skia (@napi-rs/canvas) straight from our own SVG.
 *
 * Why not resvg for all: resvg-js 2.6 loads the fonts for every image and re-reads the font file
 * for every glyph; a trend card took ~10 ms (7 of them text), this takes ~2. Maps, whose
 * "chưa có số liệu" hatching is an SVG <pattern>, were ~20 ms in resvg; patterns of the form the maps
 * write (userSpaceOnUse, a rotate() patternTransform, shapes inside) are drawn here too.
 *
 * This is not a general SVG renderer: it draws exactly what src/lib/present/charts/ and standalone-svg.ts
 * write — <svg> (nested, viewBox, clipped), <g>, <path>, <rect>, <circle>, <text> (no tspan), <pattern> in <defs>, with
 * fill, stroke, stroke-width, stroke-dasharray, stroke-linejoin, fill-rule, font-size,
 * font-weight, text-anchor and translate() transforms, inherited as in SVG. An element or attribute
 * it does not know makes it throw, and png.ts falls back to resvg, so a new chart feature can
 * never be dropped silently from a PNG (tests/unit/embed/png-canvas.test.ts compares both).
 */
import { createCanvas, DOMMatrix, GlobalFonts, Path2D, type Canvas, type CanvasPattern, type SKRSContext2D } from '@napi-rs/canvas';
import { FONT_PATHS } from './font-files.ts';

/** Our own family names: the system's fonts must never stand in for the committed ones. */
const SANS = 'XhhtNotoSans';
const MATH = 'XhhtNotoSansMath';
let fontsReady = false;
function registerFonts(): void {
  if (fontsReady) return;
  GlobalFonts.registerFromPath(FONT_PATHS.regular, SANS);
  GlobalFonts.registerFromPath(FONT_PATHS.bold, SANS);
  GlobalFonts.registerFromPath(FONT_PATHS.math, MATH);
  fontsReady = true;
}

export class UnsupportedSvg extends Error {}

interface Style {
  fill: string;
  stroke: string;
  strokeWidth: number;
  dash: number[];
  lineJoin: CanvasLineJoin;
  fillRule: CanvasFillRule;
  fontSize: number;
  fontWeight: string;
  anchor: string;
}

const ROOT_STYLE: Style = { fill: '#000000', stroke: 'none', strokeWidth: 1, dash: [], lineJoin: 'miter', fillRule: 'nonzero', fontSize: 12, fontWeight: '400', anchor: 'start' };

/** Attributes that change nothing in a PNG. */
const IGNORED = new Set(['xmlns', 'class', 'role', 'aria-labelledby', 'aria-describedby', 'aria-hidden', 'aria-label', 'focusable', 'id', 'lang', 'font-family', 'pointer-events', 'data-k', 'data-href']);
const KNOWN: Record<string, Set<string>> = {
  svg: new Set(['x', 'y', 'width', 'height', 'viewBox']),
  g: new Set(['transform']),
  path: new Set(['d', 'transform']),
  rect: new Set(['x', 'y', 'width', 'height', 'transform']),
  circle: new Set(['cx', 'cy', 'r', 'transform']),
  text: new Set(['x', 'y', 'transform']),
};
const STYLE_ATTRS = new Set(['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'fill-rule', 'font-size', 'font-weight', 'text-anchor']);

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? all;
  });
}

function attributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) out.set(m[1]!, m[2]!.includes('&') ? decode(m[2]!) : m[2]!);
  return out;
}

function num(v: string | undefined, fallback = 0): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new UnsupportedSvg(`number "${v}"`);
  return n;
}

/** Patterns of the card being drawn, by id (filled in before drawing, patterns()). */
let patternsById = new Map<string, CanvasPattern>();

function colour(v: string): string {
  if (v === 'none' || /^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(v)) return v;
  const id = /^url\(#([^)]+)\)$/.exec(v)?.[1];
  if (id && patternsById.has(id)) return v;
  throw new UnsupportedSvg(`paint "${v}"`);
}

/** A paint: a colour, or the pattern a url(#id) names. */
const paintOf = (v: string): string | CanvasPattern => (v.startsWith('url(') ? patternsById.get(v.slice(5, -1))! : v);

function styled(parent: Style, a: Map<string, string>): Style {
  let s = parent;
  for (const [k, v] of a) {
    if (!STYLE_ATTRS.has(k)) continue;
    if (s === parent) s = { ...parent };
    if (k === 'fill') s.fill = colour(v);
    else if (k === 'stroke') s.stroke = colour(v);
    else if (k === 'stroke-width') s.strokeWidth = num(v);
    else if (k === 'stroke-dasharray') s.dash = v === 'none' ? [] : v.split(/[\s,]+/).map((x) => num(x));
    else if (k === 'stroke-linejoin') {
      if (v !== 'miter' && v !== 'round' && v !== 'bevel') throw new UnsupportedSvg(`stroke-linejoin "${v}"`);
      s.lineJoin = v;
    } else if (k === 'fill-rule') {
      if (v !== 'nonzero' && v !== 'evenodd') throw new UnsupportedSvg(`fill-rule "${v}"`);
      s.fillRule = v;
    } else if (k === 'font-size') s.fontSize = num(v);
    else if (k === 'font-weight') s.fontWeight = v === 'bold' ? '700' : v === 'normal' ? '400' : String(num(v));
    else if (k === 'text-anchor') s.anchor = v;
  }
  return s;
}

function check(tag: string, a: Map<string, string>): void {
  const known = KNOWN[tag]!;
  for (const k of a.keys()) if (!known.has(k) && !STYLE_ATTRS.has(k) && !IGNORED.has(k)) throw new UnsupportedSvg(`<${tag} ${k}>`);
}

function translate(ctx: SKRSContext2D, transform: string | undefined): void {
  if (!transform) return;
  const m = /^translate\(\s*([-\d.e]+)(?:[\s,]+([-\d.e]+))?\s*\)$/.exec(transform);
  if (!m) throw new UnsupportedSvg(`transform "${transform}"`);
  ctx.translate(num(m[1]), num(m[2], 0));
}

function paint(ctx: SKRSContext2D, s: Style, shape: Path2D): void {
  if (s.fill !== 'none') {
    ctx.fillStyle = paintOf(s.fill);
    ctx.fill(shape, s.fillRule);
  }
  if (s.stroke !== 'none' && s.strokeWidth > 0) {
    ctx.strokeStyle = paintOf(s.stroke);
    ctx.lineWidth = s.strokeWidth;
    ctx.lineJoin = s.lineJoin;
    ctx.setLineDash(s.dash);
    ctx.stroke(shape);
  }
}

/** A nested <svg>: its viewport, viewBox (preserveAspectRatio xMidYMid meet) and clip. */
function enterViewport(ctx: SKRSContext2D, a: Map<string, string>, nested: boolean): void {
  const width = num(a.get('width'));
  const height = num(a.get('height'));
  if (nested) {
    ctx.translate(num(a.get('x')), num(a.get('y')));
    ctx.beginPath();
    ctx.rect(0, 0, width, height);
    ctx.clip();
  }
  const vb = a.get('viewBox');
  if (!vb) return;
  const [x, y, w, h] = vb.split(/[\s,]+/).map((v) => num(v)) as [number, number, number, number];
  const k = Math.min(width / w, height / h);
  ctx.translate((width - w * k) / 2, (height - h * k) / 2);
  ctx.scale(k, k);
  ctx.translate(-x, -y);
}

/**
 * Canvases kept by size and reused: a fresh 350×400 canvas per card cost ~130 page faults and
 * ~1.5 ms of system time on the 2-core machine, more than drawing it. Cards come in a few sizes.
 */
const canvases = new Map<string, { canvas: Canvas; ctx: SKRSContext2D }>();
function canvasOf(width: number, height: number): { canvas: Canvas; ctx: SKRSContext2D } {
  const key = `${width}x${height}`;
  let c = canvases.get(key);
  if (!c) {
    if (canvases.size >= 32) canvases.clear();
    const canvas = createCanvas(width, height);
    c = { canvas, ctx: canvas.getContext('2d') };
    canvases.set(key, c);
  }
  return c;
}

/** Pattern tiles are drawn at 4 px per unit, so that a tile scaled or rotated stays sharp. */
const TILE_SCALE = 4;

/**
 * The <pattern>s of a card as canvas patterns: userSpaceOnUse tiles of shapes, with an optional
 * rotate() patternTransform (the maps' hatching). Anything else is not supported.
 */
function patterns(ctx: SKRSContext2D, svg: string): Map<string, CanvasPattern> {
  const out = new Map<string, CanvasPattern>();
  for (const m of svg.matchAll(/<pattern\b([^>]*)>([\s\S]*?)<\/pattern>/g)) {
    const a = attributes(m[1]!);
    for (const k of a.keys()) if (!['id', 'patternUnits', 'width', 'height', 'patternTransform', 'class'].includes(k)) throw new UnsupportedSvg(`<pattern ${k}>`);
    if (a.get('patternUnits') !== 'userSpaceOnUse') throw new UnsupportedSvg('pattern not in userSpaceOnUse');
    const width = num(a.get('width'));
    const height = num(a.get('height'));
    const tile = createCanvas(Math.ceil(width * TILE_SCALE), Math.ceil(height * TILE_SCALE));
    const tctx = tile.getContext('2d');
    tctx.scale(TILE_SCALE, TILE_SCALE);
    drawMarkup(tctx, `<g>${m[2]!}</g>`);
    const pattern = ctx.createPattern(tile, 'repeat');
    if (!pattern) throw new UnsupportedSvg('pattern tile');
    let matrix = new DOMMatrix();
    const transform = a.get('patternTransform');
    if (transform) {
      const r = /^rotate\(\s*([-\d.e]+)\s*\)$/.exec(transform);
      if (!r) throw new UnsupportedSvg(`patternTransform "${transform}"`);
      matrix = matrix.rotate(num(r[1]));
    }
    pattern.setTransform(matrix.scale(1 / TILE_SCALE));
    out.set(a.get('id') ?? '', pattern);
  }
  return out;
}

/** Size in SVG units of the outer <svg>. */
function rootSize(svg: string): { width: number; height: number } {
  const a = attributes(/^<svg\b([^>]*)>/.exec(svg)?.[1] ?? '');
  return { width: num(a.get('width')), height: num(a.get('height')) };
}

/** RGBA pixels of `svg` drawn `width` px wide on white (height rounded up, as resvg's fitTo). */
export function drawSvg(svg: string, width: number): { pixels: Uint8Array; width: number; height: number } {
  registerFonts();
  const size = rootSize(svg);
  if (!size.width || !size.height) throw new UnsupportedSvg('root <svg> without width and height');
  const k = width / size.width;
  const height = Math.ceil(size.height * k);
  const { canvas, ctx } = canvasOf(width, height);
  try {
    ctx.save();
    drawCard(ctx, svg, width, height, k);
    ctx.restore();
  } catch (e) {
    canvases.delete(`${width}x${height}`); // its drawing state is unknown now
    throw e;
  }
  // Every pixel is opaque (white background), so the raw pixels need no unpremultiplying.
  return { pixels: canvas.data(), width, height };
}

function drawCard(ctx: SKRSContext2D, svg: string, width: number, height: number, k: number): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.scale(k, k);
  ctx.miterLimit = 4; // SVG's default (canvas: 10)
  ctx.textBaseline = 'alphabetic';
  // With only our registered fonts named and a fixed language, text is drawn the same on every machine.
  ctx.lang = 'vi';
  patternsById = patterns(ctx, svg);
  drawMarkup(ctx, svg);
}

/** Draws the elements of `markup` (a whole card, or a pattern's tile) in the current state of `ctx`. */
function drawMarkup(ctx: SKRSContext2D, markup: string): void {
  const styles: Style[] = [ROOT_STYLE];
  /** Elements whose content is not drawn (<title>, <desc>), by depth. */
  let skipDepth = 0;
  let depth = 0;
  let text: { x: number; y: number; style: Style; transform: string | undefined; content: string } | undefined;
  for (const m of markup.matchAll(/<(\/?)([a-zA-Z]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    const [, closing, tag, attrSource, selfClosing, chars] = m;
    if (chars !== undefined) {
      if (text && !skipDepth) text.content += chars;
      continue;
    }
    if (closing) {
      depth--;
      if (skipDepth) {
        if (depth < skipDepth) skipDepth = 0;
        continue;
      }
      if (tag === 'text' && text) {
        drawText(ctx, text);
        text = undefined;
      }
      if (tag === 'svg' || tag === 'g') {
        ctx.restore();
        styles.pop();
      }
      continue;
    }
    const open = !selfClosing;
    if (skipDepth) {
      if (open) depth++;
      continue;
    }
    if (tag === 'title' || tag === 'desc' || tag === 'defs') {
      if (open) {
        depth++;
        skipDepth = depth;
      }
      continue;
    }
    if (!(tag! in KNOWN)) throw new UnsupportedSvg(`<${tag}>`);
    const a = attributes(attrSource!);
    check(tag!, a);
    const style = styled(styles[styles.length - 1]!, a);
    if (tag === 'svg' || tag === 'g') {
      ctx.save();
      if (tag === 'svg') enterViewport(ctx, a, depth > 0);
      else translate(ctx, a.get('transform'));
      styles.push(style);
      if (open) depth++;
      else {
        ctx.restore();
        styles.pop();
      }
      continue;
    }
    if (tag === 'text') {
      if (text) throw new UnsupportedSvg('nested <text>');
      text = { x: num(a.get('x')), y: num(a.get('y')), style, transform: a.get('transform'), content: '' };
      if (open) depth++;
      else text = undefined;
      continue;
    }
    if (open) depth++;
    const shape = new Path2D(tag === 'path' ? (a.get('d') ?? '') : undefined);
    if (tag === 'rect') shape.rect(num(a.get('x')), num(a.get('y')), num(a.get('width')), num(a.get('height')));
    else if (tag === 'circle') shape.arc(num(a.get('cx')), num(a.get('cy')), num(a.get('r')), 0, Math.PI * 2);
    const transform = a.get('transform');
    if (transform) {
      ctx.save();
      translate(ctx, transform);
      paint(ctx, style, shape);
      ctx.restore();
    } else paint(ctx, style, shape);
  }
  if (depth !== 0) throw new UnsupportedSvg('unbalanced tags');
}

function drawText(ctx: SKRSContext2D, t: { x: number; y: number; style: Style; transform: string | undefined; content: string }): void {
  const s = t.style;
  // SVG's default white-space handling: no line breaks, runs of spaces as one, trimmed.
  const content = decode(t.content).replace(/\s+/g, ' ').trim();
  if (!content || s.fill === 'none') return;
  if (s.stroke !== 'none') throw new UnsupportedSvg('stroked text');
  ctx.save();
  translate(ctx, t.transform);
  ctx.font = `${s.fontWeight} ${s.fontSize}px ${SANS}, ${MATH}`;
  ctx.textAlign = s.anchor === 'middle' ? 'center' : s.anchor === 'end' ? 'right' : 'left';
  ctx.fillStyle = s.fill;
  ctx.fillText(content, t.x, t.y);
  ctx.restore();
}
