/**
 * "Cách tính": every input of a status (t₀, y₀, t, yₜ, T, Y, d), each with a link to its row in the
 * data, the plan that set the target, each formula written out and then with the numbers, and the
 * rule applied, so anyone can redo the status by hand.
 */
import type { Indicator, Model, Observation, Unit } from '../../data/model.ts';
import type { TargetAssessment, TargetSpec, UsedFigure } from '../../model/progress/assess.ts';
import { meetsTarget } from '../../model/progress/compute.ts';
import { PERIOD_START } from '../../model/progress/status.ts';
import { formatFigure, formatFixed, formatNumber, formatQualified, qualifierWord } from '../format/vi.ts';
import { t } from '../../../i18n/index.ts';
import { repositoryFileUrl, sourceHref } from '../../site/urls.ts';
import { st } from './strings.ts';
import { reasonText } from './reason.ts';

export { reasonText };

export interface LinkView {
  text: string;
  href: string;
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

export interface CalcView {
  /** key: t0, y0, t, yt, T, yT, d (for tests and styling). */
  inputs: { key: string; label: string; value: string; rows?: LinkView[] }[];
  plans: LinkView[];
  achievedLine: string;
  methodText?: string;
  formulas: FormulaView[];
  /** Shown before the formulas when they are only for information (target achieved, or not decisive). */
  forInfo: boolean;
  ruleLine?: string;
  resultLine: string;
  alternatives: string[];
  alternativesNote?: string;
}

/** "Dòng 297, tệp published-figures.csv": each row a figure comes from, linked to the file in the repository. */
export function rowLinks(observations: Observation[]): LinkView[] {
  return observations.map((o) => ({ text: t('figures.row', { line: o.origin.line, file: o.origin.file.split('/').pop()! }), href: repositoryFileUrl(o.origin.file, o.origin.line) }));
}

const num = (v: number) => formatNumber(v);
const rate = (v: number) => formatFixed(v, 6);
const sup = (text: string): Seg => ({ text, sup: true });
const figureText = (f: UsedFigure, unit: Unit) => formatQualified(f.value, unit, f.qualifier);

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
  const met = meetsTarget(a.latest.value, a.latest.qualifier, a.target.value, hib);
  if (a.achieved) return t(`progress.calc.achieved.${dir}`, params);
  // The comparison stays true to the numbers even when the status cannot rest on them.
  if (met) return t(`progress.calc.metUnverified.${dir}`, params);
  if (a.latest.value === a.target.value) return t('progress.calc.boundary', { ...params, qualifier: qualifierWord(a.latest.qualifier) });
  if (a.single) return t(`progress.calc.notAchievedSingle.${dir}`, params);
  return t(TREND.has(a.status) ? `progress.calc.notAchieved.${dir}` : `progress.calc.notAchievedUnverified.${dir}`, params);
}

const TREND = new Set(['on_track', 'needs_acceleration', 'limited_progress', 'deterioration']);

export function calcView(model: Model, a: TargetAssessment, ind: Indicator): CalcView | undefined {
  if (a.target.year === null) return undefined;
  const unit = ind.unit;
  const inputs: CalcView['inputs'] = [];
  if (!a.single) {
    inputs.push({ key: 't0', label: st('progress.input.t0'), value: String(a.base.year) });
    inputs.push({ key: 'y0', label: st('progress.input.y0'), value: figureText(a.base, unit), rows: rowLinks(a.base.observations) });
  }
  inputs.push({ key: 't', label: st('progress.input.t'), value: String(a.latest.year) });
  inputs.push({ key: 'yt', label: st('progress.input.yt'), value: figureText(a.latest, unit), rows: rowLinks(a.latest.observations) });
  inputs.push({ key: 'T', label: st('progress.input.T'), value: String(a.target.year) });
  const targetValue = a.target.valueMax !== undefined
    ? t('progress.calc.rangeValue', { range: formatFigure(a.target, unit), low: formatQualified(a.target.value, unit, 'exact') })
    : formatQualified(a.target.value, unit, a.target.qualifier);
  inputs.push({ key: 'yT', label: st('progress.input.yT'), value: targetValue, rows: rowLinks(a.target.observations) });
  inputs.push({ key: 'd', label: st('progress.input.d'), value: t(ind.higherIsBetter ? 'progress.direction.up' : 'progress.direction.down') });
  const out: CalcView = {
    inputs,
    plans: planLinks(model, a.target),
    achievedLine: achievedLine(a, ind.higherIsBetter),
    formulas: [],
    forInfo: !TREND.has(a.status),
    resultLine: t('progress.calc.result', { status: st(`progress.status.${a.status}`) }),
    alternatives: [],
  };
  if (a.growth) {
    out.methodText = t(a.growth.method === 'cagr' ? 'progress.calc.cagr' : 'progress.calc.linear');
    out.formulas = formulas(a, unit);
    const rf = ratioFormula(a);
    if (rf) out.formulas.push(rf);
    if (TREND.has(a.status)) {
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
