/**
 * The SVG download: a card that stands alone once saved — title, summary, the chart, its legend,
 * notes, source and credit, and where it comes from (site, page URL, data version) — all as SVG
 * text, light colours, no CSS. The PNG download is this card drawn by the reader's browser at
 * 1,200 px or more (components/embed/png-download.ts), so it carries the same words.
 *
 * Text is wrapped with the chart renderer's width table (src/lib/present/charts/measure.ts), which is
 * generous for the readers' sans-serif fonts; the page URL, one long word, is broken after its
 * slashes so that it stays inside the card.
 */
import { t } from '../../../i18n/index.ts';
import { formatDate } from '../../present/format/vi.ts';
import { textWidth, wrap } from '../../present/charts/measure.ts';
import { INK, MUTED, PAPER } from '../../present/charts/palette.ts';
import { attrs, el, esc } from '../../present/charts/svg.ts';
import type { ChartOutput } from '../../present/charts/types.ts';

export interface CardContext {
  /** Absolute URL of the chart on its full page (with its anchor). */
  pageUrl: string;
  version: string;
  /** ISO date of the data version. */
  date: string;
  illustrative: boolean;
}

export interface Card {
  svg: string;
  width: number;
  height: number;
}

/** The font list of the charts (src/lib/present/charts/svg.ts), so card and chart text look alike. */
const FONT = 'Arial, "Liberation Sans", "Noto Sans", system-ui, sans-serif';
const PAD = 16;
const MIN_CONTENT = 300;
const WARN = '#5c3d00';

/** `width`/`height` of an SVG's root element (every chart and swatch has both). */
export function svgSize(svg: string): { width: number; height: number } {
  const open = svg.slice(0, svg.indexOf('>'));
  const w = /\swidth="([\d.]+)"/.exec(open);
  const h = /\sheight="([\d.]+)"/.exec(open);
  if (!w || !h) throw new Error('embed: an SVG without width and height');
  return { width: Number(w[1]), height: Number(h[1]) };
}

/** The SVG placed at (x, y) inside the card: a nested <svg> keeps its own viewBox and ids. */
function placed(svg: string, x: number, y: number): string {
  return svg.replace(/^<svg\b/, `<svg${attrs({ x, y })}`);
}

/** Where a URL may break, best first: after "/" or before "#", "?", "&", then inside a slug, then anywhere. */
const BREAKS = [/(?<=\/)|(?=[#?&])/, /(?<=[-_])/, /(?<=.)/];

/** A URL in lines no wider than `max` px, broken after "/" where it can (the SVG has no hyphenation). */
export function urlLines(url: string, size: number, max: number, level = 0): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of url.split(BREAKS[level]!)) {
    if (textWidth(line + part, size) <= max) {
      line += part;
      continue;
    }
    if (line) lines.push(line);
    line = part;
    if (textWidth(part, size) > max && level < BREAKS.length - 1) {
      // A piece too long for a line of its own: broken more finely, its last line continued.
      const pieces = urlLines(part, size, max, level + 1);
      lines.push(...pieces.slice(0, -1));
      line = pieces.at(-1)!;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function standaloneSvg(chart: ChartOutput, ctx: CardContext): Card {
  const size = svgSize(chart.svg);
  const width = Math.max(size.width, MIN_CONTENT) + 2 * PAD;
  const inner = width - 2 * PAD;
  let y = PAD;
  let body = '';
  const text = (content: string, o: { size: number; lead: number; fill: string; bold?: boolean; x?: number; max?: number; url?: boolean }): void => {
    const x = o.x ?? PAD;
    const max = o.max ?? inner;
    const measured = o.size * (o.bold ? 1.07 : 1);
    for (const line of o.url ? urlLines(content, measured, max) : wrap(content, measured, max)) {
      y += o.lead;
      body += el('text', { x, y: y - (o.lead - o.size) / 2 - 2, 'font-size': o.size, 'font-weight': o.bold ? 700 : undefined, fill: o.fill }, esc(line));
    }
  };

  if (ctx.illustrative) {
    text(t('site.illustrative'), { size: 12, lead: 16, fill: WARN, bold: true });
    y += 6;
  }
  text(chart.title, { size: 15, lead: 20, fill: INK, bold: true });
  text(chart.summary, { size: 12, lead: 16, fill: INK });
  y += 10;
  body += placed(chart.svg, PAD + Math.floor((inner - size.width) / 2), y);
  y += size.height + 8;
  for (const item of chart.legend) {
    const sw = svgSize(item.swatch);
    const top = y;
    body += placed(item.swatch, PAD, y + 1);
    text(item.label, { size: 11, lead: 15, fill: INK, x: PAD + sw.width + 6, max: inner - sw.width - 6 });
    y = Math.max(y, top + sw.height + 2);
  }
  if (chart.legend.length) y += 4;
  for (const note of chart.notes) text(note, { size: 11, lead: 15, fill: MUTED });
  if (chart.sourceLine) text(chart.sourceLine, { size: 11, lead: 15, fill: MUTED });
  if (chart.credit) text(chart.credit, { size: 11, lead: 15, fill: MUTED });
  y += 4;
  // Where the chart lives: the site, then the chart's own address on its page.
  text(t('embed.card.from', { site: t('site.title') }), { size: 10, lead: 14, fill: MUTED });
  text(ctx.pageUrl, { size: 10, lead: 14, fill: MUTED, url: true });
  text(t('embed.page.version', { version: ctx.version, date: formatDate(ctx.date) }), { size: 10, lead: 14, fill: MUTED });
  const height = Math.ceil(y + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${width} ${height}`, width, height, 'font-family': FONT, lang: 'vi' })}>` +
    el('title', {}, esc(chart.title)) +
    el('desc', {}, esc(chart.summary)) +
    el('rect', { width, height, fill: PAPER }) +
    body +
    '</svg>\n';
  return { svg, width, height };
}
