/**
 * Class breaks of a choropleth: round thresholds (d3 ticks) over the range of every figure of
 * the indicator on that layer, all years together, so a colour means the same in every year.
 */
import { ticks } from 'd3-array';
import type { Unit } from '../../../data/model.ts';
import { formatValue } from '../../format/vi.ts';
import { t } from '../../../../i18n/index.ts';
import { MAX_CLASSES } from '../palette.ts';

/** Thresholds: a value v is in class k when k thresholds are ≤ v. Empty when all values are equal. */
export function classBreaks(values: number[]): number[] {
  if (!values.length) return [];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return [];
  for (let count = 5; count >= 1; count--) {
    const inner = ticks(lo, hi, count).filter((v) => v > lo && v <= hi);
    if (inner.length && inner.length <= MAX_CLASSES - 1) return inner;
  }
  return [(lo + hi) / 2];
}

export function classOf(value: number, breaks: number[]): number {
  let k = 0;
  while (k < breaks.length && value >= breaks[k]!) k++;
  return k;
}

/** "dưới 50%", "50% – dưới 60%", "từ 80% trở lên"; one class: the range of the values. */
export function classLabels(breaks: number[], unit: Unit, values: number[]): string[] {
  const f = (v: number) => formatValue(v, unit);
  if (!breaks.length) {
    if (!values.length) return [];
    const lo = Math.min(...values);
    const hi = Math.max(...values);
    return [lo === hi ? f(lo) : t('map.class.range', { from: f(lo), to: f(hi) })];
  }
  const out = [t('map.class.below', { value: f(breaks[0]!) })];
  for (let i = 1; i < breaks.length; i++) out.push(t('map.class.between', { from: f(breaks[i - 1]!), to: f(breaks[i]!) }));
  out.push(t('map.class.above', { value: f(breaks[breaks.length - 1]!) }));
  return out;
}
