/**
 * Vietnamese formats for everything printed: 1.234,5 · 72,77% · 30/07/2021.
 * Values are printed as the source gave them: no rounding beyond the digits the data has.
 */
import type { Qualifier, Unit } from '../../data/model.ts';
import { t } from '../../../i18n/index.ts';

const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });

/**
 * A build formats the same values again and again (a figure on its place page, its chart, the
 * province's ranking, the API): remembered, up to a bound.
 */
const formatted = new Map<number, string>();
const plain = {
  format(value: number): string {
    let s = formatted.get(value);
    if (s === undefined) {
      s = intl.format(value);
      if (formatted.size < 200_000) formatted.set(value, s);
    }
    return s;
  },
};

/** 1234.5 → "1.234,5" */
export function formatNumber(value: number): string {
  return plain.format(value);
}

/**
 * Large VND amounts the way Vietnamese papers write them: "6 tỷ đồng", "1,5 tỷ đồng",
 * "420 tỷ 936 triệu đồng" (not "420,936 tỷ", easily misread), "17,5 triệu đồng"; the plain number
 * when no such form is exact.
 */
function formatVnd(value: number): string {
  const abs = Math.abs(value);
  const vnd = t('unit.vnd');
  if (abs >= 1e9 && Number.isInteger(abs / 1e6)) {
    const ty = Math.trunc(value / 1e9);
    const trieu = Math.round((abs % 1e9) / 1e6);
    if (trieu === 0) return `${plain.format(ty)} ${t('unit.billion')} ${vnd}`;
    if (trieu % 100 === 0) return `${plain.format(value / 1e9)} ${t('unit.billion')} ${vnd}`;
    return `${plain.format(ty)} ${t('unit.billion')} ${plain.format(trieu)} ${t('unit.million')} ${vnd}`;
  }
  const scaled = value / 1e6;
  if (abs >= 1e6 && Math.abs(Math.round(scaled * 1000) - scaled * 1000) < 1e-6) return `${plain.format(scaled)} ${t('unit.million')} ${vnd}`;
  return `${plain.format(value)} ${vnd}`;
}

/** The number with its unit: "72,77%", "7.115.513", "58 tỷ 996 triệu đồng", "32.643 đồng/người". */
export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'percent':
      return `${plain.format(value)}%`;
    case 'percent_change':
      return `${value > 0 ? '+' : ''}${plain.format(value)}%`;
    case 'vnd':
      return formatVnd(value);
    case 'vnd_per_person':
      return `${plain.format(value)} ${t('unit.vndPerPerson')}`;
    default:
      return plain.format(value);
  }
}

/** "hơn", "gần", "khoảng"… or '' for exact values. */
export function qualifierWord(q: Qualifier): string {
  return q === 'exact' ? '' : t(`qualifier.${q}`);
}

/** "hơn 72,77%" */
export function formatQualified(value: number, unit: Unit, q: Qualifier): string {
  const word = qualifierWord(q);
  return word ? `${word} ${formatValue(value, unit)}` : formatValue(value, unit);
}

/** "32.000–35.000 đồng/người", "2–3 tỷ đồng", "15–20%": a range, the unit written once when both ends share it. */
export function formatRange(low: number, high: number, unit: Unit): string {
  const split = (text: string) => /^([+−-]?[\d.,]+)(.*)$/u.exec(text);
  const lo = split(formatValue(low, unit));
  const hi = split(formatValue(high, unit));
  if (lo && hi && lo[2] === hi[2]) return `${lo[1]}–${hi[1]!.replace(/^\+/, '')}${hi[2]}`;
  return `${formatValue(low, unit)}–${formatValue(high, unit)}`;
}

/** A figure as printed: its qualifier, or its range, with the unit. */
export function formatFigure(f: { value: number; valueMax?: number; qualifier: Qualifier }, unit: Unit): string {
  return f.valueMax !== undefined ? formatRange(f.value, f.valueMax, unit) : formatQualified(f.value, unit, f.qualifier);
}

/** ISO (possibly partial) → "30/07/2021", "07/2021", "2021". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (d) return `${d}/${m}/${y}`;
  if (m) return `${m}/${y}`;
  return y ?? iso;
}

/** Difference in percentage points, always positive, with its unit word. */
export function formatPoints(diff: number): string {
  return `${plain.format(Math.abs(Math.round(diff * 10) / 10))} ${t('unit.points')}`;
}

/** Exactly `digits` decimals, vi-VN: formatFixed(0.9516, 3) → "0,952"; for R and growth rates. */
const fixed = new Map<number, Intl.NumberFormat>();
export function formatFixed(value: number, digits: number): string {
  let f = fixed.get(digits);
  if (!f) fixed.set(digits, (f = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(value);
}
