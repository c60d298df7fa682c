/**
 * Ranking chart: one bar per place with a figure for one indicator and year, best first, with the
 * parent's value (the nation, or the province for its communes) and the target as reference lines.
 * Places without a figure are not dropped: they are named under the bars, as "chưa có số liệu".
 */
import { scaleLinear } from 'd3-scale';
import type { Unit } from '../../../data/model.ts';
import { t } from '../../../../i18n/index.ts';
import { formatNumber } from '../../format/vi.ts';
import { compareSummary, rankItems } from '../compare.ts';
import { textWidth, truncate, wrap } from '../measure.ts';
import { INK, MUTED, PAPER } from '../palette.ts';
import { el, esc, n, svgRoot } from '../svg.ts';
import { lowerFirst, sourceLine } from '../text.ts';
import type { Cell, ChartOutput, LegendItem, ChartRecord } from '../types.ts';

export interface RankingRow {
  key: string;
  label: string;
  href?: string;
  value: number;
  approx: boolean;
  valueText: string;
  sourceTitle: string;
}

export interface RankingMissing {
  key: string;
  label: string;
  href?: string;
}

export interface RankingReference {
  kind: 'parent' | 'target';
  value: number;
  /** "Cả nước: 72,77%", "Mục tiêu 2025: 70%". */
  label: string;
}

export interface RankingState {
  id: string;
  indicatorName: string;
  /** What is ranked: "các tỉnh cũ", "các xã, phường của Thành phố Huế". */
  scopeText: string;
  /** Singular noun for the summary: "tỉnh cũ", "xã". */
  unitNoun: string;
  year: number;
  /** "" or " (số đăng ký)". */
  basisText: string;
  unit: Unit;
  higherIsBetter: boolean;
  rows: RankingRow[];
  missing: RankingMissing[];
  references: RankingReference[];
  width?: number;
  records: ChartRecord[];
}

const FONT = 12;
const ROW_H = 18;
const BAR_H = 12;
const BAR = '#0b5cad';
const BAR_APPROX = '#9ec5ea';

export function sortRows(rows: RankingRow[], higherIsBetter: boolean): RankingRow[] {
  return rankItems(rows, higherIsBetter);
}

export function rankingTitle(s: RankingState): string {
  return t('chart.ranking.title', { indicator: s.indicatorName, scope: s.scopeText, year: s.year, basis: s.basisText });
}

export function rankingSummary(s: RankingState): string {
  return compareSummary({
    year: s.year,
    indicatorName: s.indicatorName,
    noun: s.unitNoun,
    scopeText: s.scopeText,
    items: s.rows,
    total: s.rows.length + s.missing.length,
    higherIsBetter: s.higherIsBetter,
    extra: s.references.map((r) => lowerFirst(r.label)),
  });
}

