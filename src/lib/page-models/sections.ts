/**
 * Page models of the sections that several page types share (the layout's feed links and demo
 * banner, the overview map and ranking, "Thay đổi gần đây", the locator map, the search page).
 * Components call these and print what they return; the site's model is read here, never in a
 * component.
 */
import type { Indicator, Place } from '../data/model.ts';
import { getModel } from '../data/site-model.ts';
import { siteHistory } from '../model/changes/site-history.ts';
import type { Scope } from '../present/charts/choices.ts';
import type { LayerChoice } from '../present/charts/ids.ts';
import { countryIndicatorChoices, headlineOverview, locator, overview, trendCharts, type IndicatorChoice, type Overview } from '../present/charts/page-charts.ts';
import type { ChartOutput } from '../present/charts/types.ts';
import { siteConfig } from '../site/config.ts';
import { formerLandingLines, type FormerLandingLine } from './former-landing.ts';
import { searchPageView, type SearchPageView } from './search-page.ts';
import { feedLinksForPath, indicatorUpdates, placeUpdates, type FeedLink, type UpdatesView } from './updates.ts';

export interface LayoutView {
  /** Every page built from generated demo data says so. */
  illustrative: boolean;
  base: string;
  feedLinks: FeedLink[];
  dataVersion: string;
  dataVersionDay: string;
  buildDate: string;
}

export function layoutView(pathname: string): LayoutView {
  const c = siteConfig();
  const model = getModel();
  return {
    illustrative: model.dataset.illustrative,
    base: c.base,
    feedLinks: feedLinksForPath(model, pathname),
    dataVersion: c.dataVersion,
    dataVersionDay: c.dataVersionDay,
    buildDate: c.buildDate,
  };
}

export interface OverviewOptions {
  scope: Scope;
  indicator?: Indicator;
  choice?: LayerChoice;
  /** No section when no unit has a figure for any indicator (the caller prints one line instead). */
  onlyWithData?: boolean;
  /** Offer every indicator with a map of the country. */
  indicatorChoice?: boolean;
}

export interface OverviewSectionView {
  overview?: Overview;
  choices: IndicatorChoice[];
}

export function overviewSection(o: OverviewOptions): OverviewSectionView {
  const model = getModel();
  const found = o.indicator ? overview(model, o.indicator, o.scope, o.choice) : headlineOverview(model, o.scope);
  const shown = o.onlyWithData && found && found.map.shown.count === 0 ? undefined : found;
  return { overview: shown, choices: o.indicatorChoice && shown ? countryIndicatorChoices(model) : [] };
}

/** The nation's trend of an indicator, when the nation has dated figures for it. */
export function nationalTrend(indicator: Indicator): ChartOutput | undefined {
  const model = getModel();
  return trendCharts(model, model.nation, indicator)[0];
}

export const locatorChart = (commune: Place): ChartOutput => locator(getModel(), commune);

export function updatesSection(o: { place?: Place; title?: string; indicatorId?: string }): UpdatesView {
  const model = getModel();
  return o.place ? placeUpdates(model, siteHistory(), o.place, o.title) : indicatorUpdates(model, siteHistory(), o.indicatorId!);
}

export const formerLanding = (place: Place): FormerLandingLine[] => formerLandingLines(getModel(), place);

export const searchPage = (): SearchPageView => searchPageView(getModel());

/** The data version a citation names. */
export function citationVersion(): { version: string; date: string } {
  const c = siteConfig();
  return { version: c.dataVersion, date: c.dataVersionDay };
}
