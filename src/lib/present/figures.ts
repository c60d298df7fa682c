/**
 * View models for figures: every string a figure table prints, computed once here
 * so components only print. A figure always carries its source, quote and data row.
 */
import type { Indicator, Model, Observation, Place } from '../data/model.ts';
import { formatDate, formatNumber, formatQualified } from './format/vi.ts';
import { t } from '../../i18n/index.ts';
import { placeLabelWithParents } from './labels.ts';
import { relatedPlaces, type Relation } from '../model/related-places.ts';
import { applicableTargets, type AppliedTarget } from '../model/targets.ts';
import { indicatorHref, placeHref, sourceHref } from '../site/urls.ts';
import { compareVi } from '../text/collate.ts';
import { progressBlockView, type ProgressBlockView } from './progress/view.ts';

export interface FigureView {
  id: string;
  kind: Observation['kind'];
  kindText: string;
  year: number | null;
  yearText: string;
  valueText: string;
  basisText?: string;
  ratioText?: string;
  placeLabel: string;
  placeHref?: string;
  relation: Relation;
  isFormer: boolean;
  sourceTitle: string;
  sourceHref: string;
  sourceUrl?: string;
  planTitle?: string;
  planHref?: string;
  quote: string;
  /** Language of the quote (English pages quote the publisher's translation). */
  quoteLang: string;
  note?: string;
  rowText: string;
}

export interface AppliedTargetView {
  figure: FigureView;
  levelText: string;
  setterLabel: string;
}

export interface IndicatorBlockView {
  indicator: Indicator;
  indicatorHref: string;
  groupText: string;
  results: FigureView[];
  /** Targets in the plans of former units (a former unit's plan applies to its own figures). */
  formerTargets: FigureView[];
  /** Targets that apply to the current place itself, from the nearest plan. */
  applied: AppliedTargetView[];
  /** Progress status of each series in the block, with its "cách tính" (src/lib/progress/). */
  progress?: ProgressBlockView;
}

export function figureView(model: Model, o: Observation, relation: Relation = 'self'): FigureView {
  const ind = model.indicatorById.get(o.indicatorId)!;
  const place = model.places.get(o.placeKey)!;
  const source = model.sourceById.get(o.sourceId)!;
  const plan = o.planId ? model.sourceById.get(o.planId) : undefined;
  const v: FigureView = {
    id: o.id,
    kind: o.kind,
    kindText: t(o.kind === 'target' ? 'figures.target' : 'figures.result'),
    year: o.year,
    yearText: o.year === null ? t('figures.noYear') : String(o.year),
    valueText: formatQualified(o.value, ind.unit, o.qualifier),
    placeLabel: placeLabelWithParents(model, place),
    relation,
    isFormer: place.level.startsWith('former_'),
    sourceTitle: source.title + (source.date ? ` (${formatDate(source.date)})` : ''),
    sourceHref: sourceHref(source.id),
    quote: o.quote,
    quoteLang: source.language,
    rowText: t('figures.row', { file: o.origin.file, line: o.origin.line }),
  };
  const ph = placeHref(place);
  if (ph) v.placeHref = ph;
  if (source.url) v.sourceUrl = source.url;
  if (o.basis) v.basisText = t(`figures.basis.${o.basis}`);
  if (o.numerator !== undefined && o.denominator !== undefined) {
    v.ratioText = t('figures.ratio', { numerator: formatNumber(o.numerator), denominator: formatNumber(o.denominator) });
  }
  // A target quoted from its own plan names the document once.
  if (plan && plan.id !== source.id) {
    v.planTitle = plan.number ?? plan.title;
    v.planHref = sourceHref(plan.id);
  }
  if (o.note) v.note = o.note;
  return v;
}

const GROUP_ORDER = ['models', 'association', 'fund', 'centres', 'education', 'digital'];

function byYearThenPlace(a: FigureView, b: FigureView): number {
  return (a.year ?? 0) - (b.year ?? 0) || compareVi(a.placeLabel, b.placeLabel);
}

export function appliedTargetView(model: Model, place: Place, a: AppliedTarget): AppliedTargetView {
  const levelText =
    a.level === 'own' ? t('targets.own') : a.level === 'national' ? t('targets.national') : t('targets.formerOwn', { name: a.setter.fullName });
  return { figure: figureView(model, a.target), levelText, setterLabel: placeLabelWithParents(model, a.setter) };
}

/**
 * One block per indicator with figures for the place or its former units; main indicators
 * without any figure still get a block ("chưa có số liệu") with the targets that apply.
 */
export function indicatorBlocks(model: Model, place: Place, opts: { includeEmptyMain: boolean }): IndicatorBlockView[] {
  const related = relatedPlaces(model, place);
  const byIndicator = new Map<string, { results: FigureView[]; targets: FigureView[] }>();
  for (const r of related) {
    for (const o of model.observationsByPlace.get(r.place.key) ?? []) {
      const entry = byIndicator.get(o.indicatorId) ?? { results: [], targets: [] };
      byIndicator.set(o.indicatorId, entry);
      const v = figureView(model, o, r.relation);
      // The page's own figures name the place without a link back to the page the reader is on.
      if (r.place.key === place.key) delete v.placeHref;
      (o.kind === 'target' ? entry.targets : entry.results).push(v);
    }
  }
  const blocks: IndicatorBlockView[] = [];
  for (const ind of model.indicators) {
    const entry = byIndicator.get(ind.id);
    if (!entry && !(opts.includeEmptyMain && ind.main)) continue;
    const applied = applicableTargets(model, place, ind.id).map((a) => appliedTargetView(model, place, a));
    blocks.push({
      indicator: ind,
      indicatorHref: indicatorHref(ind.id),
      groupText: t(`group.${ind.group}`),
      results: (entry?.results ?? []).sort(byYearThenPlace),
      // The place's own targets are already in `applied` (its own plan comes first in the chain).
      formerTargets: (entry?.targets ?? []).filter((f) => f.relation !== 'self').sort(byYearThenPlace),
      applied,
      progress: progressBlockView(model, place, ind),
    });
  }
  return blocks.sort(
    (a, b) =>
      Number(b.results.length > 0) - Number(a.results.length > 0) ||
      GROUP_ORDER.indexOf(a.indicator.group) - GROUP_ORDER.indexOf(b.indicator.group) ||
      Number(b.indicator.main) - Number(a.indicator.main),
  );
}
