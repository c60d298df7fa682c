/**
 * The state a trend chart is drawn from (state.ts builds it from the model; render.ts draws it).
 */
import type { Unit } from '../../../data/model.ts';
import type { ChartRecord } from '../types.ts';

export interface TrendPoint {
  year: number;
  value: number;
  /** The source qualified the number (hơn, gần, khoảng…). */
  approx: boolean;
  /** As printed: "hơn 81,5%". */
  valueText: string;
  sourceTitle: string;
}

export interface TrendSeries {
  key: string;
  /** "Tỉnh Thừa Thiên Huế (cũ)", with the basis when the chart holds several. */
  label: string;
  former: boolean;
  points: TrendPoint[];
  /** Keys of the targets that apply to this series. */
  targetKeys: string[];
  /** Base value then each later target: drawn dashed. */
  trajectory?: { year: number; value: number }[];
}

export interface TrendTarget {
  key: string;
  year: number;
  value: number;
  approx: boolean;
  valueText: string;
  /** "mục tiêu quốc gia", "kế hoạch của chính đơn vị"… */
  setterText: string;
  /** The unit whose plan sets it: "Việt Nam", "Tỉnh Vĩnh Long". */
  setterName: string;
  sourceTitle: string;
}

export interface TrendState {
  id: string;
  indicatorName: string;
  placeLabel: string;
  unit: Unit;
  series: TrendSeries[];
  targets: TrendTarget[];
  /** Results without a year: listed in the table, never drawn. */
  undated: { label: string; valueText: string; sourceTitle: string }[];
  width?: number;
  records: ChartRecord[];
}
