/**
 * What every chart function returns: one self-contained unit that a page prints inline and that a
 * later embed page or download (SVG, PNG, CSV) can reuse as is. Charts are pure functions
 * `state → ChartOutput`; the state builders (each folder's `state.ts`) are the only code that reads the model.
 */

/** A table cell: plain text, or text with a link (the link is dropped in CSV). */
export type Cell = string | { text: string; href?: string };

export interface ChartTable {
  caption: string;
  columns: string[];
  /** Index of columns holding numbers (right-aligned). */
  numeric: number[];
  rows: Cell[][];
}

/** One legend entry, printed as HTML next to the SVG so it wraps and stays readable at 320 px. */
export interface LegendItem {
  /** A tiny inline SVG (swatch, line sample or marker) — decorative, `aria-hidden`. */
  swatch: string;
  label: string;
}

export type ChartKind = 'trend' | 'ranking' | 'map' | 'locator';

/**
 * One figure a chart plots, with everything needed to cite it on its own: the chart's CSV has
 * one row per record, so a row copied out of the file still says whose number it is.
 */
export interface ChartRecord {
  /** The unit whose figure it is: "Huyện Bình Chánh (cũ), thành phố Hồ Chí Minh". */
  place: string;
  placeCode: string;
  indicator: string;
  indicatorId: string;
  kind: 'result' | 'target';
  year: number | null;
  value: number;
  /** Upper end of a range target. */
  valueMax?: number;
  /** As printed on the page: "hơn 72,77%", "32.000–35.000 đồng/người". */
  valueText: string;
  qualifier: string;
  basis?: string;
  sourceTitle: string;
  sourceUrl?: string;
  /** Set when the figure is marked "cần kiểm chứng" (data column `reliability`). */
  reliability?: string;
  /** Stable id of the figure's row. */
  figureId: string;
}

export interface ChartOutput {
  /** Stable identity, see src/lib/present/charts/README.md: `trend/province-01/learning_families_pct`. */
  id: string;
  kind: ChartKind;
  title: string;
  /** One sentence in Vietnamese, generated from the data; also the SVG's <desc>. */
  summary: string;
  /** The chart itself: `<svg role="img" aria-labelledby=…>` with <title> and <desc>. */
  svg: string;
  legend: LegendItem[];
  table: ChartTable;
  /** "Nguồn: …" — where the numbers come from. */
  sourceLine: string;
  /** Boundary credit under maps: "Ranh giới: …". */
  credit?: string;
  /** Short remarks printed under the chart (e.g. figures that cannot be drawn, and why). */
  notes: string[];
  /** Every figure the chart plots or lists, for its CSV. */
  records: ChartRecord[];
  /**
   * Maps and rankings with a year selector: the chart id of each year's view by its `?nam=` value
   * (src/lib/site/compare-url.ts), so that an embed page opened with `?nam=` shows that year.
   */
  views?: { param: string; id: string }[];
}
