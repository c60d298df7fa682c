/**
 * Summaries of statuses: counts per indicator on the national page, provinces grouped by status on
 * indicator pages, communes grouped by status on province pages. Every status comes from
 * place-progress.ts (computed once per model), so a summary never disagrees with the place page
 * that explains it. Current and former units are listed apart: a former unit's figures are never
 * counted as its successor's.
 */
import type { Indicator, Model, Place } from '../data/model.ts';
import { formatFigure, formatNumber, formatQualified } from '../present/format/vi.ts';
import { t } from '../../i18n/index.ts';
import { placeLabel } from '../present/labels.ts';
import { currentPlacesOf } from '../model/related-places.ts';
import { indicatorHref, placeHref } from '../site/urls.ts';
import { placeStatus, progressOfPlace, type PlaceStatus } from '../model/progress/place-progress.ts';
import { STATUS_ORDER, type ProgressStatus } from '../model/progress/status.ts';
import { badgeView, type BadgeView } from '../present/progress/view.ts';
import { st } from '../present/progress/strings.ts';

export const groupId = (status: ProgressStatus): string => `tien-do-${status.replace(/_/g, '-')}`;
export const blockAnchor = (indicatorId: string): string => `#ct-${indicatorId}`;

export interface SummaryCell {
  status: ProgressStatus;
  count: number;
  countText: string;
  href?: string;
}

export interface SummaryRow {
  name: string;
  href: string;
  cells: SummaryCell[];
}

export interface NationalSummaryView {
  statuses: BadgeView[];
  currentCaption: string;
  current: SummaryRow[];
  former: SummaryRow[];
}

interface Unit {
  place: Place;
  status: PlaceStatus;
}

const hasResults = (model: Model, place: Place, ind: Indicator) =>
  (model.observationsByPlace.get(place.key) ?? []).some((o) => o.kind === 'result' && o.indicatorId === ind.id);

/** Province-level units for one indicator: all current provinces, and former provinces with figures. */
function provinceUnits(model: Model, ind: Indicator): { current: Unit[]; former: Unit[] } {
  return {
    current: model.provinces.map((place) => ({ place, status: placeStatus(model, place, ind) })),
    former: model.formerProvinces.filter((p) => hasResults(model, p, ind)).map((place) => ({ place, status: placeStatus(model, place, ind) })),
  };
}

function row(ind: Indicator, units: Unit[]): SummaryRow {
  const cells = STATUS_ORDER.map((status): SummaryCell => {
    const count = units.filter((u) => u.status.status === status).length;
    const c: SummaryCell = { status, count, countText: formatNumber(count) };
    if (count) c.href = indicatorHref(ind.id) + '#' + groupId(status);
    return c;
  });
  return { name: ind.nameVi, href: indicatorHref(ind.id), cells };
}

/**
 * Counts per indicator: main indicators always, others when some province-level unit has a status
 * other than "chưa đủ số liệu". Former provinces get their own table.
 */
export function nationalSummary(model: Model): NationalSummaryView {
  const current: SummaryRow[] = [];
  const former: SummaryRow[] = [];
  for (const ind of model.indicators) {
    const u = provinceUnits(model, ind);
    const informative = [...u.current, ...u.former].some((x) => x.status.status !== 'insufficient');
    if (!ind.main && !informative) continue;
    current.push(row(ind, u.current));
    if (u.former.length) former.push(row(ind, u.former));
  }
  return {
    statuses: STATUS_ORDER.map((s) => badgeView(s)),
    currentCaption: t('progress.summary.current', { count: formatNumber(model.provinces.length) }),
    current,
    former,
  };
}

export interface GroupEntry {
  label: string;
  href?: string;
  isFormer: boolean;
  nowPartOf?: string;
  detail?: string;
  approxText?: string;
}

export interface StatusGroup {
  id: string;
  badge: BadgeView;
  countText: string;
  entries: GroupEntry[];
  /** "… và 95 xã, phường chưa có số liệu" */
  extraText?: string;
}

function entryFor(model: Model, ind: Indicator, u: Unit, linkTo: Place | undefined): GroupEntry {
  const isFormer = u.place.level.startsWith('former_');
  const e: GroupEntry = { label: placeLabel(u.place), isFormer };
  const target = linkTo ? placeHref(linkTo) : undefined;
  if (target) e.href = target + blockAnchor(ind.id);
  if (isFormer && linkTo) e.nowPartOf = t('progress.groups.nowPartOf', { name: linkTo.fullName });
  const p = u.status.entry?.progress;
  const head = p?.assessments[0];
  if (p?.latest) {
    // "(gần đúng)" belongs to the status, said right after the figure that makes it so.
    const approx = head?.approximate && head.status !== 'insufficient' ? ` (${st('progress.approximate')})` : '';
    const check = p.latest.unreliable ? t('figures.checkSuffix') : '';
    const latest = `${p.latest.year}: ${formatQualified(p.latest.value, ind.unit, p.latest.qualifier)}${check}${approx}`;
    e.detail = head && head.target.year !== null
      ? t('progress.groups.detail', { latest, target: t('progress.against', { year: head.target.year, value: formatFigure(head.target, ind.unit) }) })
      : latest;
  }
  return e;
}

