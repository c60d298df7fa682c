/**
 * Trend chart: the figures of one place for one indicator over the years, one line per series
 * (a former unit's figures and each basis are their own series, never joined), the targets that
 * apply as marked points at their target years, and a dashed trajectory from the base value.
 * Pure: state → layout → SVG string. Qualified values ("hơn", "gần", "khoảng") are hollow marks.
 */
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { t } from '../../../../i18n/index.ts';
import { formatNumber } from '../../format/vi.ts';
import { textWidth } from '../measure.ts';
import { GRID, INK, MUTED, PAPER, SERIES_COLOURS } from '../palette.ts';
import { el, esc, n, svgRoot } from '../svg.ts';
import { axisUnit, sourceLine, tickLabel } from '../text.ts';
import type { ChartOutput } from '../types.ts';
import { legendFor, symbolPath, targetMark, trendSummary } from './legend.ts';
import type { TrendPoint, TrendState, TrendTarget } from './types.ts';

export type { TrendPoint, TrendSeries, TrendState, TrendTarget } from './types.ts';
export { trendSummary } from './legend.ts';

/** Years of figures one series needs for its group to get a chart: a chart shows a change over time. */
export const MIN_YEARS = 2;

const FONT = 12;
const PLOT_H = 170;

const approxPrefix = (approx: boolean, text: string): string => (approx ? `≈${text}` : text);

function yearTicks(lo: number, hi: number, width: number): number[] {
  const span = Math.max(1, hi - lo);
  const step = [1, 2, 5, 10, 20].find((s) => (width / span) * s >= 36) ?? 20;
  const out: number[] = [];
  for (let y = Math.ceil(lo / step) * step; y <= hi; y += step) out.push(y);
  return out;
}

interface Layout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  x: (year: number) => number;
  y: (value: number) => number;
  yTicks: number[];
  xTicks: number[];
}

function layout(s: TrendState): Layout {
  const width = s.width ?? 320;
  const years = [...s.series.flatMap((se) => se.points.map((p) => p.year)), ...s.targets.map((tg) => tg.year)];
  const values = [
    ...s.series.flatMap((se) => se.points.map((p) => p.value)),
    ...s.targets.map((tg) => tg.value),
  ];
  let lo = Math.min(0, ...values);
  let hi = Math.max(...values);
  if (hi === lo) hi = lo + 1;
  const yScale = scaleLinear().domain([lo, hi]).nice(4);
  let [d0, d1] = yScale.domain() as [number, number];
  if (s.unit === 'percent' && d1 > 100 && hi <= 100) d1 = 100;
  yScale.domain([d0, d1]);
  const yTicks = yScale.ticks(4);
  const left = Math.ceil(Math.max(...yTicks.map((v) => textWidth(tickLabel(v, s.unit), FONT)))) + 8;
  const targetLabels = s.targets.map((tg) => textWidth(approxPrefix(tg.approx, tickLabel(tg.value, s.unit)), FONT));
  const right = Math.ceil(Math.max(12, ...targetLabels.map((w) => w + 14)));
  const top = axisUnit(s.unit) ? 22 : 10;
  let x0 = Math.min(...years);
  let x1 = Math.max(...years);
  if (x0 === x1) {
    x0 -= 1;
    x1 += 1;
  }
  const xScale = scaleLinear().domain([x0, x1]).range([left + 10, width - right - 4]);
  yScale.range([top + PLOT_H, top]);
  return {
    width,
    height: top + PLOT_H + 24,
    left,
    right,
    top,
    x: (v) => xScale(v),
    y: (v) => yScale(v),
    yTicks,
    xTicks: yearTicks(x0, x1, width - left - right),
  };
}

/** Label baselines so that labels at the same x are at least `gap` apart (top to bottom). */
function spreadLabels(points: { x: number; y: number }[], gap: number): number[] {
  const out = points.map((p) => p.y);
  const order = points.map((_, i) => i).sort((a, b) => points[a]!.x - points[b]!.x || points[a]!.y - points[b]!.y);
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const cur = order[k]!;
    if (Math.abs(points[cur]!.x - points[prev]!.x) < 40 && out[cur]! - out[prev]! < gap) out[cur] = out[prev]! + gap;
  }
  return out;
}

