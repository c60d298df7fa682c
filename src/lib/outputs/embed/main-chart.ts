/**
 * The main chart of a page, for its oEmbed discovery link, found without drawing the chart: the
 * map a page's overview shows (same choice as src/lib/present/charts/map/state.ts `mapView`: the
 * default choice, else the empty map), or a commune's locator. tests/built/embed.test.ts checks
 * that every page's oEmbed link exists and names a chart the page prints.
 */
import { t } from '../../../i18n/index.ts';
import type { Indicator, Model, Place } from '../../data/model.ts';
import { choicesFor, defaultChoice, emptyChoice, headlineIndicator, type Scope } from '../../present/charts/choices.ts';
import { chartIds, type LayerChoice } from '../../present/charts/ids.ts';
import { mapTitleFor } from '../../present/charts/map/state.ts';

export interface MainChart {
  id: string;
  title: string;
}

export function mapChart(model: Model, ind: Indicator, scope: Scope, choice?: LayerChoice): MainChart {
  const c = choice ?? (defaultChoice(choicesFor(model, ind, scope)) ?? emptyChoice(scope)).choice;
  return { id: chartIds.map(c, ind.id), title: mapTitleFor(model, ind, c) };
}

/** Whether a province page prints its communes' map: only when a commune has a figure for its headline indicator. */
export function provinceHasCommuneMap(model: Model, province: Place): boolean {
  const scope: Scope = { kind: 'province', province };
  const ind = headlineIndicator(model, scope);
  return Boolean(ind && defaultChoice(choicesFor(model, ind, scope))?.count);
}

/** The map of a page about a place or the country: its headline indicator's. */
export function headlineMapChart(model: Model, scope: Scope): MainChart | undefined {
  const ind = headlineIndicator(model, scope);
  return ind ? mapChart(model, ind, scope) : undefined;
}

export function locatorChart(model: Model, commune: Place): MainChart {
  const province = model.places.get(commune.provinceKey!)!;
  return { id: chartIds.locator(commune.code), title: t('map.locator.title', { commune: commune.fullName, province: province.fullName }) };
}
