/** The marks and HTML legend of a trend chart, and its one-sentence summary. */
import { symbol } from 'd3-shape';
import { t } from '../../../../i18n/index.ts';
import { formatNumber } from '../../format/vi.ts';
import { INK, MUTED, PAPER, SERIES_COLOURS, SERIES_SYMBOLS } from '../palette.ts';
import { el, esc, n } from '../svg.ts';
import { lowerFirst, sentence } from '../text.ts';
import type { LegendItem } from '../types.ts';
import type { TrendState } from './types.ts';

export const SYMBOL_SIZE = 46;

export const symbols = SERIES_SYMBOLS.map((type) => symbol(type, SYMBOL_SIZE).digits(1)()!);
export const symbolPath = (i: number): string => symbols[i % symbols.length]!;

export function targetMark(x: number, y: number, title: string): string {
  return (
    `<g class="mk c-target" transform="translate(${n(x)},${n(y)})">` +
    el('circle', { r: 6, fill: PAPER, stroke: INK, 'stroke-width': 1.5 }) +
    el('circle', { r: 2.2, fill: INK }) +
    el('title', {}, esc(title)) +
    '</g>'
  );
}

/** A tiny SVG for the HTML legend. */
function swatch(body: string): string {
  return `<svg viewBox="0 0 28 14" width="28" height="14" aria-hidden="true" focusable="false">${body}</svg>`;
}

const seriesSwatches = new Map<string, string>();

function seriesSwatch(i: number, former: boolean): string {
  const key = `${i}|${former}`;
  let out = seriesSwatches.get(key);
  if (!out) {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const cls = `c-s${i % SERIES_COLOURS.length}`;
    out = swatch(
      el('path', { d: 'M1 7h26', stroke: colour, 'stroke-width': former ? 1.5 : 2.25, class: cls }) +
        el('path', { d: symbolPath(i), transform: 'translate(14,7)', fill: colour, class: `${cls} c-pt` }),
    );
    seriesSwatches.set(key, out);
  }
  return out;
}

export function legendFor(s: TrendState): LegendItem[] {
  const items: LegendItem[] = s.series.map((se, i) => ({ swatch: seriesSwatch(i, se.former), label: se.label }));
  if (s.series.some((se) => se.points.some((p) => p.approx))) {
    items.push({
      swatch: swatch(el('path', { d: symbolPath(0), transform: 'translate(14,7)', fill: PAPER, stroke: INK, 'stroke-width': 1.5, class: 'c-approx' })),
      label: t('chart.trend.legendApprox'),
    });
  }
  if (s.targets.length) {
    items.push({
      swatch: swatch(`<g transform="translate(14,7)">${el('circle', { r: 5.5, fill: PAPER, stroke: INK, 'stroke-width': 1.5 })}${el('circle', { r: 2, fill: INK, class: 'c-ink' })}</g>`),
      label: t('chart.trend.legendTarget'),
    });
  }
  if (s.series.some((se) => se.trajectory)) {
    items.push({ swatch: swatch(el('path', { d: 'M1 7h26', stroke: MUTED, 'stroke-width': 1.5, 'stroke-dasharray': '4 3', class: 'c-traj' })), label: t('chart.trend.legendTrajectory') });
  }
  return items;
}

export function trendSummary(s: TrendState): string {
  const primary = s.series.find((se) => se.points.length);
  if (!primary) return t('chart.trend.summaryNone', { indicator: lowerFirst(s.indicatorName), place: s.placeLabel });
  const last = primary.points[primary.points.length - 1]!;
  let first = t('chart.trend.summaryLatest', { year: last.year, indicator: lowerFirst(s.indicatorName), place: primary.label, value: last.valueText });
  if (primary.points.length > 1) {
    const p0 = primary.points[0]!;
    if (p0.year !== last.year) first += t('chart.trend.summaryFrom', { year: p0.year, value: p0.valueText });
  }
  const clauses = [first];
  const targets = s.targets.filter((tg) => primary.targetKeys.includes(tg.key));
  const next = targets.find((tg) => tg.year >= last.year) ?? targets[targets.length - 1];
  if (next) clauses.push(t('chart.trend.summaryTarget', { year: next.year, value: next.valueText }));
  const others = s.series.filter((se) => se !== primary && se.points.length);
  if (others.length === 1) clauses.push(t('chart.trend.summaryOther', { label: others[0]!.label }));
  else if (others.length > 1) clauses.push(t('chart.trend.summaryOthers', { count: formatNumber(others.length) }));
  return sentence(clauses);
}
