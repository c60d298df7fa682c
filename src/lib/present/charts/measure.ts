/**
 * Text width without a browser, from the advance widths of Noto Sans, the font every PNG is drawn
 * with (font-widths.generated.ts, read from src/assets/fonts/ by `npm run fonts:widths`). It is
 * also the widest font of the charts' font list (Arial, Liberation Sans and Roboto run narrower),
 * so text measured here fits on screens too. Kerning is left out: it only narrows text.
 */
import { BOLD, REGULAR } from './font-widths.generated.ts';

/** Widths by code point, in thousandths of an em; -1 where the fonts have no character. */
function lookup(runs: readonly (readonly number[])[]): Int16Array {
  const last = Math.max(...runs.map((r) => r[0]! + r.length - 2));
  const out = new Int16Array(last + 1).fill(-1);
  for (const [first, ...widths] of runs) widths.forEach((w, i) => (out[first! + i] = w));
  return out;
}

const TABLES = { regular: lookup(REGULAR), bold: lookup(BOLD) };

/** A character the fonts lack counts as a whole em: text measured too wide only costs a little space. */
const MISSING = 1000;

/** Widths of characters outside the table met so far (folding a letter with NFD is slow). */
const others = { regular: new Map<number, number>(), bold: new Map<number, number>() };

function charWidth(code: number, bold: boolean): number {
  const table = bold ? TABLES.bold : TABLES.regular;
  const w = table[code] ?? -1;
  if (w >= 0) return w;
  const seen = bold ? others.bold : others.regular;
  let out = seen.get(code);
  if (out === undefined) {
    // A letter with marks the fonts lack: as wide as its base letter.
    const base = String.fromCodePoint(code).normalize('NFD').codePointAt(0)!;
    out = base !== code && (table[base] ?? -1) >= 0 ? table[base]! : MISSING;
    seen.set(code, out);
  }
  return out;
}

/**
 * Width of `text` in thousandths of the font size. Every width is a whole number, so sums are
 * exact and do not depend on how a text is split (wrap() adds words' widths).
 */
function em(text: string, bold: boolean): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    sum += charWidth(code, bold);
  }
  return sum;
}

const scale = (thousandths: number, size: number) => (thousandths / 1000) * size;

/** Width of `text` at `size` px (regular or bold). */
export function textWidth(text: string, size: number, bold = false): number {
  return scale(em(text, bold), size);
}

/** `text` shortened with "…" so it fits in `max` px; unchanged when it already fits. */
export function truncate(text: string, size: number, max: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  const ellipsis = em('…', bold);
  let width = em(text, bold);
  while (chars.length > 1 && scale(width + ellipsis, size) > max) width -= em(chars.pop()!, bold);
  return chars.join('').trimEnd() + '…';
}

/** Greedy word wrap into lines no wider than `max` px (each word measured once). */
export function wrap(text: string, size: number, max: number, bold = false): string[] {
  const lines: string[] = [];
  const space = em(' ', bold);
  let line = '';
  let width = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = em(word, bold);
    if (line && scale(width + space + w, size) > max) {
      lines.push(line);
      line = word;
      width = w;
    } else if (line) {
      line = `${line} ${word}`;
      width += space + w;
    } else {
      line = word;
      width = w;
    }
  }
  if (line) lines.push(line);
  return lines;
}
