/**
 * The compare page (/so-sanh/?ma=…) as ready-to-print strings, built in the browser from the API
 * files of 2 to 4 places: per indicator that one of them has figures for, each place's series (its
 * own, then its former units' under their own names, as on its page) with the latest figure, its
 * year and source, the status and the target it is measured against, all read from the file's
 * `assessments` (nothing is decided here); then one trend chart of every series, drawn by the
 * site's own trend renderer. Pure: files in, view out.
 */
import type { Unit } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { formatFigure, formatQualified } from '../present/format/vi.ts';
import { badgeView, type BadgeView } from '../present/progress/badge.ts';
import { reasonText } from '../present/progress/reason.ts';
import { listText } from '../present/labels.ts';
import { MIN_YEARS, renderTrend, type TrendSeries } from '../present/charts/trend/render.ts';
import type { ChartOutput } from '../present/charts/types.ts';
import { compareVi } from '../text/collate.ts';
import { localPath, type ApiAssessment, type ApiFigure, type ApiIndexFile, type ApiPlaceFile, type ApiUsedFigure } from './compare-api.ts';

export interface ComparedPlace {
  /** As in the address: "tinh-01". */
  slug: string;
  file: ApiPlaceFile;
}

export interface ComparePlaceView {
  slug: string;
  label: string;
  href: string;
}

export interface CompareEntryView {
  /** Whose series it is when not the place's own: "Số liệu của Tỉnh Bến Tre (cũ)". */
  whose?: string;
  /** "công nhận", "đăng ký": the basis of the series when the data says it. */
  basisText?: string;
  valueText: string;
  yearText: string;
  badge?: BadgeView;
  targetText?: string;
  /** Why there is no status, or what it rests on. */
  note?: string;
  source?: { title: string; href: string };
}

export interface CompareCellView {
  place: ComparePlaceView;
  entries: CompareEntryView[];
}

export interface CompareIndicatorView {
  id: string;
  name: string;
  cells: CompareCellView[];
  chart?: ChartOutput;
}

export interface CompareView {
  title: string;
  places: ComparePlaceView[];
  indicators: CompareIndicatorView[];
  /** The data versions of the files, when they differ (a file from an older deploy in a cache). */
  versions: string[];
  illustrative: boolean;
}

const GROUP_ORDER = ['models', 'association', 'fund', 'centres', 'education', 'digital'];

/** The name a place is compared under: "Việt Nam" for the nation, former units with "(cũ)" and their parents. */
export function comparedLabel(file: ApiPlaceFile): string {
  return file.place.level === 'national' ? t('place.nation') : file.place.label ?? file.place.full_name;
}

function placeView(p: ComparedPlace): ComparePlaceView {
  return { slug: p.slug, label: comparedLabel(p.file), href: localPath(p.file.place.page_url) };
}

/** Names of the units whose plans set targets: the places of the index and of the compared files. */
function setterNames(index: ApiIndexFile, places: ComparedPlace[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const p of index.places) names.set(`${p.level}:${p.code}`, p.full_name);
  for (const p of index.former_places ?? []) names.set(`${p.level}:${p.code}`, p.label);
  for (const { file } of places) {
    names.set(`${file.place.level}:${file.place.code}`, comparedLabel(file));
    for (const u of [...(file.former_units ?? []), ...(file.former_districts ?? [])]) names.set(`${u.level}:${u.code}`, u.label ?? u.full_name ?? u.code);
  }
  return names;
}

const seriesOf = (file: ApiPlaceFile, a: ApiAssessment): ApiFigure[] => {
  const level = a.place_level ?? file.place.level;
  const code = a.place_code ?? file.place.code;
  return file.figures.filter((f) => f.kind === 'result' && f.indicator === a.indicator && f.place_level === level && f.place_code === code && (f.basis ?? '') === (a.basis ?? ''));
};

const sourceTitle = (file: ApiPlaceFile, id: string) => {
  const s = file.sources[id];
  return s ? s.number ?? s.title : id;
};

function figureShown(a: ApiAssessment, points: ApiFigure[]): { used?: ApiUsedFigure; figure?: ApiFigure } {
  const used = a.latest ?? a.context;
  if (used) return { used, figure: points.find((f) => f.id === used.figure) };
  // Only undated figures (no status can use them): the last one listed.
  return { figure: points[points.length - 1] };
}

function entryView(file: ApiPlaceFile, a: ApiAssessment, unit: Unit, whose: string | undefined, names: Map<string, string>): CompareEntryView {
  const points = seriesOf(file, a);
  const { used, figure } = figureShown(a, points);
  const value = used ?? figure;
  const e: CompareEntryView = {
    valueText: value ? formatQualified(value.value, unit, value.qualifier ?? 'exact') : t('compare.none'),
    yearText: value?.year !== undefined ? String(value.year) : value ? t('figures.noYear') : '',
  };
  if (whose) e.whose = whose;
  if (a.basis) e.basisText = t(`figures.basis.${a.basis}`);
  if (value) e.badge = badgeView(a.status, a.approximate);
  const target = a.target;
  if (target) {
    const valueText = formatFigure({ value: (target.value ?? target.min)!, ...(target.max !== undefined ? { valueMax: target.max } : {}), qualifier: target.qualifier ?? 'exact' }, unit);
    const setter = t(`progress.level.${target.scope}`, { name: names.get(`${target.set_by_level}:${target.set_by_code}`) ?? target.set_by_code });
    const against = target.year === null ? t('progress.againstNoYear', { value: valueText }) : t('progress.against', { year: target.year, value: valueText });
    e.targetText = `${against} — ${setter}`;
  }
  if (a.reason && a.reason !== 'no_data') {
    e.note = a.base && a.latest && a.target ? reasonText(a.reason, { base: a.base, latest: a.latest, target: a.target }) : reasonText(a.reason);
  }
  if (figure) e.source = { title: sourceTitle(file, figure.source), href: localPath(file.sources[figure.source]?.page_url ?? '') };
  return e;
}

