/**
 * View models for progress on a place page: the badge, the Census-Reporter sentence and the
 * "cách tính" block, as ready-to-print strings. Components only print these.
 */
import type { Indicator, Model, Observation, Place, Unit } from '../../data/model.ts';
import { formatFixed, formatNumber, formatQualified, qualifierWord } from '../format/vi.ts';
import { t } from '../../../i18n/index.ts';
import { placeLabel, placeLabelWithParents } from '../labels.ts';
import { relatedPlaces } from '../../model/related-places.ts';
import { href, paths, sourceHref } from '../../site/urls.ts';
import type { TargetAssessment, TargetSpec, UsedFigure } from '../../model/progress/assess.ts';
import { compareSentence } from './compare.ts';
import { st } from './strings.ts';
import { progressOfPlace, type SeriesWithProgress } from '../../model/progress/place-progress.ts';
import { PERIOD_START, type InsufficientReason, type ProgressStatus } from '../../model/progress/status.ts';

export interface BadgeView {
  status: ProgressStatus;
  text: string;
  /** Short words for table headers: "Đã đạt", "Cần đẩy nhanh"… */
  shortText: string;
  /** "gần đúng" when a qualified figure was used. */
  approxText?: string;
}

/** A piece of a formula; `sup` pieces are exponents. */
export interface Seg {
  text: string;
  sup?: boolean;
}

export interface FormulaView {
  symbol: string;
  general: Seg[];
  substituted: Seg[];
  result: string;
  /** "tức 7,67% mỗi năm" */
  gloss?: string;
}

export interface LinkView {
  text: string;
  href: string;
}

export interface CalcView {
  /** key: t0, y0, t, yt, T, yT, d (for tests and styling). */
  inputs: { key: string; label: string; value: string; note?: string }[];
  plans: LinkView[];
  achievedLine: string;
  methodText?: string;
  formulas: FormulaView[];
  /** Shown before the formulas when they are only for information (target achieved). */
  forInfo: boolean;
  ruleLine?: string;
  resultLine: string;
  alternatives: string[];
  alternativesNote?: string;
}

export interface AssessmentView {
  badge: BadgeView;
  targetText: string;
  setByText: string;
  notes: string[];
  calc?: CalcView;
}

export interface SeriesProgressView {
  label: string;
  isFormer: boolean;
  badge: BadgeView;
  sentence?: string;
  notes: string[];
  headline?: AssessmentView;
  others: AssessmentView[];
}

export interface ProgressBlockView {
  series: SeriesProgressView[];
  /** Badge for a place × indicator without any figure. */
  empty?: BadgeView;
  methodHref: string;
}

export const methodHref = (): string => href(paths.method);


const badges = new Map<string, BadgeView>();
/** Badges are shared, read-only objects (one per status and approximation). */
export function badgeView(status: ProgressStatus, approximate = false): BadgeView {
  const approx = approximate && status !== 'insufficient';
  const key = `${status}|${approx}`;
  let b = badges.get(key);
  if (!b) {
    b = { status, text: st(`progress.status.${status}`), shortText: st(`progress.short.${status}`) };
    if (approx) b.approxText = st('progress.approximate');
    badges.set(key, b);
  }
  return b;
}

export function reasonText(reason: InsufficientReason, a?: TargetAssessment): string {
  return t(`progress.reason.${reason}`, {
    start: PERIOD_START,
    year: a?.latest.year ?? '',
    target: a?.target.year ?? '',
    base: a?.base.year ?? '',
  });
}

/** A number as written in formulas: no unit, vi-VN decimals. */
const num = (v: number) => formatNumber(v);
const rate = (v: number) => formatFixed(v, 6);
const sup = (text: string): Seg => ({ text, sup: true });

function setterText(spec: TargetSpec): string {
  const level = spec.level;
  return t(`progress.level.${level}`, { name: placeLabel(spec.setter) });
}

function planLinks(model: Model, spec: TargetSpec): LinkView[] {
  const seen = new Set<string>();
  const out: LinkView[] = [];
  for (const o of spec.observations) {
    const id = o.planId ?? o.sourceId;
    if (seen.has(id)) continue;
    seen.add(id);
    const s = model.sourceById.get(id);
    if (s) out.push({ text: s.number ?? s.title, href: sourceHref(s.id) });
  }
  return out;
}

const figureText = (f: UsedFigure, unit: Unit) => formatQualified(f.value, unit, f.qualifier);
const rowNote = (f: { observations: Observation[] }) => f.observations.map((o) => t('progress.calc.row', { file: o.origin.file, line: o.origin.line })).join(', ');

