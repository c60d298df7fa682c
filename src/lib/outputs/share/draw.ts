/**
 * A share card (src/lib/page-models/share-card.ts) drawn as a 1200 × 630 JPEG with Skia
 * (@napi-rs/canvas, whose binary comes from npm): the size Facebook and Zalo show as a large link
 * preview. Made to be read at a third of its size in a chat: the name and the figure large, the
 * status in words on its colour, the source and the site smaller. Text is measured with the
 * card's own font, so nothing runs past the edge; what cannot fit in its lines ends with "…".
 *
 * JPEG, not PNG: a third of the encoding time and two thirds of the bytes (`npm run bench`), and
 * at quality 80 flat colours and text stay clean.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { SHARE_CARD_SIZE, type ShareCard } from '../../page-models/share-card.ts';
import type { ProgressStatus } from '../../model/progress/status.ts';
import { t } from '../../../i18n/index.ts';
import { cardFont } from './fonts.ts';

const { width: CARD_WIDTH, height: CARD_HEIGHT } = SHARE_CARD_SIZE;
export const CARD_QUALITY = 80;

const LEFT = 72;
const RIGHT = CARD_WIDTH - 72;
const INK = '#1b1f24';
const MUTED = '#57606a';
const ACCENT = '#0b5cad';
const PANEL = '#f4f6f8';
const WARN = { fg: '#5c3d00', bg: '#fff4d6' };
const YEAR_PX = 34;

/** The badges' colours (src/styles/progress.css); a status without its own is drawn neutral. */
const STATUS_COLOURS: Partial<Record<ProgressStatus, { line: string; bg: string; fg: string }>> = {
  achieved: { line: '#1a7f37', bg: '#e8f3eb', fg: '#125c27' },
  on_track: { line: '#1a7f37', bg: '#ffffff', fg: '#125c27' },
  needs_acceleration: { line: '#5c3d00', bg: WARN.bg, fg: WARN.fg },
  limited_progress: { line: '#b42318', bg: '#ffffff', fg: '#8a1a12' },
  deterioration: { line: '#b42318', bg: '#f8e9e8', fg: '#8a1a12' },
};
const NEUTRAL = { line: MUTED, bg: '#f4f6f8', fg: INK };

/** Lines of `text` at the current font within `width`; the last one ends with "…" if cut. */
function wrap(ctx: SKRSContext2D, text: string, width: number, maxLines: number): { lines: string[]; cut: boolean } {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let i = 0;
  for (; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]!;
    if (ctx.measureText(next).width <= width || !line) {
      line = next;
      continue;
    }
    lines.push(line);
    line = words[i]!;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && line) {
    lines.push(line);
    i = words.length;
  }
  const cut = i < words.length || lines.some((l) => ctx.measureText(l).width > width);
  if (cut) {
    let last = lines[maxLines - 1] ?? lines.at(-1)!;
    while (last.length > 1 && ctx.measureText(`${last}…`).width > width) last = last.slice(0, -1).trimEnd();
    lines[lines.length - 1] = `${last}…`;
  }
  return { lines, cut };
}

interface Block {
  lines: string[];
  px: number;
  bold: boolean;
  colour: string;
  /** Line height in px. */
  lead: number;
}

/** A font size and the most lines a text may take at it. */
type Step = [px: number, lines: number];

/** The first step at which `text` fits (the last one, cut with "…", if none does). */
function fit(ctx: SKRSContext2D, text: string, steps: Step[], bold: boolean, colour: string, width = RIGHT - LEFT): Block {
  for (const [i, [px, maxLines]] of steps.entries()) {
    ctx.font = cardFont(px, bold);
    const { lines, cut } = wrap(ctx, text, width, maxLines);
    if (!cut || i === steps.length - 1) return { lines, px, bold, colour, lead: Math.round(px * 1.18) };
  }
  throw new Error('share card: no size');
}

const height = (b: Block | undefined) => (b ? b.lines.length * b.lead : 0);

/** Baseline of a line within its line box: the glyphs centred, descenders (≈ 0.22 em) below. */
const baselineIn = (b: Block) => b.lead - Math.round((b.lead - b.px) / 2) - Math.round(b.px * 0.22);

function print(ctx: SKRSContext2D, b: Block, y: number, x = LEFT): number {
  ctx.font = cardFont(b.px, b.bold);
  ctx.fillStyle = b.colour;
  for (const line of b.lines) {
    ctx.fillText(line, x, y + baselineIn(b));
    y += b.lead;
  }
  return y;
}

const TITLE: Step[] = [[68, 2], [58, 2], [50, 2], [44, 3], [38, 3], [34, 4]];
const LABEL: Step[] = [[32, 2], [28, 2], [26, 1]];
const FIGURE: Step[] = [[96, 1], [80, 1], [66, 1], [56, 1], [46, 1], [40, 1]];
/** A figure line without a year: "chưa có số liệu", or a news post's summary. */
const LINE: Step[] = [[64, 2], [56, 2], [48, 2], [42, 3], [36, 3], [32, 3]];

