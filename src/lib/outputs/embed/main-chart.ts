/**
 * The main chart of a page, for its oEmbed discovery link, found without drawing the chart: the map a page's overview shows (same choice as
 * src/lib/present/charts/map/state.ts `mapView`: the default choice, else the empty map), or a commune's
 * locator. tests/built/embed.test.ts checks that every page's oEmbed link exists.
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

/**
 * The map of a page about a place or the country: its headline indicator's. `onlyWithData`: none
 * when no unit has a figure (the page then prints a line instead of the map, Overview.astro).
 */
export function headlineMapChart(model: Model, scope: Scope, onlyWithData = false): MainChart | undefined {
  const ind = headlineIndicator(model, scope);
  if (!ind || (onlyWithData && !defaultChoice(choicesFor(model, ind, scope)))) return undefined;
  return mapChart(model, ind, scope);
}

export function locatorChart(model: Model, commune: Place): MainChart {
  const province = model.places.get(commune.provinceKey!)!;
  return { id: chartIds.locator(commune.code), title: t('map.locator.title', { commune: commune.fullName, province: province.fullName }) };
}