function groups(model: Model, ind: Indicator, units: Unit[]): StatusGroup[] {
  return STATUS_ORDER.map((status) => {
    const entries = units
      .filter((u) => u.status.status === status)
      .map((u) => entryFor(model, ind, u, u.place.level.startsWith('former_') ? currentPlacesOf(model, u.place)[0] : u.place));
    return { id: groupId(status), badge: badgeView(status), countText: t('progress.groups.count', { count: formatNumber(entries.length) }), entries };
  }).filter((g) => g.entries.length > 0);
}

/** Provinces (current, then former with figures) grouped by status, for an indicator page. */
export function indicatorGroups(model: Model, ind: Indicator): StatusGroup[] {
  const u = provinceUnits(model, ind);
  return groups(model, ind, [...u.current, ...u.former]);
}

export interface CommuneIndicatorGroups {
  indicatorName: string;
  indicatorHref: string;
  countsText: string;
  groups: StatusGroup[];
}

/**
 * Communes of a province grouped by status, per indicator with commune figures: the current
 * communes on their own figures, and former communes of the same territory on theirs.
 */
export function communeGroups(model: Model, province: Place): CommuneIndicatorGroups[] {
  const communes = model.communesByProvince.get(province.key) ?? [];
  const formerKeys = new Set<string>();
  for (const c of communes) for (const l of model.predecessors.get(c.key) ?? []) if (model.observationsByPlace.has(l.key)) formerKeys.add(l.key);
  const formers = [...formerKeys].map((k) => model.places.get(k)!);
  const out: CommuneIndicatorGroups[] = [];
  for (const ind of model.indicators) {
    const places = [...communes.filter((c) => hasResults(model, c, ind)), ...formers.filter((f) => hasResults(model, f, ind))];
    if (places.length === 0) continue;
    // Communes without any figure are counted in "chưa đủ số liệu", not listed one by one.
    const units: Unit[] = places.map((place) => ({ place, status: placeStatus(model, place, ind) }));
    const g = groups(model, ind, units);
    for (const grp of g) grp.id = `xa-${ind.id}-${grp.id}`; // one list per indicator on the page: unique ids
    const listed = new Set(places);
    const without = communes.filter((c) => !listed.has(c)).length;
    if (without > 0) {
      let grp = g.find((x) => x.badge.status === 'insufficient');
      if (!grp) g.push((grp = { id: `xa-${ind.id}-${groupId('insufficient')}`, badge: badgeView('insufficient'), countText: '', entries: [] }));
      grp.countText = t('progress.groups.count', { count: formatNumber(grp.entries.length + without) });
      grp.extraText = t('progress.communes.withoutData', { count: formatNumber(without) });
    }
    const counts = g.map((grp) => t('progress.communes.count', { status: grp.badge.text, count: grp.countText })).join(' · ');
    out.push({ indicatorName: ind.nameVi, indicatorHref: indicatorHref(ind.id), countsText: counts, groups: g });
  }
  return out;
}

export interface CensusView {
  total: number;
  totalText: string;
  rows: { badge: BadgeView; count: number; countText: string }[];
}

/**
 * How many series (place × indicator × basis, current and former units alike) are in each status,
 * for the methodology page: what the method can and cannot say with the data we have.
 */
export function statusCensus(model: Model): CensusView {
  const places = [model.nation, ...model.regions, ...model.provinces, ...model.communes, ...model.formerProvinces, ...model.formerDistricts, ...model.formerCommunes];
  const counts = new Map<ProgressStatus, number>();
  let total = 0;
  for (const p of places) {
    if (!model.observationsByPlace.has(p.key)) continue;
    for (const ind of model.indicators) {
      for (const e of progressOfPlace(model, p, ind)) {
        counts.set(e.progress.status, (counts.get(e.progress.status) ?? 0) + 1);
        total++;
      }
    }
  }
  return {
    total,
    totalText: formatNumber(total),
    rows: STATUS_ORDER.map((s) => ({ badge: badgeView(s), count: counts.get(s) ?? 0, countText: formatNumber(counts.get(s) ?? 0) })),
  };
}
