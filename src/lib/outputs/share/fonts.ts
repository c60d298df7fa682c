/**
 * The fonts share cards are drawn with: the Noto Sans subsets committed in src/assets/fonts (OFL,
 * see OFL.txt and README.md there), registered under our own family names, never the machine's,
 * so every build draws the same Vietnamese letters. Noto Sans has no ≈ ≤ ≥ − →: they come from
 * the Noto Sans Math subset, the second family of every font list.
 */
import { resolve } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

// From the project folder, where every build and test runs: this module is also bundled into the
// card route by Vite, where its own URL is not under src/.
const font = (file: string) => resolve('src/assets/fonts', file);

export const FONT_PATHS = {
  regular: font('NotoSans-Regular.ttf'),
  bold: font('NotoSans-Bold.ttf'),
  math: font('NotoSansMath-Regular.ttf'),
};
export const FONT_FILES = [FONT_PATHS.regular, FONT_PATHS.bold, FONT_PATHS.math];

const FAMILY = 'XHHT Sans';
const MATH = 'XHHT Math';
let registered = false;

/** A canvas font list: `font(30, true)` → 'bold 30px "XHHT Sans", "XHHT Math"'. */
export function cardFont(px: number, bold = false): string {
  if (!registered) {
    GlobalFonts.registerFromPath(FONT_PATHS.regular, FAMILY);
    GlobalFonts.registerFromPath(FONT_PATHS.bold, FAMILY);
    GlobalFonts.registerFromPath(FONT_PATHS.math, MATH);
    registered = true;
  }
  return `${bold ? 'bold ' : ''}${px}px "${FAMILY}", "${MATH}"`;
}
