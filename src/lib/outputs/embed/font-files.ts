/**
 * The fonts every PNG is drawn with: the Noto Sans subsets committed in src/assets/fonts (OFL, see
 * OFL.txt and README.md there), never the system's, so every machine draws the same Vietnamese
 * letters. Noto Sans has no ≈ ≤ ≥ − →: they come from the Noto Sans Math subset.
 */
import { fileURLToPath } from 'node:url';

const font = (file: string) => fileURLToPath(new URL(`../../../assets/fonts/${file}`, import.meta.url));

export const FONT_PATHS = {
  regular: font('NotoSans-Regular.ttf'),
  bold: font('NotoSans-Bold.ttf'),
  math: font('NotoSansMath-Regular.ttf'),
};
export const FONT_FILES = [FONT_PATHS.regular, FONT_PATHS.bold, FONT_PATHS.math];
export const FONT_FAMILY = 'Noto Sans';
