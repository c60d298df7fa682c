/** Small hand-made series for the progress tests: no dataset needed. */
import type { Indicator, Observation, Place, Qualifier } from '../../../src/lib/data/model.ts';
import type { Series } from '../../../src/lib/model/series.ts';
import type { AppliedTarget, TargetLevel } from '../../../src/lib/model/targets.ts';

export const nation: Place = { key: 'national:VN', level: 'national', code: 'VN', name: 'Việt Nam', fullName: 'Việt Nam', type: 'Quốc gia' };
export const commune: Place = { key: 'commune:00001', level: 'commune', code: '00001', name: 'Thử', fullName: 'Xã Thử', type: 'Xã' };

export function indicator(higherIsBetter = true): Indicator {
  return {
    id: 'learning_families_pct',
    nameVi: 'Tỷ lệ gia đình học tập',
    nameEn: 'Learning families',
    unit: 'percent',
    higherIsBetter,
    group: 'models',
    main: true,
    levels: [],
    definition: '',
    legalBasis: [],
    origin: { file: 'indicators.csv', line: 2 },
  };
}

let line = 1;
export function obs(kind: 'result' | 'target', year: number | null, value: number, qualifier: Qualifier = 'exact', placeKey = commune.key): Observation {
  line++;
  return {
    id: `t.csv:${line}`,
    placeKey,
    indicatorId: 'learning_families_pct',
    kind,
    year,
    value,
    qualifier,
    sourceId: 'src',
    quote: '',
    origin: { file: 't.csv', line },
  };
}

type P = [number, number] | [number, number, Qualifier];

/** A series of the test commune; targets set by the nation unless `level` says otherwise. */
export function mkSeries(points: P[], targets: P[], opts: { higherIsBetter?: boolean; level?: TargetLevel; yearless?: number[] } = {}): Series {
  const setter = opts.level === 'own' ? commune : nation;
  const ts: AppliedTarget[] = targets.map(([y, v, q]) => ({ target: obs('target', y, v, q ?? 'exact', setter.key), setter, level: opts.level ?? 'national' }));
  for (const v of opts.yearless ?? []) ts.push({ target: obs('target', null, v, 'exact', setter.key), setter, level: opts.level ?? 'national' });
  return {
    key: `${commune.key}|learning_families_pct|`,
    place: commune,
    relation: 'self',
    indicator: indicator(opts.higherIsBetter ?? true),
    points: points.map(([y, v, q]) => obs('result', y, v, q ?? 'exact')).sort((a, b) => a.year! - b.year!),
    undated: [],
    targets: ts,
  };
}
