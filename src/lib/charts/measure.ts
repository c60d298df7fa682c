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

const cache = new Map<string, number>();

function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return ASCII[code - 32]!;
  const other = OTHER[ch];
  if (other !== undefined) return other;
  if (ch === 'đ') return 556;
  if (ch === 'Đ') return 722;
  // Vietnamese (and other Latin) letters with marks: measure the base letter.
  const base = ch.normalize('NFD').charAt(0);
  if (base !== ch) return charWidth(base);
  return DEFAULT;
}

/** Width of `text` at `size` px (regular or bold). */
export function textWidth(text: string, size: number, bold = false): number {
  let em = cache.get(text);
  if (em === undefined) {
    em = 0;
    for (const ch of text) em += charWidth(ch);
    if (cache.size < 50_000) cache.set(text, em);
  }
  return (em / 1000) * size * SAFETY * (bold ? BOLD : 1);
}

/** `text` shortened with "…" so it fits in `max` px; unchanged when it already fits. */
export function truncate(text: string, size: number, max: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(chars.join('') + '…', size, bold) > max) chars.pop();
  return chars.join('').trimEnd() + '…';
}

/** Greedy word wrap into lines no wider than `max` px. */
export function wrap(text: string, size: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (!word) continue;
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
