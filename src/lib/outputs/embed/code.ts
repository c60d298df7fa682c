/**
 * The code a site pastes to embed a chart (shown in the "Nhúng" control and returned by oEmbed):
 * an iframe with a title, lazy loading, full width and a starting height, plus the optional
 * resize script. Also the starting height: an estimate of the embed page's height in a ~600 px
 * column, so that without the script the frame is roughly right.
 */
import { esc } from '../../present/charts/svg.ts';
import { textWidth, wrap } from '../../present/charts/measure.ts';
import type { ChartOutput } from '../../present/charts/types.ts';
import { svgSize } from './standalone-svg.ts';

/** Embed page widths (embed.css): the column and the widest the SVG is drawn, by kind (px). */
export const EMBED_WIDTH = 600;
const SVG_MAX: Record<ChartOutput['kind'], number> = { trend: 480, ranking: 480, map: 480, locator: 256 };
const PADDING = 24;

/** Height of the embed page in a column `width` px wide, a little generous (CSS px). */
export function estimateHeight(chart: ChartOutput, width = EMBED_WIDTH): number {
  const inner = width - PADDING;
  const lines = (text: string, size: number) => (text ? wrap(text, size, inner).length : 0);
  const size = svgSize(chart.svg);
  const shown = Math.min(inner, SVG_MAX[chart.kind]);
  let h = 20; // main padding
  h += lines(chart.title, 17) * 22 + 6;
  h += Math.ceil((size.height * shown) / size.width) + 4;
  // Legend items flow in rows, each item its swatch, a gap and its label.
  let row = 0;
  let rows = chart.legend.length ? 1 : 0;
  for (const item of chart.legend) {
    const w = svgSize(item.swatch).width + 8 + textWidth(item.label, 14) + 16;
    if (row && row + w > inner) {
      rows++;
      row = 0;
    }
    row += Math.min(w, inner);
    if (w > inner) rows += Math.ceil(w / inner) - 1;
  }
  h += rows * 22 + 8;
  h += lines(chart.summary, 15) * 22 + 12;
  for (const note of chart.notes) h += lines(note, 13) * 20 + 4;
  h += lines(chart.sourceLine, 13) * 20 + lines(chart.credit ?? '', 13) * 20 + 8;
  h += 2 * 20 + 8; // version and link back
  return Math.ceil(h / 10) * 10;
}

export interface EmbedCode {
  iframe: string;
  script: string;
  /** Both, one per line: what the reader copies. */
  full: string;
}

export function embedCode(o: { src: string; title: string; height: number; scriptSrc: string }): EmbedCode {
  const iframe = `<iframe src="${esc(o.src)}" title="${esc(o.title)}" loading="lazy" width="100%" height="${o.height}" style="border:0"></iframe>`;
  const script = `<script src="${esc(o.scriptSrc)}" async></script>`;
  return { iframe, script, full: `${iframe}\n${script}` };
}
