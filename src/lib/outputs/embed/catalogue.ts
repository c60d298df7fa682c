/**
 * Every chart the site prints, computed from the model (src/lib/present/charts/page-charts.ts): the same
 * charts the pages call for, deduplicated by id. A build gets its charts from the pages as they
 * are printed (registry.ts); this is for unit tests and for a build in which no page handed one over.
 */
import type { Model } from '../../data/model.ts';
import type { Scope } from '../../present/charts/choices.ts';
import { chartPages, locator, overview, headlineOverview, trendCharts, type Overview } from '../../present/charts/page-charts.ts';
import type { ChartOutput } from '../../present/charts/types.ts';

export function chartCatalogue(model: Model): ChartOutput[] {
  const out = new Map<string, ChartOutput>();
  const add = (chart: ChartOutput | undefined): void => {
    if (chart && !out.has(chart.id)) out.set(chart.id, chart);
  };
  const addOverview = (ov: Overview | undefined): void => {
    add(ov?.map.output);
    add(ov?.ranking);
  };
  const country: Scope = { kind: 'country' };
  for (const p of chartPages(model)) addOverview(overview(model, model.indicatorById.get(p.indicatorId)!, p.scope, p.choice));
  for (const ind of model.indicators) addOverview(overview(model, ind, country));
  addOverview(headlineOverview(model, country));
  for (const province of model.provinces) addOverview(headlineOverview(model, { kind: 'province', province }));
  for (const place of [model.nation, ...model.provinces, ...model.regions, ...model.communes]) {
    for (const ind of model.indicators) for (const c of trendCharts(model, place, ind)) add(c);
  }
  for (const commune of model.communes) add(locator(model, commune));
  return [...out.values()];
}
