/** Chart wording shared by the chart kinds: axis ticks, source lines, sentence pieces. */
import type { Unit } from '../../data/model.ts';
import { formatNumber } from '../format/vi.ts';
import { t } from '../../../i18n/index.ts';

/** Short tick labels: "40%", "1,5 tỷ", "32.000", "2 triệu" (remembered: a build prints the same ticks thousands of times). */
const ticks = new Map<string, string>();

export function tickLabel(value: number, unit: Unit): string {
  const key = `${unit}|${value}`;
  let out = ticks.get(key);
  if (out === undefined) {
    out = formatTick(value, unit);
    if (ticks.size < 10_000) ticks.set(key, out);
  }
  return out;
}

function formatTick(value: number, unit: Unit): string {
  if (unit === 'percent') return `${formatNumber(value)}%`;
  if (unit === 'percent_change') return `${value > 0 ? '+' : ''}${formatNumber(value)}%`;
  const abs = Math.abs(value);
  if (abs >= 1e9) return `${formatNumber(value / 1e9)} ${t('unit.billion')}`;
  if (abs >= 1e6) return `${formatNumber(value / 1e6)} ${t('unit.million')}`;
  return formatNumber(value);
}

/** The unit written above a value axis when ticks do not carry it ("đồng/người"); '' otherwise. */
export function axisUnit(unit: Unit): string {
  if (unit === 'vnd') return t('unit.vnd');
  if (unit === 'vnd_per_person') return t('unit.vndPerPerson');
  return '';
}

/** "Tỷ lệ gia đình…" → "tỷ lệ gia đình…", for use inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** "Nguồn: A; B; C." — at most `max` titles, then "và N nguồn khác". */
export function sourceLine(titles: string[], max = 3): string {
  const unique = [...new Set(titles)];
  if (!unique.length) return '';
  const shown = unique.slice(0, max).join('; ');
  const rest = unique.length - max;
  return rest > 0 ? t('chart.sourcesMore', { sources: shown, count: formatNumber(rest) }) : t('chart.sources', { sources: shown });
}

/** Joins sentence clauses with "; " and ends with a full stop. */
export function sentence(clauses: string[]): string {
  const s = clauses.filter(Boolean).join('; ');
  return s.endsWith('.') ? s : s + '.';
}
