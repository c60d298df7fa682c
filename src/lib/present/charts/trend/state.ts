/**
 * Model → trend chart states for a place page: one chart per group of series that share a title
 * (model/series.ts `seriesGroupsForPage`). A chart's title names exactly the units it plots: the
 * place, its former units by name, or a former district with the communes it is now part of;
 * never a unit whose figures it does not plot.
 */
import type { Indicator, Model, Observation, Place } from '../../../data/model.ts';
import { t } from '../../../../i18n/index.ts';
import { formatFigure, formatNumber } from '../../format/vi.ts';
import { listText, placeLabel } from '../../labels.ts';
import { seriesGroupsForPage, type Series, type SeriesGroup } from '../../../model/series.ts';
import type { AppliedTarget } from '../../../model/targets.ts';
import { BASE_YEAR_FLOOR } from '../../../model/progress/status.ts';
import { chartIds } from '../ids.ts';
import { chartRecord } from '../records.ts';
import { sourceTitle } from '../sources.ts';
import type { ChartRecord } from '../types.ts';
import { MIN_YEARS, type TrendSeries, type TrendState, type TrendTarget } from './render.ts';

export { MIN_YEARS };

function setterText(a: AppliedTarget): string {
  return a.setter.level === 'national' ? t('targets.national') : t('targets.formerOwn', { name: placeLabel(a.setter) });
}

function targetOf(model: Model, a: AppliedTarget, ind: Indicator): TrendTarget {
  const o = a.target;
  return {
    key: o.id,
    year: o.year!,
    value: o.value,
    approx: o.qualifier !== 'exact' || o.valueMax !== undefined,
    valueText: formatFigure(o, ind.unit),
    setterText: setterText(a),
    setterName: a.setter.level === 'national' ? t('place.nation') : placeLabel(a.setter),
    sourceTitle: sourceTitle(model, o.sourceId),
  };
}

/**
 * From the first figure from BASE_YEAR_FLOOR on (the progress method's base) through every later
 * target the base has not met yet: a target already met needs no path, and a path down to it would
 * read as a plan to decline.
 */
function trajectory(points: Observation[], targets: TrendTarget[], higherIsBetter: boolean): TrendSeries['trajectory'] {
  const ahead = (base: Observation, tg: TrendTarget) => tg.year > base.year! && (higherIsBetter ? tg.value > base.value : tg.value < base.value);
  const base = points.find((p) => p.year! >= BASE_YEAR_FLOOR && targets.some((tg) => ahead(p, tg)));
  if (!base) return undefined;
  const out = [{ year: base.year!, value: base.value }];
  for (const tg of [...targets].filter((x) => ahead(base, x)).sort((a, b) => a.year - b.year)) {
    if (tg.year > out[out.length - 1]!.year) out.push({ year: tg.year, value: tg.value });
  }
  return out;
}

/** The units a group's chart is titled with: exactly those it plots. */
export function groupTitle(model: Model, place: Place, group: SeriesGroup, plotted: Place[]): string {
  const name = (p: Place) => (p.level === 'national' ? t('place.nation') : placeLabel(p));
  if (group.key && place.level === 'commune' && plotted.length === 1) {
    const district = plotted[0]!;
    const others = (model.communesOfFormerDistrict.get(district.key) ?? []).filter((k) => k !== place.key).length;
    return others
      ? t('chart.trend.unitNowPartOfMany', { unit: name(district), place: place.fullName, count: formatNumber(others) })
      : t('chart.trend.unitNowPartOf', { unit: name(district), place: place.fullName });
  }
  if (group.key && plotted.length > 3) return t('chart.trend.districtsOf', { count: formatNumber(plotted.length), place: place.fullName });
  return listText(plotted.map(name), 3);
}

function seriesLabel(s: Series, severalBases: boolean): string {
  const label = s.place.level === 'national' ? t('place.nation') : placeLabel(s.place);
  if (!severalBases) return label;
  return `${label} — ${s.basis ? t(`figures.basis.${s.basis}`) : t('chart.trend.basisUnknown')}`;
}

function groupState(model: Model, place: Place, ind: Indicator, group: SeriesGroup): TrendState | undefined {
  const all = group.series.filter((s) => s.points.length || s.undated.length);
  // A chart shows a change over time: a series needs figures of two years or more. Single figures
  // (even of several units, often of different years) are printed in words beside their status.
  if (!all.some((s) => new Set(s.points.map((o) => o.year)).size >= MIN_YEARS)) return undefined;
  const severalBases = new Set(all.map((s) => s.basis ?? '')).size > 1;
  const targets = new Map<string, TrendTarget>();
  const series: TrendSeries[] = [];
  const undated: TrendState['undated'] = [];
  const records: ChartRecord[] = [];
  const plotted: Place[] = [];
  for (const s of all) {
    const label = seriesLabel(s, severalBases);
    if (!plotted.includes(s.place)) plotted.push(s.place);
    const own = s.targets.filter((a) => a.target.year !== null);
    const ownTargets = own.map((a) => targetOf(model, a, ind));
    for (const [i, tg] of ownTargets.entries()) {
      if (targets.has(tg.key)) continue;
      targets.set(tg.key, tg);
      records.push(chartRecord(model, own[i]!.target));
    }
    for (const o of s.undated) {
      undated.push({ label, valueText: formatFigure(o, ind.unit), sourceTitle: sourceTitle(model, o.sourceId) });
      records.push(chartRecord(model, o));
    }
    if (!s.points.length) continue;
    for (const o of s.points) records.push(chartRecord(model, o));
    const entry: TrendSeries = {
      key: s.key,
      label,
      former: s.relation !== 'self',
      points: s.points.map((o) => ({
        year: o.year!,
        value: o.value,
        approx: o.qualifier !== 'exact',
        valueText: formatFigure(o, ind.unit),
        sourceTitle: sourceTitle(model, o.sourceId),
      })),
      targetKeys: ownTargets.map((tg) => tg.key),
    };
    const traj = trajectory(s.points, ownTargets, ind.higherIsBetter);
    if (traj) entry.trajectory = traj;
    series.push(entry);
  }
  const base = chartIds.trend(place, ind.id);
  return {
    id: group.key ? `${base}/${group.key}` : base,
    indicatorName: ind.nameVi,
    placeLabel: groupTitle(model, place, group, plotted),
    unit: ind.unit,
    series,
    targets: [...targets.values()].sort((a, b) => a.year - b.year || a.value - b.value),
    undated,
    records,
  };
}

/** The trend charts of one indicator on a place's page (none when no figure has a year). */
export function trendStates(model: Model, place: Place, ind: Indicator): TrendState[] {
  return seriesGroupsForPage(model, place, ind)
    .map((g) => groupState(model, place, ind, g))
    .filter((s): s is TrendState => s !== undefined);
}
