/**
 * One indicator on a place page: a group per set of units that share a chart (the place and its
 * former units; a larger former district apart), each with its chart, the status of each of its
 * series (labelled with whose it is), what its area covers, and its figures with their sources;
 * then the targets that apply to the place itself.
 */
import type { Indicator, Model, Place } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { seriesGroupsForPage, type SeriesGroup } from '../model/series.ts';
import { currentPlacesOf, relatedPlaces, type RelatedPlace } from '../model/related-places.ts';
import { applicableTargets } from '../model/targets.ts';
import { progressOfPlace } from '../model/progress/place-progress.ts';
import { appliedTargetView, byYearThenPlace, figureView, type AppliedTargetView, type FigureView } from '../present/figures.ts';
import { listText, placeLabel } from '../present/labels.ts';
import { seriesProgressView, type SeriesProgressView } from '../present/progress/view.ts';
import { renderTrend } from '../present/charts/trend/render.ts';
import { groupTitle, trendStates } from '../present/charts/trend/state.ts';
import type { ChartOutput } from '../present/charts/types.ts';
import { indicatorHref } from '../site/urls.ts';

export interface UnitGroupView {
  /** DOM id of the group. */
  id: string;
  /** Whose figures, for groups other than the page's own ("Huyện Bình Chánh (cũ), nay thuộc …"). */
  heading?: string;
  /** What the area of the figures is, compared with the page's place. */
  notes: string[];
  chart?: ChartOutput;
  progress: SeriesProgressView[];
  figures: FigureView[];
  /** Targets in the plans of former units (a former unit's plan applies to its own figures). */
  formerTargets: FigureView[];
}

export interface IndicatorSectionView {
  id: string;
  name: string;
  href: string;
  denominator?: string;
  groups: UnitGroupView[];
  /** Targets that apply to the place itself, from the nearest plan. */
  applied: AppliedTargetView[];
}

/** What the area of a group's figures is: one sentence per kind of coverage, naming its units. */
function coverageNotes(model: Model, place: Place, units: RelatedPlace[], withStatus: boolean): string[] {
  const out: string[] = [];
  const names = (list: RelatedPlace[]) => listText(list.map((r) => placeLabel(r.place)), 4);
  const part = units.filter((r) => r.coverage === 'part');
  if (part.length) out.push(t(part.length > 1 ? 'coverage.partMany' : 'coverage.part', { unit: names(part), place: place.fullName }));
  for (const r of units.filter((u) => u.coverage === 'overlap')) {
    const others = currentPlacesOf(model, r.place).filter((p) => p.key !== place.key).map((p) => p.fullName);
    out.push(t('coverage.overlap', { unit: placeLabel(r.place), place: place.fullName, others: listText(others, 3) || t('coverage.otherUnits') }));
  }
  const larger = units.filter((r) => r.coverage === 'larger');
  if (larger.length) out.push(t(withStatus ? 'coverage.larger' : 'coverage.largerNoStatus', { unit: names(larger), place: place.fullName }));
  return out;
}

function groupView(model: Model, place: Place, ind: Indicator, g: SeriesGroup, chart: ChartOutput | undefined): UnitGroupView {
  const figures: FigureView[] = [];
  const formerTargets: FigureView[] = [];
  for (const r of g.units) {
    for (const o of model.observationsByPlace.get(r.place.key) ?? []) {
      if (o.indicatorId !== ind.id) continue;
      const v = figureView(model, o, r.relation);
      // The page's own figures name the place without a link back to the page the reader is on.
      if (r.place.key === place.key) delete v.placeHref;
      if (o.kind === 'result') figures.push(v);
      else if (r.relation !== 'self') formerTargets.push(v);
    }
  }
  const progress = g.units.flatMap((r) => progressOfPlace(model, r.place, ind, r.relation)).map((e) => seriesProgressView(model, e));
  const notes = coverageNotes(model, place, g.units, progress.some((p) => !p.noTarget));
  if (progress.length > 0 && progress.every((p) => p.noTarget)) notes.push(t('progress.reason.no_target'));
  const view: UnitGroupView = {
    id: `ct-${ind.id}${g.key ? `-${g.key}` : ''}`,
    notes,
    progress,
    figures: figures.sort(byYearThenPlace),
    formerTargets: formerTargets.sort(byYearThenPlace),
  };
  if (chart) view.chart = chart;
  if (g.key) view.heading = groupTitle(model, place, g, g.units.map((r) => r.place));
  return view;
}

/**
 * Targets set by the plans of the page's units that have no result for the indicator (the place's
 * own are in `applied`): listed, so every figure is on the page of its place or successor.
 */
function unplottedTargets(model: Model, place: Place, ind: Indicator, groups: SeriesGroup[]): { own: boolean; former: FigureView[] } {
  const grouped = new Set(groups.flatMap((g) => g.units.map((r) => r.place.key)));
  const former: FigureView[] = [];
  let own = false;
  for (const r of relatedPlaces(model, place)) {
    if (grouped.has(r.place.key)) continue;
    for (const o of model.observationsByPlace.get(r.place.key) ?? []) {
      if (o.indicatorId !== ind.id || o.kind !== 'target') continue;
      if (r.relation === 'self') own = true;
      else former.push(figureView(model, o, r.relation));
    }
  }
  return { own, former: former.sort(byYearThenPlace) };
}

/**
 * The section of one indicator on a place page: when a unit on the page has a result, or when the
 * plans of its units set a target for it (then the targets alone, every figure on its page); else
 * undefined (the indicator goes to the compact list of indicators without figures).
 */
export function indicatorSection(model: Model, place: Place, ind: Indicator): IndicatorSectionView | undefined {
  const groups = seriesGroupsForPage(model, place, ind);
  const extra = unplottedTargets(model, place, ind, groups);
  if (groups.length === 0 && !extra.own && extra.former.length === 0) return undefined;
  const charts = new Map(trendStates(model, place, ind).map((s) => [s.id, renderTrend(s)]));
  const base = `trend/${place.key.replace(':', '-')}/${ind.id}`;
  const views = groups.map((g) => groupView(model, place, ind, g, charts.get(g.key ? `${base}/${g.key}` : base)));
  if (views.length === 0) {
    views.push({ id: `ct-${ind.id}-muc-tieu`, notes: [t('figures.noResults', { name: place.fullName })], progress: [], figures: [], formerTargets: extra.former });
  } else if (extra.former.length) {
    const first = views[0]!;
    first.formerTargets = [...first.formerTargets, ...extra.former].sort(byYearThenPlace);
  }
  const section: IndicatorSectionView = {
    id: `ct-${ind.id}`,
    name: ind.nameVi,
    href: indicatorHref(ind.id),
    groups: views,
    applied: applicableTargets(model, place, ind.id).map((a) => appliedTargetView(model, place, a)),
  };
  if (ind.denominator) section.denominator = ind.denominator;
  return section;
}