/** Layout from the most generous sizes (`tight` 0) down, until everything fits above the foot. */
function layout(ctx: SKRSContext2D, card: ShareCard, tight: number) {
  const title = fit(ctx, card.title, TITLE.slice(tight), true, INK);
  const subtitle = card.subtitle ? fit(ctx, card.subtitle, [[32, 1], [28, 1]], false, MUTED) : undefined;
  const label = card.figureLabel ? fit(ctx, card.figureLabel, LABEL.slice(Math.min(tight, 2)), false, INK) : undefined;
  // A figure and its year share one line.
  ctx.font = cardFont(YEAR_PX);
  const yearWidth = card.figureYear ? ctx.measureText(card.figureYear).width + 24 : 0;
  const figure = fit(ctx, card.figure, (card.figureYear ? FIGURE : LINE).slice(Math.min(tight, 3)), true, card.none ? MUTED : INK, RIGHT - LEFT - yearWidth);
  const note = card.note ? fit(ctx, card.note, [[30, 1], [26, 1]], false, MUTED) : undefined;
  return { title, subtitle, label, figure, note };
}

const FOOT = 116;
const TOP = 44;

/** Draws the card over everything on `canvas` (a fresh one by default). */
export function drawShareCard(card: ShareCard, canvas: Canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT)): Canvas {
  const ctx = canvas.getContext('2d');
  ctx.setLineDash([]);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  ctx.fillStyle = ACCENT;
  ctx.fillRect(0, 0, 16, CARD_HEIGHT - FOOT);

  // Foot: the source of the figure, then the site's name (and "dữ liệu minh họa" on illustrative builds).
  ctx.fillStyle = PANEL;
  ctx.fillRect(0, CARD_HEIGHT - FOOT, CARD_WIDTH, FOOT);
  ctx.font = cardFont(28, true);
  ctx.fillStyle = ACCENT;
  ctx.fillText(card.site, LEFT, card.sourceLine ? CARD_HEIGHT - 30 : CARD_HEIGHT - FOOT / 2 + 10);
  if (card.illustrative) {
    // In the foot, right of the site's name: never in the way of a long title.
    const words = t('share.illustrative');
    ctx.font = cardFont(26, true);
    const w = ctx.measureText(words).width + 32;
    const baseline = card.sourceLine ? CARD_HEIGHT - 30 : CARD_HEIGHT - FOOT / 2 + 10;
    ctx.fillStyle = WARN.bg;
    ctx.fillRect(RIGHT - w, baseline - 34, w, 46);
    ctx.fillStyle = WARN.fg;
    ctx.fillText(words, RIGHT - w + 16, baseline);
  }
  if (card.sourceLine) {
    const source = fit(ctx, card.sourceLine, [[26, 1], [24, 1], [22, 1]], false, MUTED);
    print(ctx, source, CARD_HEIGHT - FOOT + 14);
  }

  const statusH = card.status ? 62 : 0;
  const room = CARD_HEIGHT - FOOT - 28 - TOP;
  let parts = layout(ctx, card, 0);
  const need = (p: typeof parts) => height(p.title) + height(p.subtitle) + 28 + height(p.label) + 4 + height(p.figure) + height(p.note) + (statusH ? statusH + 16 : 0);
  for (let tight = 1; need(parts) > room && tight < TITLE.length; tight++) parts = layout(ctx, card, tight);

  let y = print(ctx, parts.title, TOP);
  if (parts.subtitle) y = print(ctx, parts.subtitle, y);
  y += 28;
  if (parts.label) y = print(ctx, parts.label, y);
  y += 4;
  const figureTop = y;
  y = print(ctx, parts.figure, y);
  if (card.figureYear) {
    // The year on the figure's baseline, to its right (layout() left it the room).
    ctx.font = cardFont(parts.figure.px, true);
    const after = LEFT + ctx.measureText(parts.figure.lines[0]!).width + 24;
    ctx.font = cardFont(YEAR_PX);
    ctx.fillStyle = MUTED;
    ctx.fillText(card.figureYear, after, figureTop + baselineIn(parts.figure));
  }
  if (parts.note) y = print(ctx, parts.note, y);
  if (card.status) {
    y += 16;
    const c = STATUS_COLOURS[card.status.key] ?? NEUTRAL;
    ctx.font = cardFont(30, true);
    const w = Math.min(RIGHT - LEFT, ctx.measureText(card.status.text).width + 44);
    ctx.fillStyle = c.bg;
    ctx.strokeStyle = c.line;
    ctx.lineWidth = 4;
    ctx.setLineDash(card.status.key === 'insufficient' ? [12, 8] : []);
    ctx.beginPath();
    ctx.roundRect(LEFT + 2, y + 2, w - 4, statusH - 4, 14);
    ctx.fill();
    ctx.stroke();
    ctx.fillStyle = c.fg;
    ctx.fillText(card.status.text, LEFT + 22, y + statusH / 2 + 11);
  }
  return canvas;
}

/**
 * Canvases not being encoded: reused, because a fresh 3 MB canvas per card cost a fifth more CPU
 * (the kernel zeroing new pages). As many as cards are encoded at once (Astro's concurrency).
 */
const idle: Canvas[] = [];

/** The card as JPEG bytes; the encoding runs in Node's thread pool (the library's async API). */
export async function encodeShareCard(card: ShareCard): Promise<Buffer> {
  const canvas = drawShareCard(card, idle.pop());
  try {
    return await canvas.encode('jpeg', CARD_QUALITY);
  } finally {
    idle.push(canvas);
  }
}
