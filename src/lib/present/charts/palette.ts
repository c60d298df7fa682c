/**
 * Colours and marks. Every colour is paired with something that is not colour (marker shape,
 * hatch, label), so nothing is told by colour alone, and the CSS in src/styles/charts.css
 * replaces them in forced-colours mode.
 */
import { symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, symbolWye, symbolCross, type SymbolType } from 'd3-shape';

/**
 * ColorBrewer YlGnBu (Cynthia Brewer, Penn State): sequential, colour-blind safe, print friendly.
 * One palette per number of classes, light (low) to dark (high).
 */
const YL_GN_BU: Record<number, string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
};

export const MAX_CLASSES = 6;

export function sequential(classes: number): string[] {
  return YL_GN_BU[Math.max(1, Math.min(MAX_CLASSES, classes))]!;
}

/**
 * Series colours: dark enough for 3:1 contrast on white (WCAG non-text contrast), distinct for
 * the common colour-vision deficiencies (after Okabe & Ito), each with its own marker shape.
 */
export const SERIES_COLOURS = ['#0b5cad', '#b84a0a', '#18794e', '#8f3c8c', '#6b5800', '#4b5563'];
export const SERIES_SYMBOLS: SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolWye, symbolCross];

export const INK = '#1b1f24';
export const MUTED = '#57606a';
export const GRID = '#d0d7de';
export const PAPER = '#ffffff';
export const NO_DATA_LINE = '#8c959f';
