/**
 * One plain sentence per series, in the spirit of Census Reporter: where the place stands against
 * its parents (its province, then the nation) in the same year, and against its headline target.
 *   "Năm 2024: 18,53% — thấp hơn mức chung của cả nước (21,9%) 3,4 điểm phần trăm;
 *    còn thiếu 6,5 điểm phần trăm so với mục tiêu năm 2025 (25%)."
 * A parent is compared only in the same year, on the same basis, for rates (a commune's count
 * is not comparable with its province's), and only when the parent's sources agree for that year;
 * without a figure of that year, the parent's latest one from the base year on is said with its
 * year, without a comparison ("mức chung của cả nước gần nhất là 72,77% (năm 2020)").
 * This is the comparison a place page gives without JavaScript; /so-sanh/ puts places side by side.
 */
import type { Model, Place, Qualifier, Unit } from '../../data/model.ts';
import { BASE_YEAR_FLOOR } from '../../model/progress/status.ts';
import { formatPoints, formatQualified, formatValue, formatFigure } from '../format/vi.ts';
import { t } from '../../../i18n/index.ts';
import { basisCompatible } from '../../model/targets.ts';
import type { SeriesWithProgress } from '../../model/progress/place-progress.ts';
import { progressOfPlace } from '../../model/progress/place-progress.ts';
import { st } from './strings.ts';

const RATE_UNITS: ReadonlySet<Unit> = new Set(['percent', 'vnd_per_person', 'ratio', 'percent_change']);

/** The unit whose figures are the "mức chung" for a place: its province, former district, or the nation. */
export function comparisonParent(model: Model, place: Place): Place | undefined {
  const get = (k?: string) => (k ? model.places.get(k) : undefined);
  switch (place.level) {
    case 'national':
      return undefined;
    case 'commune':
      return get(place.provinceKey);
    case 'former_commune':
      return get(place.parentKey) ?? get(place.provinceKey);
    case 'former_district':
      return get(place.provinceKey);
    default:
      return model.nation;
  }
}

/** Every unit a place is compared with, nearest first: its province (or former parent), then the nation. */
export function comparisonParents(model: Model, place: Place): Place[] {
  const first = comparisonParent(model, place);
  if (!first) return [];
  return first.level === 'national' ? [first] : [first, model.nation];
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

function parentName(parent: Place): string {
  if (parent.level === 'national') return st('progress.compare.parentNation');
  if (parent.level.startsWith('former_')) return t('progress.compare.parentFormer', { type: lowerFirst(parent.type) });
  return lowerFirst(parent.type);
}

/** A difference in the indicator's unit: points for percentages, the unit otherwise. */
export function formatDiff(diff: number, unit: Unit): string {
  const rounded = Math.round(Math.abs(diff) * 1e6) / 1e6;
  return unit === 'percent' || unit === 'percent_change' ? formatPoints(rounded) : formatValue(rounded, unit);
}

/** Whether a difference prints as zero (so "bằng" is said instead of "cao hơn 0"). */
const printsAsZero = (diff: number, unit: Unit) => (unit === 'percent' || unit === 'percent_change' ? Math.round(Math.abs(diff) * 10) === 0 : Math.abs(diff) < 1e-9);

function parentClause(model: Model, entry: SeriesWithProgress, parent: Place): string | undefined {
  const { series, progress } = entry;
  const latest = progress.latest;
  if (!latest || !RATE_UNITS.has(series.indicator.unit)) return undefined;
  // The parent's figures by year, from the base year on, on a compatible basis.
  const byYear = new Map<number, { values: Set<number>; qualifier: Qualifier }>();
  for (const e of progressOfPlace(model, parent, series.indicator)) {
    if (!basisCompatible(e.series.basis, series.basis)) continue;
    for (const o of e.series.points) {
      if (o.year === null || o.year < BASE_YEAR_FLOOR) continue;
      const y = byYear.get(o.year) ?? { values: new Set<number>(), qualifier: o.qualifier };
      y.values.add(o.value);
      y.qualifier = o.qualifier;
      byYear.set(o.year, y);
    }
  }
  const unit = series.indicator.unit;
  const same = byYear.get(latest.year);
  if (!same) {
    // No figure of the same year: the parent's latest is said with its year, never compared.
    const year = Math.max(...[...byYear.keys()].filter((y) => byYear.get(y)!.values.size === 1));
    const other = byYear.get(year);
    if (!other) return undefined;
    return t('progress.compare.parentOtherYear', { parent: parentName(parent), parentValue: formatQualified([...other.values][0]!, unit, other.qualifier), year });
  }
  if (same.values.size !== 1) return undefined;
  const pv = [...same.values][0]!;
  const diff = latest.value - pv;
  const params = { parent: parentName(parent), parentValue: formatQualified(pv, unit, same.qualifier), diff: formatDiff(diff, unit) };
  if (printsAsZero(diff, unit)) return t('progress.compare.parentEqual', params);
  return t(diff > 0 ? 'progress.compare.parentHigher' : 'progress.compare.parentLower', params);
}

function targetClause(entry: SeriesWithProgress): string | undefined {
  const head = entry.progress.assessments[0];
  const latest = entry.progress.latest;
  if (!head || !latest || head.target.year === null) return undefined;
  const unit = entry.series.indicator.unit;
  const diff = latest.value - head.target.value;
  const dir = entry.progress.higherIsBetter ? 'up' : 'down';
  const params = { year: head.target.year, target: formatFigure(head.target, unit), diff: formatDiff(diff, unit) };
  if (printsAsZero(diff, unit)) return t('progress.compare.targetEqual', params);
  const good = entry.progress.higherIsBetter ? diff > 0 : diff < 0;
  return t(good ? `progress.compare.targetOver.${dir}` : `progress.compare.targetShort.${dir}`, params);
}

/** The sentence for one series, or undefined when it has no figure from the base year on. */
export function compareSentence(model: Model, entry: SeriesWithProgress): string | undefined {
  const latest = entry.progress.latest;
  if (!latest) return undefined;
  const unit = entry.series.indicator.unit;
  const parents = comparisonParents(model, entry.series.place).map((p) => parentClause(model, entry, p));
  const clauses = [...parents, targetClause(entry)].filter((c): c is string => Boolean(c));
  let s = t('progress.compare.value', { year: latest.year, value: formatQualified(latest.value, unit, latest.qualifier) });
  if (clauses.length) s += ` — ${clauses.join('; ')}`;
  const approx = latest.qualifier !== 'exact' && clauses.length > 0;
  return `${s}${approx ? ` ${st('progress.compare.approx')}` : ''}.`;
}