function whoseUnit(file: ApiPlaceFile, a: ApiAssessment): string {
  const unit = [...(file.former_units ?? []), ...(file.former_districts ?? [])].find((u) => u.level === a.place_level && u.code === a.place_code);
  return unit?.label ?? unit?.full_name ?? a.place_code!;
}

/** Whose a series is when it is not the place's own, as the place page says it. */
function whoseOf(file: ApiPlaceFile, a: ApiAssessment): string | undefined {
  return a.place_level ? t('progress.seriesOf', { name: whoseUnit(file, a) }) : undefined;
}

/** Own series first, then the former units' (each series one entry), for one indicator. */
function assessmentsFor(file: ApiPlaceFile, indicator: string): ApiAssessment[] {
  return [...file.assessments, ...(file.former_unit_assessments ?? [])].filter((a) => a.indicator === indicator);
}

function chartFor(id: string, name: string, unit: Unit, places: ComparedPlace[]): ChartOutput | undefined {
  const series: TrendSeries[] = [];
  const plotted: string[] = [];
  const bases = new Set<string>();
  for (const p of places) for (const a of assessmentsFor(p.file, id)) if (seriesOf(p.file, a).some((f) => f.year !== undefined)) bases.add(a.basis ?? '');
  for (const p of places) {
    for (const a of assessmentsFor(p.file, id)) {
      const points = seriesOf(p.file, a).filter((f) => f.year !== undefined).sort((x, y) => x.year! - y.year!);
      if (!points.length) continue;
      const unitLabel = a.place_level ? whoseUnit(p.file, a) : comparedLabel(p.file);
      if (!plotted.includes(unitLabel)) plotted.push(unitLabel);
      const label = bases.size > 1 ? `${unitLabel} — ${a.basis ? t(`figures.basis.${a.basis}`) : t('chart.trend.basisUnknown')}` : unitLabel;
      series.push({
        key: `${p.slug}|${a.place_level ?? ''}|${a.place_code ?? ''}|${a.basis ?? ''}`,
        label,
        former: Boolean(a.relation),
        points: points.map((f) => ({ year: f.year!, value: f.value, approx: (f.qualifier ?? 'exact') !== 'exact', valueText: formatQualified(f.value, unit, f.qualifier ?? 'exact'), sourceTitle: sourceTitle(p.file, f.source) })),
        targetKeys: [],
      });
    }
  }
  // A chart shows a change over time, as on place pages: some series needs figures of two years.
  if (!series.some((s) => new Set(s.points.map((x) => x.year)).size >= MIN_YEARS)) return undefined;
  // The title names exactly the units the chart plots (a place without figures is not one of them).
  const chart = renderTrend({ id: `compare/${id}`, indicatorName: name, placeLabel: listText(plotted, 4), unit, series, targets: [], undated: [], records: [] });
  chart.notes.push(t('compare.chartNote'));
  return chart;
}

/** Indicators in the order of place pages: main ones first, then by group, then catalogue order. */
function indicatorOrder(index: ApiIndexFile): Map<string, number> {
  const ranked = index.indicators
    .map((i, k) => ({ id: i.id, k, main: i.main ? 0 : 1, group: GROUP_ORDER.indexOf(i.group) }))
    .sort((a, b) => a.main - b.main || a.group - b.group || a.k - b.k);
  return new Map(ranked.map((r, k) => [r.id, k]));
}

export function compareView(places: ComparedPlace[], index: ApiIndexFile): CompareView {
  const names = setterNames(index, places);
  const order = indicatorOrder(index);
  const ids = new Set<string>();
  for (const { file } of places) for (const f of file.figures) if (f.kind === 'result') ids.add(f.indicator);
  const views = places.map(placeView);
  const indicators: CompareIndicatorView[] = [];
  const sorted = [...ids].sort((a, b) => (order.get(a) ?? 1e6) - (order.get(b) ?? 1e6) || compareVi(a, b));
  for (const id of sorted) {
    const meta = places.map((p) => p.file.indicators[id]).find(Boolean) ?? index.indicators.find((i) => i.id === id);
    if (!meta) continue;
    const cells = places.map((p, k) => ({
      place: views[k]!,
      entries: assessmentsFor(p.file, id).map((a) => entryView(p.file, a, meta.unit, whoseOf(p.file, a), names)),
    }));
    const view: CompareIndicatorView = { id, name: meta.name_vi, cells };
    const chart = chartFor(id, meta.name_vi, meta.unit, places);
    if (chart) view.chart = chart;
    indicators.push(view);
  }
  const versions = [...new Set([index.data_version, ...places.map((p) => p.file.data_version)])];
  return {
    title: t('compare.titleOf', { places: listText(views.map((v) => v.label), 4) }),
    places: views,
    indicators,
    versions: versions.length > 1 ? versions : [],
    illustrative: Boolean(index.illustrative || places.some((p) => p.file.illustrative)),
  };
}
