/**
 * Locator map of a commune page: the province's outline with the commune highlighted, and a ring
 * around communes too small to see at this size. The outline and paths are computed once per
 * province (frames.ts), so 3,321 locators cost little more than string concatenation.
 */
import { t } from '../../../../i18n/index.ts';
import { chartIds } from '../ids.ts';
import { INK, MUTED } from '../palette.ts';
import { el, svgRoot } from '../svg.ts';
import type { ChartOutput } from '../types.ts';
import { locatorFrame } from './frames.ts';
import { insetFrames } from './render.ts';

export interface LocatorState {
  communeCode: string;
  provinceCode: string;
  communeLabel: string;
  provinceLabel: string;
  credit: string;
}

const LAND = '#e6e9ec';
const HIGHLIGHT = '#b84a0a';

export function renderLocator(s: LocatorState): ChartOutput {
  const frame = locatorFrame(s.provinceCode);
  const id = chartIds.locator(s.communeCode);
  const title = t('map.locator.title', { commune: s.communeLabel, province: s.provinceLabel });
  const summary = t('map.locator.summary', { commune: s.communeLabel, province: s.provinceLabel });
  const target = frame.regions.find((r) => r.code === s.communeCode);
  const islands = frame.regions.filter((r) => frame.insets.some((b) => b.communeCode === r.code));
  let body =
    el('path', { d: frame.outline, fill: LAND, stroke: MUTED, 'stroke-width': 0.75, 'stroke-linejoin': 'round', class: 'c-land' }) +
    islands.map((r) => el('path', { d: r.d, fill: LAND, class: 'c-land' })).join('') +
    insetFrames(frame);
  if (target) {
    body += el('path', { d: target.d, fill: HIGHLIGHT, stroke: INK, 'stroke-width': 0.5, class: 'c-hl' });
    const inset = frame.insets.find((b) => b.communeCode === s.communeCode);
    if (inset) {
      // A commune in an inset is the whole inset: the frame is highlighted rather than one island.
      body += el('rect', { x: inset.x, y: inset.y, width: inset.w, height: inset.h, fill: 'none', stroke: HIGHLIGHT, 'stroke-width': 2, class: 'c-hl-ring' });
    } else if (target.size < 10) {
      // Small wards are a few pixels across: a ring shows where they are.
      body += el('circle', { cx: target.cx, cy: target.cy, r: Math.max(7, target.size), fill: 'none', stroke: HIGHLIGHT, 'stroke-width': 2, class: 'c-hl-ring' });
    }
  }
  const svg = svgRoot({ id, width: frame.width, height: frame.height, title, summary, className: 'c-svg c-locator', body });
  return {
    id,
    kind: 'locator',
    title,
    summary,
    svg,
    legend: [],
    table: { caption: title, columns: [t('chart.table.place'), t('place.parent')], numeric: [], rows: [[s.communeLabel, s.provinceLabel]] },
    sourceLine: '',
    credit: s.credit,
    notes: target ? [] : [t('map.locator.noShape')],
    records: [],
  };
}