export function renderRanking(s: RankingState): ChartOutput {
  const width = s.width ?? 320;
  const rows = sortRows(s.rows, s.higherIsBetter);
  const title = rankingTitle(s);
  const summary = rankingSummary(s);

  // Bar labels are right-aligned on labelW; 4 px spare on the left in case a reader's font runs wider.
  const labelW = Math.min(width * 0.4, Math.max(40, ...rows.map((r) => textWidth(r.label, FONT)))) + 4;
  const valueW = Math.min(width * 0.3, Math.max(30, ...rows.map((r) => textWidth(r.valueText, FONT))));
  const x0 = labelW + 6;
  const x1 = width - valueW - 8;
  const values = [...rows.map((r) => r.value), ...s.references.map((r) => r.value)];
  const lo = Math.min(0, ...values);
  const hi = Math.max(1e-9, ...values);
  const x = scaleLinear().domain([lo, hi]).nice().range([x0, x1]);
  if (s.unit === 'percent' && x.domain()[1]! > 100 && hi <= 100) x.domain([lo, 100]);

  const parts: string[] = [];
  // Reference labels, one line each, above the bars.
  const refs = s.references.map((r, i) => ({ ...r, y: 12 + i * 15 }));
  const head = refs.length ? refs.length * 15 + 6 : 4;
  const bodyEnd = head + rows.length * ROW_H;
  for (const r of refs) {
    // Right of its line if it fits, else left of it, else as far left as it must.
    const rx = x(r.value);
    const w = textWidth(r.label, FONT);
    const lx = rx + 3 + w <= width ? rx + 3 : rx - 3 - w >= 0 ? rx - 3 - w : Math.max(0, width - w);
    parts.push(el('text', { x: lx, y: r.y, class: 'c-label', fill: INK }, esc(r.label)));
  }
  const zero = x(0);
  rows.forEach((r, i) => {
    const y = head + i * ROW_H;
    const bx = Math.min(zero, x(r.value));
    const bw = Math.max(1, Math.abs(x(r.value) - zero));
    const tip = t('chart.ranking.tip', { rank: i + 1, label: r.label, value: r.valueText });
    parts.push(el('text', { x: labelW, y: y + 13, 'text-anchor': 'end', class: 'c-tick', fill: INK }, esc(truncate(r.label, FONT, labelW - 4))));
    parts.push(
      el(
        'rect',
        { x: bx, y: y + 3, width: bw, height: BAR_H, fill: r.approx ? BAR_APPROX : BAR, stroke: BAR, 'stroke-width': r.approx ? 1 : undefined, class: `mk c-bar${r.approx ? ' c-approx' : ''}` },
        el('title', {}, esc(tip)),
      ),
    );
  });
  parts.push(el('path', { d: `M${n(zero)} ${head}V${bodyEnd}`, stroke: MUTED, class: 'c-axis' }));
  for (const r of refs) {
    const rx = x(r.value);
    parts.push(
      el('path', {
        d: `M${n(rx)} ${n(r.y + 3)}V${bodyEnd + 2}`,
        stroke: INK,
        'stroke-width': 1.5,
        'stroke-dasharray': r.kind === 'target' ? '5 3' : undefined,
        class: `c-ref c-ref-${r.kind}`,
      }),
    );
  }

  // Value labels last, on a background, so reference lines do not cut through them.
  parts.push(
    `<g class="c-values" fill="${MUTED}">` +
      rows
        .map((r, i) => {
          const lx = Math.max(zero, x(r.value)) + 3;
          const ly = head + i * ROW_H;
          return el('rect', { x: lx, y: ly + 3, width: textWidth(r.valueText, FONT) + 2, height: BAR_H, fill: PAPER, class: 'c-bg' }) + el('text', { x: lx + 1, y: ly + 13 }, esc(r.valueText));
        })
        .join('') +
      '</g>',
  );

  // Places without a figure, named (never dropped).
  let height = bodyEnd + 8;
  if (s.missing.length) {
    const text = t('chart.ranking.missing', { count: formatNumber(s.missing.length), year: s.year, names: s.missing.map((m) => m.label).join(', ') });
    const lines = wrap(text, FONT, width - 4);
    parts.push(
      `<g class="c-missing" fill="${MUTED}">` +
        lines.map((ln, i) => el('text', { x: 0, y: height + 12 + i * 15 }, esc(ln))).join('') +
        '</g>',
    );
    height += 12 + lines.length * 15;
  }

  const svg = svgRoot({ id: s.id, width, height: Math.ceil(height), title, summary, className: 'c-svg c-ranking', body: parts.join('') });

  const tableRows: Cell[][] = rows.map((r, i) => [String(i + 1), r.href ? { text: r.label, href: r.href } : r.label, r.valueText, r.sourceTitle]);
  for (const m of s.missing) tableRows.push(['', m.href ? { text: m.label, href: m.href } : m.label, t('figures.none'), '']);
  const legend: LegendItem[] = [];
  const swatch = (body: string) => `<svg viewBox="0 0 28 14" width="28" height="14" aria-hidden="true" focusable="false">${body}</svg>`;
  if (rows.some((r) => r.approx)) {
    legend.push({ swatch: swatch(el('rect', { x: 1, y: 2, width: 26, height: 10, fill: BAR_APPROX, stroke: BAR, class: 'c-bar c-approx' })), label: t('chart.ranking.legendApprox') });
  }
  for (const r of s.references) {
    legend.push({
      swatch: swatch(el('path', { d: 'M14 0V14', stroke: INK, 'stroke-width': 1.5, 'stroke-dasharray': r.kind === 'target' ? '5 3' : undefined, class: 'c-ref' })),
      label: r.label,
    });
  }
  return {
    id: s.id,
    kind: 'ranking',
    title,
    summary,
    svg,
    legend,
    table: {
      caption: t('chart.table.caption', { title }),
      columns: [t('chart.table.rank'), t('chart.table.place'), t('figures.value'), t('chart.table.source')],
      numeric: [0, 2],
      rows: tableRows,
    },
    sourceLine: sourceLine(rows.map((r) => r.sourceTitle)),
    notes: [],
    records: s.records,
  };
}
