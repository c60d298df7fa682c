/**
 * Model → ranking state for the same choice as the page's map (layer, year, basis), with the
 * parent's value that year (the nation, or the province for its communes) and the target that
 * applies to the parent as reference lines.
 */
import type { Indicator, Model, Place } from '../../../data/model.ts';
import { t } from '../../../../i18n/index.ts';
import { formatFigure, formatQualified } from '../../format/vi.ts';
import { applicableTargets } from '../../../model/targets.ts';
import type { ChoiceFigures } from '../choices.ts';
import { chartIds } from '../ids.ts';
import { basisText, layerHeading, layerProvince, layerUnits, scopeText, unitNoun, unitValue } from '../layers.ts';
import type { ChartOutput } from '../types.ts';
import { chartRecord } from '../records.ts';
import { renderRanking, type RankingReference, type RankingRow, type RankingState } from './render.ts';

function references(model: Model, ind: Indicator, parent: Place, year: number, registered: boolean): RankingReference[] {
  const out: RankingReference[] = [];
  const basis = registered ? 'registered' : undefined;
  const own = (model.observationsByPlace.get(parent.key) ?? []).find(
    (o) => o.kind === 'result' && o.indicatorId === ind.id && o.year === year && (o.basis === 'registered') === registered,
  );
  if (own) {
    const value = formatQualified(own.value, ind.unit, own.qualifier);
    out.push({
      kind: 'parent',
      value: own.value,
      label: parent.level === 'national' ? t('chart.ranking.refNation', { year, value }) : t('chart.ranking.refParent', { name: parent.name, year, value }),
    });
  }
  const targets = applicableTargets(model, parent, ind.id, basis).filter((a) => a.target.year !== null);
  const target = targets.find((a) => a.target.year! >= year) ?? targets[targets.length - 1];
  if (target) {
    const o = target.target;
    out.push({
      kind: 'target',
      value: o.value,
      label: t('chart.ranking.refTarget', {
        year: o.year!,
        value: o.valueMax !== undefined ? t('chart.ranking.rangeLow', { range: formatFigure(o, ind.unit) }) : formatFigure(o, ind.unit),
        setter: target.setter.level === 'national' ? t('chart.setter.national') : t('targets.formerOwn', { name: target.setter.fullName }),
      }),
    });
  }
  return out;
}

/** The ranking for a map choice, or undefined when no place has a figure. */
export function rankingState(model: Model, ind: Indicator, shown: ChoiceFigures): RankingState | undefined {
  const c = shown.choice;
  if (c.year === null || !shown.count) return undefined;
  const rows: RankingRow[] = [];
  const records: ReturnType<typeof chartRecord>[] = [];
  const missing: RankingState['missing'] = [];
  for (const u of layerUnits(model, c)) {
    const first = shown.byCode.get(u.code)?.[0];
    if (!first) {
      missing.push(u.href ? { key: u.code, label: u.short, href: u.href } : { key: u.code, label: u.short });
      continue;
    }
    records.push(chartRecord(model, first));
    const v = unitValue(model, u.code, first);
    const row: RankingRow = { key: u.code, label: u.short, value: v.value, approx: v.approx, valueText: v.valueText, sourceTitle: v.sourceTitle };
    if (u.href) row.href = u.href;
    rows.push(row);
  }
  const parent = c.layer === 'communes' ? layerProvince(model, c)! : model.nation;
  return {
    id: chartIds.ranking(c, ind.id),
    ...layerHeading(model, ind, c),
    year: c.year, // a ranking always has a year (checked above)
    rows,
    missing,
    references: references(model, ind, parent, c.year, c.registered),
    records,
  };
}

export function rankingChart(model: Model, ind: Indicator, shown: ChoiceFigures): ChartOutput | undefined {
  const s = rankingState(model, ind, shown);
  return s ? renderRanking(s) : undefined;
}
