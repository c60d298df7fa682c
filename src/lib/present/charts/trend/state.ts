/**
 * Model → trend chart state for a place page: the series of `seriesForPage` (the place's own,
 * then each former unit's, one per basis), their applicable targets, and the trajectories.
 */
import type { Indicator, Model, Observation, Place } from '../../../data/model.ts';
import { t } from '../../../../i18n/index.ts';
import { formatQualified } from '../../format/vi.ts';
import { placeLabel } from '../../labels.ts';
import { seriesForPage, type Series } from '../../../model/series.ts';
import type { AppliedTarget } from '../../../model/targets.ts';
import { chartIds } from '../ids.ts';
import { sourceTitle } from '../sources.ts';
import type { TrendSeries, TrendState, TrendTarget } from './render.ts';

/**
 * First year of the 2021–2030 programmes. The trajectory starts at the series' first value from
 * this year on (the base of the progress method, ../shared/docs/progress-method.md), and only
 * when a target comes after it.
 */
export const PROGRAMME_START = 2021;

function setterText(a: AppliedTarget): string {
  return a.setter.level === 'national' ? t('targets.national') : t('targets.formerOwn', { name: placeLabel(a.setter) });
}

function targetOf(model: Model, a: AppliedTarget, ind: Indicator): TrendTarget {
  const o = a.target;
  return {
    key: o.id,
    year: o.year!,
    value: o.value,
    approx: o.qualifier !== 'exact',
    valueText: formatQualified(o.value, ind.unit, o.qualifier),
    setterText: setterText(a),
    sourceTitle: sourceTitle(model, o.sourceId),
  };
}

function trajectory(points: Observation[], targets: TrendTarget[]): TrendSeries['trajectory'] {
  const base = points.find((p) => p.year! >= PROGRAMME_START && targets.some((tg) => tg.year > p.year!));
  if (!base) return undefined;
  const out = [{ year: base.year!, value: base.value }];
  for (const tg of [...targets].sort((a, b) => a.year - b.year)) {
    if (tg.year > out[out.length - 1]!.year) out.push({ year: tg.year, value: tg.value });
  }
  return out;
}

/** The trend chart of one indicator on a place's page, or undefined when no figure has a year. */
export function trendState(model: Model, place: Place, ind: Indicator): TrendState | undefined {
  const all: Series[] = seriesForPage(model, place, ind).filter((s) => s.points.length || s.undated.length);
  if (!all.some((s) => s.points.length)) return undefined;
  const severalBases = new Set(all.map((s) => s.basis ?? '')).size > 1;
  const targets = new Map<string, TrendTarget>();
  const series: TrendSeries[] = [];
  const undated: TrendState['undated'] = [];
  for (const s of all) {
    let label = placeLabel(s.place);
    if (severalBases) label += ` — ${s.basis ? t(`figures.basis.${s.basis}`) : t('chart.trend.basisUnknown')}`;
    const own = s.targets.filter((a) => a.target.year !== null).map((a) => targetOf(model, a, ind));
    for (const tg of own) if (!targets.has(tg.key)) targets.set(tg.key, tg);
    for (const o of s.undated) undated.push({ label, valueText: formatQualified(o.value, ind.unit, o.qualifier), sourceTitle: sourceTitle(model, o.sourceId) });
    if (!s.points.length) continue;
    const entry: TrendSeries = {
      key: s.key,
      label,
      former: s.relation !== 'self',
      points: s.points.map((o) => ({
        year: o.year!,
        value: o.value,
        approx: o.qualifier !== 'exact',
        valueText: formatQualified(o.value, ind.unit, o.qualifier),
        sourceTitle: sourceTitle(model, o.sourceId),
      })),
      targetKeys: own.map((tg) => tg.key),
    };
    const traj = trajectory(s.points, own);
    if (traj) entry.trajectory = traj;
    series.push(entry);
  }
  return {
    id: chartIds.trend(place, ind.id),
    indicatorName: ind.nameVi,
    placeLabel: place.level === 'national' ? t('place.nation') : placeLabel(place),
    unit: ind.unit,
    series,
    targets: [...targets.values()].sort((a, b) => a.year - b.year || a.value - b.value),
    undated,
  };
}