function formulas(a: TargetAssessment, unit: Unit): FormulaView[] {
  const g = a.growth!;
  const { base: b, latest: l, target: T } = a;
  if (g.method === 'cagr') {
    const pct = (v: number) => t('progress.calc.percentPerYear', { value: `${formatFixed(v * 100, 2)}%` });
    return [
      {
        symbol: st('progress.sym.cagrO'),
        general: [{ text: '(yₜ / y₀)' }, sup('1/(t − t₀)'), { text: ' − 1' }],
        substituted: [{ text: `(${num(l.value)} / ${num(b.value)})` }, sup(`1/(${l.year} − ${b.year})`), { text: ' − 1' }],
        result: rate(g.observed),
        gloss: pct(g.observed),
      },
      {
        symbol: st('progress.sym.cagrR'),
        general: [{ text: '(Y / y₀)' }, sup('1/(T − t₀)'), { text: ' − 1' }],
        substituted: [{ text: `(${num(T.value)} / ${num(b.value)})` }, sup(`1/(${T.year} − ${b.year})`), { text: ' − 1' }],
        result: rate(g.required),
        gloss: pct(g.required),
      },
    ];
  }
  const per = (v: number) => t('progress.calc.unitsPerYear', { value: formatQualified(Math.round(v * 1e6) / 1e6, unit, 'exact') });
  return [
    {
      symbol: st('progress.sym.gO'),
      general: [{ text: '(yₜ − y₀) / (t − t₀)' }],
      substituted: [{ text: `(${num(l.value)} − ${num(b.value)}) / (${l.year} − ${b.year})` }],
      result: rate(g.observed),
      gloss: per(g.observed),
    },
    {
      symbol: st('progress.sym.gR'),
      general: [{ text: '(Y − y₀) / (T − t₀)' }],
      substituted: [{ text: `(${num(T.value)} − ${num(b.value)}) / (${T.year} − ${b.year})` }],
      result: rate(g.required),
      gloss: per(g.required),
    },
  ];
}

function ratioFormula(a: TargetAssessment): FormulaView | undefined {
  const g = a.growth!;
  if (g.ratio === null) return undefined;
  const [o, r] = g.method === 'cagr' ? [st('progress.sym.cagrO'), st('progress.sym.cagrR')] : [st('progress.sym.gO'), st('progress.sym.gR')];
  const d = g.direction === 1 ? '+1' : '−1';
  return {
    symbol: st('progress.sym.R'),
    general: [{ text: `d × ${o} / |${r}|` }],
    substituted: [{ text: `${d} × ${rate(g.observed)} / |${rate(g.required)}|` }],
    result: formatFixed(g.ratio, 3),
  };
}

function achievedLine(a: TargetAssessment, hib: boolean): string {
  const params = { latest: num(a.latest.value), target: num(a.target.value) };
  const dir = hib ? 'up' : 'down';
  if (a.achieved) return t(`progress.calc.achieved.${dir}`, params);
  if (a.latest.value === a.target.value) return t('progress.calc.boundary', { ...params, qualifier: qualifierWord(a.latest.qualifier) });
  return t(`progress.calc.notAchieved.${dir}`, params);
}

