/** Model → chart states, on the small fixture dataset. */
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { choicesFor, defaultChoice, headlineIndicator } from '../../../src/lib/present/charts/choices.ts';
import { chartPages, headlineOverview, locator, trendCharts } from '../../../src/lib/present/charts/page-charts.ts';
import { trendStates } from '../../../src/lib/present/charts/trend/state.ts';

const model = loadDataset(resolve('tests/fixtures/datasets/small')).model!;
const ind = model.indicatorById.get('learning_families_pct')!;
const province = model.places.get('province:46')!;

describe('chart states from the model', () => {
  it('draws no chart for one figure: a dot is not a trend', () => {
    expect(trendStates(model, province, ind)).toEqual([]);
  });

  it('draws a former province’s figures as its own, labelled series with the national target, titled with that unit', () => {
    const key = 'former_province:46';
    const first = model.observationsByPlace.get(key)!.find((o) => o.indicatorId === ind.id)!;
    const earlier = { ...first, id: 'test:1', year: 2022, value: 60, qualifier: 'exact' as const };
    const withTwo = { ...model, observationsByPlace: new Map(model.observationsByPlace).set(key, [...model.observationsByPlace.get(key)!, earlier]) };
    const [s] = trendStates(withTwo, province, ind);
    expect(s!.id).toBe('trend/province-46/learning_families_pct');
    expect(s!.placeLabel).toBe('Thành phố Huế (cũ)');
    expect(s!.series.map((x) => [x.label, x.former, x.points.map((p) => p.valueText)])).toEqual([['Thành phố Huế (cũ)', true, ['60%', 'hơn 81,5%']]]);
    expect(s!.targets.map((x) => [x.year, x.valueText, x.setterText])).toEqual([[2025, '70%', 'mục tiêu quốc gia']]);
    expect(s!.series[0]!.trajectory).toEqual([{ year: 2022, value: 60 }, { year: 2025, value: 70 }]);
    // A base that already meets the target draws no path down to it.
    const met = { ...withTwo, observationsByPlace: new Map(withTwo.observationsByPlace).set(key, [...model.observationsByPlace.get(key)!, { ...earlier, value: 78 }]) };
    expect(trendStates(met, province, ind)[0]!.series[0]!.trajectory).toBeUndefined();
    expect(s!.records.filter((r) => r.kind === 'result').map((r) => r.place)).toEqual(['Thành phố Huế (cũ)', 'Thành phố Huế (cũ)']);
  });

  it('gives no trend chart when nothing has a year', () => {
    expect(trendCharts(model, model.nation, ind)).toEqual([]);
  });

  it('maps former provinces’ figures on the former-province layer, never merged into current provinces', () => {
    const choices = choicesFor(model, ind, { kind: 'country' });
    expect(choices.map((c) => c.choice)).toEqual([{ layer: 'former-provinces', year: 2024, registered: false }]);
    expect(defaultChoice(choices)!.count).toBe(1);
    expect(headlineIndicator(model, { kind: 'country' })).toBe(ind);
    const ov = headlineOverview(model, { kind: 'country' })!;
    expect(ov.map.output.id).toBe('map/former-provinces/learning_families_pct/2024');
    expect(ov.ranking!.table.rows[0]).toEqual(['1', { text: 'Huế', href: '/tinh/46/' }, 'hơn 81,5%', 'Khuyến học Huế năm 2024 (bài thử nghiệm)']);
    expect(ov.ranking!.table.rows).toHaveLength(63);
  });

  it('shows a province’s commune map without data as hatched, with a note, and no ranking', () => {
    const ov = headlineOverview(model, { kind: 'province', province })!;
    expect(ov.map.output.id).toBe('map/communes/46/learning_families_pct');
    expect(ov.map.output.notes[0]).toMatch(/^Chưa có số liệu/);
    expect(ov.ranking).toBeUndefined();
  });

  it('lists one chart page per map year and a locator per commune', () => {
    expect(chartPages(model).map((p) => p.id)).toEqual(['map/former-provinces/learning_families_pct/2024']);
    expect(locator(model, model.places.get('commune:19885')!).id).toBe('locator/19885');
  });
});
