/**
 * The charts of each page type, for the components to print: a trend chart per indicator block,
 * the map and ranking of a page (national, indicator, province), the locator of a commune page,
 * and the list of chart pages (one per map year, the year selector's targets).
 */
import type { Indicator, Model, Place } from '../../data/model.ts';
import { choicesFor, defaultChoice, headlineIndicator, type Scope } from './choices.ts';
import { chartIds, chartPageHref, type LayerChoice } from './ids.ts';
import { credit } from './layers.ts';
import { renderLocator } from './map/locator.ts';
import { mapView, type MapView } from './map/state.ts';
import { rankingChart } from './ranking/state.ts';
import { renderTrend } from './trend/render.ts';
import { trendStates } from './trend/state.ts';
import type { ChartOutput } from './types.ts';

/** The trend charts of one indicator on a place's page: one per unit group (model/series.ts). */
export function trendCharts(model: Model, place: Place, ind: Indicator): ChartOutput[] {
  return trendStates(model, place, ind).map(renderTrend);
}

export interface Overview {
  indicator: Indicator;
  map: MapView;
  ranking?: ChartOutput;
}

/** Map and ranking of one indicator for the country or a province's communes. */
export function overview(model: Model, ind: Indicator, scope: Scope, which?: LayerChoice): Overview {
  const map = mapView(model, ind, scope, which);
  const out: Overview = { indicator: ind, map };
  const ranking = rankingChart(model, ind, map.shown);
  if (ranking) {
    // Every choice has figures, so every year of the selector has its ranking too.
    if (map.output.views) ranking.views = map.output.views.map((v) => ({ param: v.param, id: v.id.replace(/^map\//, 'ranking/') }));
    out.ranking = ranking;
  }
  return out;
}

/** The overview of a page's headline indicator (the main indicator with the most places with data). */
export function headlineOverview(model: Model, scope: Scope): Overview | undefined {
  const ind = headlineIndicator(model, scope);
  return ind ? overview(model, ind, scope) : undefined;
}

export interface IndicatorChoice {
  id: string;
  name: string;
  /** The chart page of its default map (the year selector's pages): what a choice swaps in. */
  href: string;
}

/** Indicators with a map of the country, main ones first: the national page's choice of indicator. */
export function countryIndicatorChoices(model: Model): IndicatorChoice[] {
  const out: (IndicatorChoice & { main: boolean })[] = [];
  for (const ind of model.indicators) {
    const def = defaultChoice(choicesFor(model, ind, { kind: 'country' }));
    if (def) out.push({ id: ind.id, name: ind.nameVi, href: chartPageHref(chartIds.map(def.choice, ind.id)), main: ind.main });
  }
  return out.sort((a, b) => Number(b.main) - Number(a.main)).map(({ main: _, ...c }) => c);
}

export function locator(model: Model, commune: Place): ChartOutput {
  const province = model.places.get(commune.provinceKey!)!;
  return renderLocator({
    communeCode: commune.code,
    provinceCode: province.code,
    communeLabel: commune.fullName,
    provinceLabel: province.fullName,
    credit: credit({ layer: 'communes', provinceCode: province.code, year: null, registered: false }),
  });
}

export interface ChartPage {
  /** The chart id, also the page path under /bieu-do/. */
  id: string;
  indicatorId: string;
  scope: Scope;
  choice: LayerChoice;
}

/**
 * One page per map year that a page's year selector links to: every indicator for the country
 * (indicator pages), and each province's headline indicator for its communes.
 */
export function chartPages(model: Model): ChartPage[] {
  const out: ChartPage[] = [];
  const country: Scope = { kind: 'country' };
  for (const ind of model.indicators) {
    for (const c of choicesFor(model, ind, country)) out.push({ id: chartIds.map(c.choice, ind.id), indicatorId: ind.id, scope: country, choice: c.choice });
  }
  for (const province of model.provinces) {
    const scope: Scope = { kind: 'province', province };
    const ind = headlineIndicator(model, scope);
    if (!ind) continue;
    for (const c of choicesFor(model, ind, scope)) out.push({ id: chartIds.map(c.choice, ind.id), indicatorId: ind.id, scope, choice: c.choice });
  }
  return out;
}