function calcView(model: Model, a: TargetAssessment, ind: Indicator): CalcView | undefined {
  if (a.target.year === null) return undefined;
  const unit = ind.unit;
  const single = a.base.year === a.latest.year;
  const inputs: CalcView['inputs'] = [];
  if (!single) {
    inputs.push({ key: 't0', label: st('progress.input.t0'), value: String(a.base.year) });
    inputs.push({ key: 'y0', label: st('progress.input.y0'), value: figureText(a.base, unit), note: rowNote(a.base) });
  }
  inputs.push({ key: 't', label: st('progress.input.t'), value: String(a.latest.year) });
  inputs.push({ key: 'yt', label: st('progress.input.yt'), value: figureText(a.latest, unit), note: rowNote(a.latest) });
  inputs.push({ key: 'T', label: st('progress.input.T'), value: String(a.target.year) });
  inputs.push({ key: 'yT', label: st('progress.input.yT'), value: formatQualified(a.target.value, unit, a.target.qualifier), note: rowNote(a.target) });
  inputs.push({ key: 'd', label: st('progress.input.d'), value: t(ind.higherIsBetter ? 'progress.direction.up' : 'progress.direction.down') });
  const out: CalcView = {
    inputs,
    plans: planLinks(model, a.target),
    achievedLine: achievedLine(a, ind.higherIsBetter),
    formulas: [],
    forInfo: a.achieved,
    resultLine: t('progress.calc.result', { status: st(`progress.status.${a.status}`) }),
    alternatives: [],
  };
  if (a.growth) {
    out.methodText = t(a.growth.method === 'cagr' ? 'progress.calc.cagr' : 'progress.calc.linear');
    out.formulas = formulas(a, unit);
    const rf = ratioFormula(a);
    if (rf) out.formulas.push(rf);
    if (!a.achieved && !a.reason && a.status !== 'not_yet_achieved') {
      const g = a.growth;
      out.ruleLine =
        g.ratio === null
          ? t(g.direction * g.observed < 0 ? 'progress.calc.ratioUndefined' : 'progress.calc.ratioUndefinedFlat')
          : t(`progress.calc.rule.${a.status}`, { r: formatFixed(g.ratio, 3) });
    }
  }
  if (a.reason) out.resultLine += ` ${reasonText(a.reason, a)}`;
  if (a.alternatives.length) {
    out.alternatives = a.alternatives.map((alt) => {
      const p = { base: `${figureText(alt.base, unit)} (${alt.base.year})`, latest: `${figureText(alt.latest, unit)} (${alt.latest.year})`, status: st(`progress.status.${alt.status}`) };
      return alt.ratio === null || alt.status === 'achieved' ? t('progress.calc.alternative', p) : t('progress.calc.alternativeR', { ...p, r: formatFixed(alt.ratio, 3) });
    });
    out.alternativesNote = t(a.reason === 'conflict' ? 'progress.calc.conflictDiffer' : 'progress.calc.conflictSame');
  }
  return out;
}

function assessmentView(model: Model, a: TargetAssessment, ind: Indicator): AssessmentView {
  const target = formatQualified(a.target.value, ind.unit, a.target.qualifier);
  const notes: string[] = [];
  if (a.reason) notes.push(reasonText(a.reason, a));
  if (a.missed && a.target.year !== null && a.reason !== 'target_not_after_base') notes.push(t('progress.missed', { year: a.target.year }));
  if (a.approximate) notes.push(st('progress.approximateNote'));
  const v: AssessmentView = {
    badge: badgeView(a.status, a.approximate),
    targetText: a.target.year === null ? t('progress.againstNoYear', { value: target }) : t('progress.against', { year: a.target.year, value: target }),
    setByText: setterText(a.target),
    notes,
  };
  const calc = calcView(model, a, ind);
  if (calc) v.calc = calc;
  return v;
}

/** The progress part of one place × indicator block: one entry per series shown in the block. */
export function seriesProgressView(model: Model, e: SeriesWithProgress): SeriesProgressView {
  const { series, progress } = e;
  const basis = series.basis ? ` ${t('progress.basis', { basis: st(`figures.basis.${series.basis}`) })}` : '';
  const [head, ...rest] = progress.assessments.map((a) => assessmentView(model, a, series.indicator));
  const notes: string[] = [];
  if (!head && progress.reason) notes.push(reasonText(progress.reason));
  if (progress.earlier.length) notes.push(t('progress.earlier', { years: [...new Set(progress.earlier.map((s) => s.year))].join(', ') }));
  const v: SeriesProgressView = {
    label: t('progress.seriesOf', { name: placeLabelWithParents(model, series.place) }) + basis,
    isFormer: series.relation !== 'self',
    badge: head ? head.badge : badgeView(progress.status),
    notes,
    others: rest,
  };
  if (head) v.headline = head;
  const sentence = compareSentence(model, e);
  if (sentence) v.sentence = sentence;
  return v;
}

/** Progress for every series on a place page's block for one indicator (own first, then former units'). */
export function progressBlockView(model: Model, place: Place, ind: Indicator): ProgressBlockView {
  const related = relatedPlaces(model, place).filter((r) => model.observationsByPlace.get(r.place.key)?.some((o) => o.indicatorId === ind.id && o.kind === 'result'));
  // Most blocks of most communes have no figure: one shared, read-only view for all of them.
  if (related.length === 0) return (EMPTY ??= { series: [], empty: badgeView('insufficient'), methodHref: methodHref() });
  const series = related.flatMap((r) => progressOfPlace(model, r.place, ind, r.relation));
  return { series: series.map((e) => seriesProgressView(model, e)), methodHref: methodHref() };
}
let EMPTY: ProgressBlockView | undefined;
