/**
 * Text width without a browser: advance widths of a Helvetica/Arial-metric sans-serif
 * (Liberation Sans, Arial, Roboto are close), in thousandths of the font size.
 * Vietnamese letters count as their base letter (diacritics do not change the advance much),
 * and every width is padded by SAFETY because readers' system fonts (Noto Sans, Segoe UI,
 * San Francisco) run a few percent wider: over-estimating only costs a little space.
 */

/** Widths of ASCII 32–126, in order (Helvetica AFM). */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, // 0–9
  278, 278, 584, 584, 584, 556, 1015, // : ; < = > ? @
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, // A–M
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, // N–Z
  278, 278, 278, 469, 556, 333, // [ \ ] ^ _ `
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, // a–m
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, // n–z
  334, 260, 334, 584, // { | } ~
];

const OTHER: Record<string, number> = {
  '–': 556, '—': 1000, '…': 1000, '·': 278, '‘': 222, '’': 222, '“': 333, '”': 333,
  '×': 584, '≥': 549, '≤': 549, '•': 350, '°': 400, '\u00a0': 278, '\u202f': 200, '›': 333,
};

const SAFETY = 1.06;
const BOLD = 1.07;
const DEFAULT = 556;

/** Widths of the non-ASCII characters met so far, by code point (folding a letter with NFD is slow). */
const nonAscii = new Map<number, number>();

function otherWidth(code: number): number {
  let w = nonAscii.get(code);
  if (w !== undefined) return w;
  const ch = String.fromCodePoint(code);
  w = OTHER[ch];
  if (w === undefined) {
    if (ch === 'đ') w = 556;
    else if (ch === 'Đ') w = 722;
    else {
      // Vietnamese (and other Latin) letters with marks: measure the base letter.
      const base = ch.normalize('NFD').codePointAt(0)!;
      w = base !== code ? charWidth(base) : DEFAULT;
    }
  }
  nonAscii.set(code, w);
  return w;
}

function charWidth(code: number): number {
  return code >= 32 && code <= 126 ? ASCII[code - 32]! : otherWidth(code);
}

/**
 * Width of `text` in thousandths of the font size. Every width is a whole number, so sums are
 * exact and do not depend on how a text is split (wrap() adds words' widths).
 */
function em(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i)!;
    if (code > 0xffff) i++;
    sum += charWidth(code);
  }
  return sum;
}

const scale = (thousandths: number, size: number, bold: boolean) => (thousandths / 1000) * size * SAFETY * (bold ? BOLD : 1);

/** Width of `text` at `size` px (regular or bold). */
export function textWidth(text: string, size: number, bold = false): number {
  return scale(em(text), size, bold);
}

/** `text` shortened with "…" so it fits in `max` px; unchanged when it already fits. */
export function truncate(text: string, size: number, max: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  const ellipsis = em('…');
  let width = em(text);
  while (chars.length > 1 && scale(width + ellipsis, size, bold) > max) width -= em(chars.pop()!);
  return chars.join('').trimEnd() + '…';
}

/** Greedy word wrap into lines no wider than `max` px (each word measured once). */
export function wrap(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  const space = em(' ');
  let line = '';
  let width = 0;
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const w = em(word);
    if (line && scale(width + space + w, size, false) > max) {
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
