/**
 * The progress of one series as printed on a place page: the badge, the Census-Reporter sentence,
 * the notes that say what the status can and cannot claim, and the "cách tính" block, as
 * ready-to-print strings. Components only print these.
 */
import type { Indicator, Model } from '../../data/model.ts';
import type { SeriesWithProgress } from '../../model/progress/place-progress.ts';
import type { TargetAssessment, TargetSpec } from '../../model/progress/assess.ts';
import { formatFigure, formatQualified } from '../format/vi.ts';
import { t } from '../../../i18n/index.ts';
import { placeLabel, placeLabelWithParents } from '../labels.ts';
import { href, paths } from '../../site/urls.ts';
import { badgeView, type BadgeView } from './badge.ts';
import { calcView, reasonText, type CalcView } from './calc.ts';
import { compareSentence } from './compare.ts';
import { st } from './strings.ts';

export { badgeView, type BadgeView } from './badge.ts';
export type { CalcView, LinkView } from './calc.ts';

export interface AssessmentView {
  badge: BadgeView;
  targetText: string;
  setByText: string;
  /** What the status rests on, printed beside it (why it is insufficient, a range target). */
  notes: string[];
  /** Explanations printed with the calculation (one figure only, approximate figures). */
  moreNotes: string[];
  calc?: CalcView;
}

export interface SeriesProgressView {
  /** "Số liệu của Xã Quảng Vinh (cũ), huyện Quảng Điền…": whose status it is. */
  label: string;
  isFormer: boolean;
  badge: BadgeView;
  /** No target applies: no status to claim, the figure is printed in words only. */
  noTarget: boolean;
  sentence?: string;
  notes: string[];
  moreNotes: string[];
  headline?: AssessmentView;
  others: AssessmentView[];
}

export const methodHref = (): string => href(paths.method);

function setterText(spec: TargetSpec): string {
  return t(`progress.level.${spec.level}`, { name: placeLabel(spec.setter) });
}

function assessmentView(model: Model, a: TargetAssessment, ind: Indicator): AssessmentView {
  const target = formatFigure(a.target, ind.unit);
  const notes: string[] = [];
  const moreNotes: string[] = [];
  if (a.reason) notes.push(reasonText(a.reason, a));
  if (a.target.valueMax !== undefined) {
    notes.push(t('progress.rangeNote', { range: target, low: formatQualified(a.target.value, ind.unit, 'exact') }));
  }
  if (a.missed && a.target.year !== null && !a.reason && a.status !== 'not_yet_achieved') notes.push(t('progress.missed', { year: a.target.year }));
  if (a.single && (a.status === 'achieved' || a.status === 'not_yet_achieved')) moreNotes.push(t('progress.single', { year: a.latest.year }));
  if (a.approximate && a.status !== 'insufficient') moreNotes.push(st('progress.approximateNote'));
  const v: AssessmentView = {
    badge: badgeView(a.status, a.approximate),
    targetText: a.target.year === null ? t('progress.againstNoYear', { value: target }) : t('progress.against', { year: a.target.year, value: target }),
    setByText: setterText(a.target),
    notes,
    moreNotes,
  };
  const calc = calcView(model, a, ind);
  if (calc) v.calc = calc;
  return v;
}

/** The progress part of one series: headline status against the nearest target, others after. */
export function seriesProgressView(model: Model, e: SeriesWithProgress): SeriesProgressView {
  const { series, progress } = e;
  const ind = series.indicator;
  const basis = series.basis ? ` ${t('progress.basis', { basis: st(`figures.basis.${series.basis}`) })}` : '';
  const [head, ...rest] = progress.assessments.map((a) => assessmentView(model, a, ind));
  const notes: string[] = [];
  const moreNotes: string[] = [];
  // "No target" is said once for the whole group (page-models/indicator-section.ts).
  if (!head && progress.reason && progress.reason !== 'no_target') notes.push(reasonText(progress.reason));
  if (series.undated.length && !progress.latest) {
    notes.push(t('progress.undated', { values: series.undated.map((o) => formatFigure(o, ind.unit)).join('; ') }));
  }
  if (progress.context) notes.push(t('progress.context', { year: progress.context.year, value: formatQualified(progress.context.value, ind.unit, progress.context.qualifier) }));
  if (progress.earlier.length) moreNotes.push(t('progress.earlier', { years: [...new Set(progress.earlier.map((s) => s.year))].join(', ') }));
  const v: SeriesProgressView = {
    label: t('progress.seriesOf', { name: placeLabelWithParents(model, series.place) }) + basis,
    isFormer: series.relation !== 'self',
    badge: head ? head.badge : badgeView(progress.status),
    noTarget: progress.reason === 'no_target',
    notes,
    moreNotes,
    others: rest,
  };
  if (head) v.headline = head;
  const sentence = compareSentence(model, e);
  if (sentence) v.sentence = sentence;
  return v;
}
