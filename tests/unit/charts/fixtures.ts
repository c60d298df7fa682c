/** Fixed chart states for the snapshot tests: small, hand-written, stable. */
import type { TrendState } from '../../../src/lib/present/charts/trend/render.ts';
import type { RankingState } from '../../../src/lib/present/charts/ranking/render.ts';
import type { MapState } from '../../../src/lib/present/charts/map/render.ts';

export const trend: TrendState = {
  id: 'trend/national-VN/learning_families_pct',
  indicatorName: 'Tỷ lệ gia đình được công nhận Gia đình học tập',
  placeLabel: 'Việt Nam',
  unit: 'percent',
  series: [
    {
      key: 'national:VN|learning_families_pct|recognised',
      label: 'Việt Nam',
      former: false,
      points: [
        { year: 2017, value: 65.1, approx: false, valueText: '65,1%', sourceTitle: 'Báo cáo A' },
        { year: 2020, value: 72.77, approx: false, valueText: '72,77%', sourceTitle: 'Báo cáo B' },
      ],
      targetKeys: ['t2025', 't2030'],
    },
    {
      key: 'former_province:28|learning_families_pct|recognised',
      label: 'Tỉnh Hà Tây (cũ)',
      former: true,
      points: [
        { year: 2021, value: 60, approx: true, valueText: 'hơn 60%', sourceTitle: 'Bài báo C' },
        { year: 2023, value: 68.5, approx: false, valueText: '68,5%', sourceTitle: 'Bài báo C' },
      ],
      targetKeys: ['t2025', 't2030'],
      trajectory: [
        { year: 2021, value: 60 },
        { year: 2025, value: 70 },
        { year: 2030, value: 85 },
      ],
    },
  ],
  targets: [
    { key: 't2025', year: 2025, value: 70, approx: false, valueText: '70%', setterText: 'mục tiêu quốc gia', setterName: 'Việt Nam', sourceTitle: '387/QĐ-TTg' },
    { key: 't2030', year: 2030, value: 85, approx: false, valueText: '85%', setterText: 'mục tiêu quốc gia', setterName: 'Việt Nam', sourceTitle: '387/QĐ-TTg' },
  ],
  undated: [],
  records: [],
};

export const ranking: RankingState = {
  id: 'ranking/former-provinces/learning_families_pct/2023',
  indicatorName: 'Tỷ lệ gia đình được công nhận Gia đình học tập',
  scopeText: '63 tỉnh, thành phố cũ',
  unitNoun: 'tỉnh, thành phố cũ',
  year: 2023,
  basisText: '',
  unit: 'percent',
  higherIsBetter: true,
  rows: [
    { key: '27', label: 'Bắc Ninh', value: 81.2, approx: false, valueText: '81,2%', sourceTitle: 'Bài báo A' },
    { key: '46', label: 'Thừa Thiên Huế', value: 81.5, approx: true, valueText: 'hơn 81,5%', sourceTitle: 'Bài báo B' },
    { key: '86', label: 'Vĩnh Long', value: 64, approx: false, valueText: '64%', sourceTitle: 'Bài báo C' },
  ],
  missing: [
    { key: '01', label: 'Hà Nội' },
    { key: '02', label: 'Hà Giang' },
  ],
  references: [
    { kind: 'parent', value: 72.77, label: 'Cả nước năm 2023: 72,77%' },
    { kind: 'target', value: 70, label: 'Mục tiêu 2025 (quốc gia): 70%' },
  ],
  records: [],
};

/** A province map state for any frame: values for a few codes, every other area without data. */
export function mapState(id: string, units: { code: string; label: string }[], values: [string, number, boolean][]): MapState {
  return {
    id,
    indicatorName: 'Tỷ lệ gia đình được công nhận Gia đình học tập',
    scopeText: 'các đơn vị thử',
    unitNoun: 'đơn vị',
    year: 2024,
    basisText: '',
    unit: 'percent',
    higherIsBetter: true,
    units,
    values: values.map(([code, value, approx]) => ({ code, value, approx, valueText: `${approx ? 'hơn ' : ''}${String(value).replace('.', ',')}%`, sourceTitle: 'Nguồn thử' })),
    breaks: [50, 60, 70, 80],
    breakValues: [45, 55, 65, 75, 85],
    credit: 'Ranh giới: sapnhap.bando.com.vn qua thanglequoc/vietnamese-provinces-database (MIT).',
    notes: [],
    records: [],
  };
}
