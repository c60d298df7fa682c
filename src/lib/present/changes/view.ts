/**
 * How a change of the data is said: one row per figure added, changed or removed, one per status
 * that moved, each with the place, indicator, year, basis and kind, so that a line read alone
 * (in a feed, a pull-request summary) still says exactly which figure it is.
 * Used by the changelog pages, the feeds and `npm run data:diff`.
 */
import type { Indicator, Model, Observation, Place, Source } from '../../data/model.ts';
import type { ChangeKind, FigureChange, ModelDiff, StatusChange } from '../../model/changes/diff.ts';
import { pagesShowing } from '../../model/related-places.ts';
import type { ProgressStatus } from '../../model/progress/status.ts';
import { t } from '../../../i18n/index.ts';
import { formatQualified, formatValue } from '../format/vi.ts';
import { placeLabelWithParents } from '../labels.ts';
import { indicatorPath, placePath, sourcePath } from '../../site/urls.ts';
import { compareVi } from '../../text/collate.ts';

export interface SourceView {
  title: string;
  /** Site path of the source page (without the base). */
  path: string;
  url?: string;
}

export interface ChangeRowView {
  kind: ChangeKind;
  kindText: string;
  figureKind: Observation['kind'];
  figureId: string;
  placeKey: string;
  placeLabel: string;
  /** Site paths of the pages that show the place's figures (itself, or a former unit's successors). */
  pagePaths: string[];
  indicatorId: string;
  indicatorName: string;
  indicatorPath: string;
  yearText: string;
  /** The year alone, for a table whose column says "Năm". */
  yearCell: string;
  basisText?: string;
  beforeText?: string;
  afterText?: string;
  beforeSource?: SourceView;
  afterSource?: SourceView;
  sourceChanged: boolean;
  /** The whole change in one sentence, for feeds and short lists. */
  sentence: string;
}

export interface StatusRowView {
  placeKey: string;
  placeLabel: string;
  pagePaths: string[];
  indicatorId: string;
  indicatorName: string;
  indicatorPath: string;
  before: ProgressStatus;
  after: ProgressStatus;
  beforeText: string;
  afterText: string;
  sentence: string;
}

export interface DiffView {
  results: ChangeRowView[];
  targets: ChangeRowView[];
  statuses: StatusRowView[];
}

/**
 * Pages that show (or showed) a place's figures: its own, or those of the units that succeeded a
 * former one, by the pages' own rule (model/related-places.ts `pagesShowing`).
 */
export function pagePathsOf(model: Model, place: Place): string[] {
  return pagesShowing(model, place)
    .map((p) => placePath(p))
    .filter((p): p is string => p !== undefined);
}

function valueText(o: Observation, ind: Indicator | undefined): string {
  const unit = ind?.unit ?? 'count';
  let s = formatQualified(o.value, unit, o.qualifier);
  if (o.valueMax !== undefined) s += ` – ${formatValue(o.valueMax, unit)}`;
  if (o.reliability) s += ` (${t(`changes.reliability.${o.reliability}`)})`;
  return s;
}

function sourceView(diff: ModelDiff, id: string): SourceView {
  const s: Source | undefined = diff.sources.get(id);
  const v: SourceView = { title: s?.title ?? id, path: sourcePath(id) };
  if (s?.url) v.url = s.url;
  return v;
}