export function renderTrend(s: TrendState): ChartOutput {
  const L = layout(s);
  const title = t('chart.trend.title', { indicator: s.indicatorName, place: s.placeLabel });
  const summary = trendSummary(s);
  const parts: string[] = [];

  // Axes and grid.
  const unitLabel = axisUnit(s.unit);
  if (unitLabel) parts.push(el('text', { x: 0, y: 11, class: 'c-tick', fill: MUTED }, esc(unitLabel)));
  parts.push(
    `<g class="c-grid" stroke="${GRID}">` +
      L.yTicks.map((v) => el('path', { d: `M${n(L.left)} ${n(L.y(v))}H${n(L.width - L.right + 6)}` })).join('') +
      '</g>',
  );
  parts.push(
    `<g class="c-tick" fill="${MUTED}" text-anchor="end">` +
      L.yTicks.map((v) => el('text', { x: L.left - 6, y: L.y(v) + 4 }, esc(tickLabel(v, s.unit)))).join('') +
      '</g>',
  );
  const base = L.top + PLOT_H;
  parts.push(
    `<g class="c-tick" fill="${MUTED}" text-anchor="middle">` +
      L.xTicks.map((yr) => el('text', { x: L.x(yr), y: base + 17 }, String(yr))).join('') +
      '</g>',
  );

  // Trajectories under everything else.
  s.series.forEach((se, i) => {
    if (!se.trajectory) return;
    const d = line<{ year: number; value: number }>()
      .x((p) => L.x(p.year))
      .y((p) => L.y(p.value))
      .digits(1)(se.trajectory);
    parts.push(el('path', { d: d!, fill: 'none', stroke: SERIES_COLOURS[i % SERIES_COLOURS.length], 'stroke-width': 1.5, 'stroke-dasharray': '4 3', class: `c-traj c-s${i % SERIES_COLOURS.length}` }));
  });

  // Targets (under the points, so a figure on a target year stays visible). Targets with the same
  // year and value from several plans are one mark whose tooltip names every plan.
  const marks = new Map<string, { tg: TrendTarget; setters: string[] }>();
  for (const tg of s.targets) {
    const k = `${tg.year}|${tg.value}|${tg.approx}`;
    const m = marks.get(k);
    if (m) {
      if (!m.setters.includes(tg.setterText)) m.setters.push(tg.setterText);
    } else marks.set(k, { tg, setters: [tg.setterText] });
  }
  const drawn = [...marks.values()];
  const labelY = spreadLabels(drawn.map(({ tg }) => ({ x: L.x(tg.year), y: L.y(tg.value) + 4 })), 13);
  drawn.forEach(({ tg, setters }, k) => {
    const x = L.x(tg.year);
    const tip = t('chart.trend.targetTip', { year: tg.year, value: tg.valueText, setter: setters.join('; ') });
    parts.push(targetMark(x, L.y(tg.value), tip));
    parts.push(el('text', { x: x + 9, y: labelY[k]!, class: 'c-label', fill: INK }, esc(approxPrefix(tg.approx, tickLabel(tg.value, s.unit)))));
  });

  // Lines, then points on top.
  s.series.forEach((se, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const cls = `c-s${i % SERIES_COLOURS.length}`;
    const firstPerYear = se.points.filter((p, k) => k === 0 || se.points[k - 1]!.year !== p.year);
    if (firstPerYear.length > 1) {
      const d = line<TrendPoint>()
        .x((p) => L.x(p.year))
        .y((p) => L.y(p.value))
        .digits(1)(firstPerYear);
      parts.push(el('path', { d: d!, fill: 'none', stroke: colour, 'stroke-width': se.former ? 1.5 : 2.25, class: `c-line ${cls}` }));
    }
  });
  s.series.forEach((se, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length]!;
    const cls = `c-s${i % SERIES_COLOURS.length}`;
    const sym = symbolPath(i);
    for (const p of se.points) {
      const tip = t('chart.trend.pointTip', { label: se.label, year: p.year, value: p.valueText });
      parts.push(
        el(
          'path',
          {
            d: sym,
            transform: `translate(${n(L.x(p.year))},${n(L.y(p.value))})`,
            fill: p.approx ? PAPER : colour,
            stroke: colour,
            'stroke-width': 1.5,
            class: `mk c-pt ${cls}${p.approx ? ' c-approx' : ''}`,
          },
          el('title', {}, esc(tip)),
        ),
      );
    }
  });

  const svg = svgRoot({ id: s.id, width: L.width, height: L.height, title, summary, className: 'c-svg c-trend', body: parts.join('') });

  const rows = s.series.flatMap((se) =>
    se.points.map((p) => [se.label, String(p.year), p.valueText, t('chart.table.result')]),
  );
  for (const u of s.undated) rows.push([u.label, t('figures.noYear'), u.valueText, t('chart.table.result')]);
  for (const tg of s.targets) rows.push([tg.setterName, String(tg.year), tg.valueText, t('chart.table.target', { setter: tg.setterText })]);
  const notes: string[] = [];
  if (s.undated.length) notes.push(t('chart.trend.undated', { count: formatNumber(s.undated.length) }));

  return {
    id: s.id,
    kind: 'trend',
    title,
    summary,
    svg,
    legend: legendFor(s),
    table: { caption: t('chart.table.caption', { title }), columns: [t('chart.table.place'), t('figures.year'), t('figures.value'), t('chart.table.kind')], numeric: [2], rows },
    sourceLine: sourceLine([...s.series.flatMap((se) => se.points.map((p) => p.sourceTitle)), ...s.undated.map((u) => u.sourceTitle), ...s.targets.map((tg) => tg.sourceTitle)]),
    notes,
    records: s.records,
  };
}
