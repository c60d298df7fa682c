/** The sentence shared by rankings and maps: how many places have a figure, the highest and the lowest. */
import { t } from '../../../i18n/index.ts';
import { formatNumber } from '../format/vi.ts';
import { compareVi } from '../../text/collate.ts';
import { lowerFirst, sentence } from './text.ts';

export interface CompareItem {
  label: string;
  value: number;
  valueText: string;
}

export interface CompareInput {
  year: number | null;
  indicatorName: string;
  /** "tỉnh cũ", "xã, phường". */
  noun: string;
  /** "các tỉnh cũ", "các xã, phường của Thành phố Huế". */
  scopeText: string;
  items: CompareItem[];
  total: number;
  higherIsBetter: boolean;
  /** Further clauses (reference values, targets), already in Vietnamese. */
  extra?: string[];
}

/** Best first (by direction), ties in Vietnamese name order. */
export function rankItems<T extends CompareItem>(items: T[], higherIsBetter: boolean): T[] {
  return [...items].sort((a, b) => (higherIsBetter ? b.value - a.value : a.value - b.value) || compareVi(a.label, b.label));
}

export function compareSummary(o: CompareInput): string {
  const indicator = lowerFirst(o.indicatorName);
  const total = formatNumber(o.total);
  if (o.year === null || !o.items.length) return t('chart.compare.none', { indicator, scope: o.scopeText });
  // Highest and lowest by value, whatever the indicator's direction.
  const ranked = rankItems(o.items, true);
  const clauses: string[] = [];
  if (ranked.length === 1) {
    clauses.push(t('chart.compare.one', { year: o.year, total, noun: o.noun, indicator, label: ranked[0]!.label, value: ranked[0]!.valueText }));
  } else {
    const best = ranked[0]!;
    const worst = ranked[ranked.length - 1]!;
    clauses.push(
      t('chart.compare.many', {
        year: o.year,
        count: formatNumber(ranked.length),
        total,
        noun: o.noun,
        indicator,
        best: best.label,
        bestValue: best.valueText,
        worst: worst.label,
        worstValue: worst.valueText,
      }),
    );
  }
  return sentence([...clauses, ...(o.extra ?? [])]);
}
