/**
 * The national page is an overview, not a page of charts: the nation's own latest figure and
 * status for each indicator that has one (one table), the provinces' statuses, the headline map,
 * the indicators by group, the provinces and the clusters. Each indicator's charts are on its page.
 */
import type { Model } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { formatFigure, formatNumber } from '../present/format/vi.ts';
import { shortName } from '../present/labels.ts';
import { badgeView, type BadgeView } from '../present/progress/badge.ts';
import { relatedPlaces } from '../model/related-places.ts';
import { progressOfPlace } from '../model/progress/place-progress.ts';
import { indicatorHref, placeHref } from '../site/urls.ts';
import { compareVi } from '../text/collate.ts';

export interface ProvinceRowView {
  fullName: string;
  href: string;
  formerNames: string;
  figureCount: number;
  figureText: string;
}

export interface NationalFigureRow {
  indicatorName: string;
  href: string;
  valueText: string;
  yearText: string;
  badge: BadgeView;
  /** "trước giai đoạn 2021–2030", "công nhận"… */
  note?: string;
}

export interface IndicatorGroupLinks {
  groupText: string;
  items: { name: string; href: string; countText: string }[];
}

const GROUP_ORDER = ['models', 'association', 'fund', 'centres', 'education', 'digital'];

/** The nation's latest figure and status for each main indicator (the others are on their own pages). */
export function nationalFigures(model: Model): NationalFigureRow[] {
  const rows: NationalFigureRow[] = [];
  for (const ind of model.indicators) {
    if (!ind.main) continue;
    const list = progressOfPlace(model, model.nation, ind);
    if (list.length === 0) {
      rows.push({ indicatorName: ind.nameVi, href: indicatorHref(ind.id), valueText: t('figures.none'), yearText: '', badge: badgeView('insufficient') });
      continue;
    }
    for (const e of list) {
      const p = e.progress;
      const f = p.latest ?? p.context;
      if (!f) continue;
      const row: NationalFigureRow = {
        indicatorName: ind.nameVi,
        href: indicatorHref(ind.id),
        valueText: formatFigure(f, ind.unit),
        yearText: String(f.year),
        badge: badgeView(p.status, p.assessments[0]?.approximate ?? false),
      };
      const notes = [list.length > 1 && e.series.basis ? t(`figures.basis.${e.series.basis}`) : '', p.context ? t('national.beforePeriod') : ''].filter(Boolean);
      if (notes.length) row.note = notes.join('; ');
      rows.push(row);
    }
  }
  return rows;
}

export function indicatorGroupLinks(model: Model): IndicatorGroupLinks[] {
  const groups = new Map<string, IndicatorGroupLinks['items']>();
  for (const ind of model.indicators) {
    const n = (model.observationsByIndicator.get(ind.id) ?? []).filter((o) => o.kind === 'result').length;
    if (!n && !ind.main) continue;
    const list = groups.get(ind.group) ?? [];
    list.push({ name: ind.nameVi, href: indicatorHref(ind.id), countText: n ? t('figures.count', { count: formatNumber(n) }) : t('figures.none') });
    groups.set(ind.group, list);
  }
  return [...groups.entries()]
    .sort((a, b) => GROUP_ORDER.indexOf(a[0]) - GROUP_ORDER.indexOf(b[0]))
    .map(([g, items]) => ({ groupText: t(`group.${g}`), items: items.sort((a, b) => compareVi(a.name, b.name)) }));
}

export function nationalExtras(model: Model) {
  const provinces: ProvinceRowView[] = model.provinces.map((p) => {
    let count = 0;
    for (const r of relatedPlaces(model, p)) count += (model.observationsByPlace.get(r.place.key) ?? []).filter((o) => o.kind === 'result').length;
    const formers = (model.predecessors.get(p.key) ?? []).map((l) => shortName(model.places.get(l.key)!));
    return {
      fullName: p.fullName,
      href: placeHref(p)!,
      formerNames: formers.join(', '),
      figureCount: count,
      figureText: count ? formatNumber(count) : t('figures.none'),
    };
  });
  const regions = model.regions.map((r) => {
    const n = model.observationsByPlace.get(r.key)?.length ?? 0;
    return { name: r.name, href: placeHref(r)!, figureText: t('figures.count', { count: formatNumber(n) }) };
  });
  return { provinces, regions };
}
