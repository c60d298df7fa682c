/**
 * Choropleth: the areas of one layer (34 provinces, 63 former provinces, or the communes of a
 * province) coloured by class for one indicator and year. Areas without a figure are hatched
 * ("chưa có số liệu" is a value of its own, with its own pattern), the legend gives the class
 * breaks, and the boundary source is credited. Pure: state + frame → SVG string.
 */
import type { Unit } from '../../../data/model.ts';
import { t } from '../../../../i18n/index.ts';
import { compareSummary } from '../compare.ts';
import { MUTED, NO_DATA_LINE, PAPER, sequential } from '../palette.ts';
import { domId, el, esc, svgRoot } from '../svg.ts';
import { sourceLine } from '../text.ts';
import type { Cell, ChartOutput, LegendItem, ChartRecord } from '../types.ts';
import { classLabels, classOf } from './classes.ts';
import type { FrameRegion, MapFrame } from './frames.ts';

export interface MapUnit {
  code: string;
  label: string;
  href?: string;
}

export interface MapValue {
  code: string;
  value: number;
  approx: boolean;
  valueText: string;
  sourceTitle: string;
}

export interface MapState {
  id: string;
  indicatorName: string;
  /** "34 tỉnh, thành phố", "63 tỉnh cũ (trước 01/7/2025)", "các xã, phường của Thành phố Huế". */
  scopeText: string;
  /** For the summary: "tỉnh, thành phố", "tỉnh cũ", "xã, phường". */
  unitNoun: string;
  year: number | null;
  basisText: string;
  unit: Unit;
  higherIsBetter: boolean;
  /** Every area of the layer, in table order. */
  units: MapUnit[];
  values: MapValue[];
  /** Class thresholds (see classes.ts) and every value they were computed from. */
  breaks: number[];
  breakValues: number[];
  credit: string;
  notes: string[];
  /** Pattern of a link to each area's page, "{code}" replaced by the code (used by the enhancement script). */
  hrefPattern?: string;
  records: ChartRecord[];
}

/** The hatch that means "chưa có số liệu", defined once per SVG (ids are unique per chart). */
export function noDataPattern(id: string): string {
  return (
    `<pattern id="${id}" patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">` +
    el('rect', { width: 5, height: 5, fill: PAPER, class: 'c-nd-bg' }) +
    el('path', { d: 'M0 0V5', stroke: NO_DATA_LINE, 'stroke-width': 1.6, class: 'c-nd-line' }) +
    '</pattern>'
  );
}

/** Inset frames with their labels, and a thin outline of the islands (their fill may be too small to see). */
export function insetFrames(frame: MapFrame): string {
  if (!frame.insets.length) return '';
  return (
    el('path', { d: frame.insetLand, fill: 'none', stroke: MUTED, 'stroke-width': 0.6, 'pointer-events': 'none', class: 'c-inset-land' }) +
    frame.insets
      .map(
        (b) =>
          el('rect', { x: b.x, y: b.y, width: b.w, height: b.h, fill: 'none', stroke: MUTED, 'stroke-width': 0.75, class: 'c-inset' }) +
          el('text', { x: b.x + b.w / 2, y: b.y - 4, 'text-anchor': 'middle', 'font-size': 11, fill: MUTED, class: 'c-inset-label' }, esc(b.label)),
      )
      .join('')
  );
}

export function mapTitle(s: Pick<MapState, 'indicatorName' | 'scopeText' | 'year' | 'basisText'>): string {
  return s.year === null
    ? t('map.titleNoYear', { indicator: s.indicatorName, scope: s.scopeText })
    : t('map.title', { indicator: s.indicatorName, scope: s.scopeText, year: s.year, basis: s.basisText });
}

const swatch = (body: string) => `<svg viewBox="0 0 20 14" width="20" height="14" aria-hidden="true" focusable="false">${body}</svg>`;

export function renderMap(s: MapState, frame: MapFrame): ChartOutput {
  const base = domId(s.id);
  const title = mapTitle(s);
  const labels = new Map(s.units.map((u) => [u.code, u]));
  const values = new Map<string, MapValue>();
  for (const v of s.values) if (!values.has(v.code)) values.set(v.code, v);
  const colours = sequential(s.breaks.length + 1);
  const summary = compareSummary({
    year: s.year,
    indicatorName: s.indicatorName,
    noun: s.unitNoun,
    scopeText: s.scopeText,
    items: [...values.values()].map((v) => ({ label: labels.get(v.code)?.label ?? v.code, value: v.value, valueText: v.valueText })),
    total: s.units.length,
    higherIsBetter: s.higherIsBetter,
  });

  const area = (r: FrameRegion): string => {
    const u = labels.get(r.code);
    const v = values.get(r.code);
    const name = u?.label ?? r.code;
    if (!v) {
      return el('path', { d: r.d, fill: `url(#${base}-nd)`, class: 'mk c-nd', 'data-k': r.code }, el('title', {}, esc(t('map.tipNoData', { label: name }))));
    }
    const k = classOf(v.value, s.breaks);
    return el('path', { d: r.d, fill: colours[k], class: `mk c-q c-q${k}`, 'data-k': r.code }, el('title', {}, esc(t('map.tip', { label: name, value: v.valueText }))));
  };

  const body =
    `<defs>${noDataPattern(`${base}-nd`)}</defs>` +
    `<g class="c-areas" stroke="${PAPER}" stroke-width=".5" stroke-linejoin="round" fill-rule="evenodd">` +
    frame.regions.map(area).join('') +
    '</g>' +
    insetFrames(frame);
  const svg = svgRoot({
    id: s.id,
    width: frame.width,
    height: frame.height,
    title,
    summary,
    className: 'c-svg c-map',
    body,
    extra: { 'data-href': s.hrefPattern },
  });

  const legend: LegendItem[] = classLabels(s.breaks, s.unit, s.breakValues).map((label, k) => ({
    swatch: swatch(el('rect', { x: 1, y: 1, width: 18, height: 12, fill: colours[k], stroke: MUTED, 'stroke-width': 0.5, class: `c-q c-q${k}` })),
    label,
  }));
  legend.push({
    swatch: swatch(`<defs>${noDataPattern(`${base}-ndl`)}</defs>` + el('rect', { x: 1, y: 1, width: 18, height: 12, fill: `url(#${base}-ndl)`, stroke: MUTED, 'stroke-width': 0.5, class: 'c-nd' })),
    label: t('figures.none'),
  });

  const rows: Cell[][] = s.units.flatMap((u) => {
    const name: Cell = u.href ? { text: u.label, href: u.href } : u.label;
    const all = s.values.filter((v) => v.code === u.code);
    return all.length ? all.map((v) => [name, v.valueText, v.sourceTitle]) : [[name, t('figures.none'), '']];
  });
  const notes = [...s.notes];
  const extra = s.values.length - values.size;
  if (extra > 0) notes.push(t('map.severalFigures', { count: extra }));

  return {
    id: s.id,
    kind: 'map',
    title,
    summary,
    svg,
    legend,
    table: { caption: t('chart.table.caption', { title }), columns: [t('chart.table.place'), t('figures.value'), t('chart.table.source')], numeric: [1], rows },
    sourceLine: sourceLine(s.values.map((v) => v.sourceTitle)),
    credit: s.credit,
    notes,
    records: s.records,
  };
}
