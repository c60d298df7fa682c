/** Model → choropleth state and view (the map, its year selector) for a page or a chart page. */
import type { Indicator, Model } from '../../../data/model.ts';
import { t } from '../../../../i18n/index.ts';
import { choicesFor, defaultChoice, emptyChoice, familyValues, type ChoiceFigures, type Scope } from '../choices.ts';
import { chartIds, chartPageHref, type LayerChoice } from '../ids.ts';
import { basisText, layerHeading, choiceLabel, choiceParams, credit, hrefPattern, layerUnits, scopeText, unitNoun, unitValue } from '../layers.ts';
import type { ChartOutput } from '../types.ts';
import { classBreaks } from './classes.ts';
import { chartRecord } from '../records.ts';
import { mapFrame } from './frames.ts';
import { mapTitle, renderMap, type MapState } from './render.ts';

export interface YearLink {
  label: string;
  href: string;
  current: boolean;
  /** The `?nam=` values that select it, the one written in the address first (layers.ts `choiceParams`). */
  params: string[];
}

export interface MapView {
  output: ChartOutput;
  years: YearLink[];
  /** The layer, year and basis shown, with its figures (the page's ranking uses the same). */
  shown: ChoiceFigures;
}

export function mapState(model: Model, ind: Indicator, shown: ChoiceFigures): MapState {
  const c = shown.choice;
  const values = [...shown.byCode].flatMap(([code, list]) => list.map((o) => unitValue(model, code, o)));
  const breakValues = familyValues(model, ind.id, c.layer, c.registered);
  const notes: string[] = [];
  if (c.year === null) notes.push(t('map.note.noData'));
  else if (c.layer === 'former-provinces') notes.push(t('map.note.former', { year: c.year }));
  const s: MapState = {
    id: chartIds.map(c, ind.id),
    ...layerHeading(model, ind, c),
    units: layerUnits(model, c).map((u) => (u.href ? { code: u.code, label: u.label, href: u.href } : { code: u.code, label: u.label })),
    values,
    breaks: classBreaks(breakValues),
    breakValues,
    credit: credit(c),
    notes,
    records: [...shown.byCode.values()].flat().map((o) => chartRecord(model, o)),
  };
  const pattern = hrefPattern(c);
  if (pattern) s.hrefPattern = pattern;
  return s;
}

export function frameFor(c: LayerChoice) {
  return mapFrame(c.layer, c.provinceCode);
}

const sameChoice = (a: LayerChoice, b: LayerChoice) => a.layer === b.layer && a.year === b.year && a.registered === b.registered && a.provinceCode === b.provinceCode;

/** The map of an indicator for a scope: the given choice, else the default one, else an empty map. */
export function mapView(model: Model, ind: Indicator, scope: Scope, which?: LayerChoice): MapView {
  const choices = choicesFor(model, ind, scope);
  const shown = (which && choices.find((c) => sameChoice(c.choice, which))) ?? defaultChoice(choices) ?? emptyChoice(scope);
  const output = renderMap(mapState(model, ind, shown), frameFor(shown.choice));
  // Choices come by year, current layer and recognised basis first: the first of a year answers to the plain year.
  const years = choices.map((c, i) => ({
    label: choiceLabel(c.choice),
    href: chartPageHref(chartIds.map(c.choice, ind.id)),
    current: sameChoice(c.choice, shown.choice),
    params: choiceParams(c.choice, i === 0 || choices[i - 1]!.choice.year !== c.choice.year),
  }));
  if (years.length > 1) output.views = choices.flatMap((c, i) => years[i]!.params.map((param) => ({ param, id: chartIds.map(c.choice, ind.id) })));
  return { output, years, shown };
}

/** The title of a map without drawing it (chart pages' headings). */
export function mapTitleFor(model: Model, ind: Indicator, c: LayerChoice): string {
  return mapTitle({ indicatorName: ind.nameVi, scopeText: scopeText(model, c), year: c.year, basisText: basisText(c) });
}