function changeRow(model: Model, diff: ModelDiff, c: FigureChange): ChangeRowView {
  const o = (c.after ?? c.before)!;
  const place = model.places.get(o.placeKey)!;
  const ind = diff.indicators.get(o.indicatorId);
  const indicatorName = ind?.nameVi ?? o.indicatorId;
  const placeLabel = placeLabelWithParents(model, place);
  const yearText = o.year === null ? t('figures.noYear') : t('changes.year', { year: o.year });
  const basisText = o.basis ? t(`figures.basis.${o.basis}`) : undefined;
  const row: ChangeRowView = {
    kind: c.kind,
    kindText: t(`changes.kind.${c.kind}`),
    figureKind: o.kind,
    figureId: o.id,
    placeKey: place.key,
    placeLabel,
    pagePaths: pagePathsOf(model, place),
    indicatorId: o.indicatorId,
    indicatorName,
    indicatorPath: indicatorPath(o.indicatorId),
    yearText,
    yearCell: o.year === null ? t('figures.noYear') : String(o.year),
    sourceChanged: c.sourceChanged,
    sentence: '',
  };
  if (basisText) row.basisText = basisText;
  if (c.before) {
    row.beforeText = valueText(c.before, diff.indicators.get(c.before.indicatorId) ?? ind);
    row.beforeSource = sourceView(diff, c.before.sourceId);
  }
  if (c.after) {
    row.afterText = valueText(c.after, ind);
    row.afterSource = sourceView(diff, c.after.sourceId);
  }
  const what = t('changes.what', {
    kind: t(`changes.figureKind.${o.kind}`),
    indicator: indicatorName,
    basis: basisText ? t('changes.basis', { basis: basisText }) : '',
    place: placeLabel,
    year: yearText,
  });
  const p = { what, before: row.beforeText ?? '', after: row.afterText ?? '', beforeSource: row.beforeSource?.title ?? '', afterSource: row.afterSource?.title ?? '' };
  row.sentence = t(c.sourceChanged ? 'changes.sentence.sourceChanged' : `changes.sentence.${c.kind}`, p);
  return row;
}

function statusRow(model: Model, diff: ModelDiff, s: StatusChange): StatusRowView {
  const indicatorName = diff.indicators.get(s.indicatorId)?.nameVi ?? s.indicatorId;
  const placeLabel = placeLabelWithParents(model, s.place);
  const beforeText = t(`progress.status.${s.before.status}`);
  const afterText = t(`progress.status.${s.after.status}`);
  return {
    placeKey: s.place.key,
    placeLabel,
    pagePaths: pagePathsOf(model, s.place),
    indicatorId: s.indicatorId,
    indicatorName,
    indicatorPath: indicatorPath(s.indicatorId),
    before: s.before.status,
    after: s.after.status,
    beforeText,
    afterText,
    sentence: t('changes.sentence.status', { indicator: indicatorName, place: placeLabel, before: beforeText, after: afterText }),
  };
}

const LEVEL_ORDER = ['national', 'region', 'province', 'former_province', 'former_district', 'commune', 'former_commune'];

/** Nation first, then provinces, then communes; places by Vietnamese collation; then indicator and year. */
function order(model: Model) {
  return (a: { placeKey: string; placeLabel: string; indicatorName: string; yearText?: string }, b: typeof a): number => {
    const pa = model.places.get(a.placeKey)!;
    const pb = model.places.get(b.placeKey)!;
    return (
      LEVEL_ORDER.indexOf(pa.level) - LEVEL_ORDER.indexOf(pb.level) ||
      compareVi(a.placeLabel, b.placeLabel) ||
      compareVi(a.indicatorName, b.indicatorName) ||
      (a.yearText ?? '').localeCompare(b.yearText ?? '')
    );
  };
}

/** Every change of a diff as rows, in reading order. `model` names the places (today's units). */
export function diffView(model: Model, diff: ModelDiff): DiffView {
  const sort = order(model);
  return {
    results: diff.results.map((c) => changeRow(model, diff, c)).sort(sort),
    targets: diff.targets.map((c) => changeRow(model, diff, c)).sort(sort),
    statuses: diff.statuses.map((s) => statusRow(model, diff, s)).sort(sort),
  };
}

export interface PlaceGroup<T> {
  placeKey: string;
  placeLabel: string;
  rows: T[];
}

/** Rows already in reading order, grouped by place. */
export function groupByPlace<T extends { placeKey: string; placeLabel: string }>(rows: T[]): PlaceGroup<T>[] {
  const out: PlaceGroup<T>[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last?.placeKey === r.placeKey) last.rows.push(r);
    else out.push({ placeKey: r.placeKey, placeLabel: r.placeLabel, rows: [r] });
  }
  return out;
}
