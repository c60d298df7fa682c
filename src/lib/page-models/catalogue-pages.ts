/** View models of the indicator and source pages and their index lists. */
import type { Indicator, Model, Observation, Source } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { formatDate, formatNumber } from '../present/format/vi.ts';
import { figureView, type FigureView } from '../present/figures.ts';
import { currentPlacesOf } from '../model/related-places.ts';
import { indicatorHref, placeHref, sourceHref } from '../site/urls.ts';
import { compareVi } from '../text/collate.ts';

const LEVEL_ORDER = ['national', 'region', 'province', 'former_province', 'former_district', 'commune', 'former_commune'];

function sortFigures(model: Model, list: Observation[]): FigureView[] {
  return [...list]
    .sort((a, b) => {
      const pa = model.places.get(a.placeKey)!;
      const pb = model.places.get(b.placeKey)!;
      return (
        LEVEL_ORDER.indexOf(pa.level) - LEVEL_ORDER.indexOf(pb.level) ||
        compareVi(pa.name, pb.name) ||
        (a.year ?? 0) - (b.year ?? 0)
      );
    })
    .map((o) => figureView(model, o, model.places.get(o.placeKey)!.level.startsWith('former_') ? 'former' : 'self'));
}

/** Above this many commune-level figures a page lists them per province instead of one by one. */
export const MAX_COMMUNE_ROWS = 300;

export interface CommuneSummaryRow {
  province: string;
  href: string;
  count: number;
  countText: string;
}

/**
 * Figures of communes (current or former) are listed one by one while they are few; when there
 * are many (thousands in a complete data set) the page counts them per province and links there,
 * so an indicator or source page stays small. Nothing is hidden: every figure is on its place page.
 */
function splitCommuneFigures(model: Model, list: Observation[]): { listed: Observation[]; communeSummary: CommuneSummaryRow[] } {
  const isCommune = (o: Observation) => {
    const level = model.places.get(o.placeKey)!.level;
    return level === 'commune' || level === 'former_commune';
  };
  const communeLevel = list.filter(isCommune);
  if (communeLevel.length <= MAX_COMMUNE_ROWS) return { listed: list, communeSummary: [] };
  const counts = new Map<string, number>();
  for (const o of communeLevel) {
    const place = model.places.get(o.placeKey)!;
    for (const current of currentPlacesOf(model, place)) {
      const prov = current.provinceKey ?? current.key;
      counts.set(prov, (counts.get(prov) ?? 0) + 1);
    }
  }
  const communeSummary = [...counts.entries()]
    .map(([key, count]) => {
      const p = model.places.get(key)!;
      return { province: p.fullName, href: placeHref(p)!, count, countText: t('figures.count', { count: formatNumber(count) }) };
    })
    .sort((a, b) => compareVi(a.province, b.province));
  return { listed: list.filter((o) => !isCommune(o)), communeSummary };
}

export interface IndicatorPageView {
  indicator: Indicator;
  facts: { label: string; value: string; href?: string; lang?: string }[];
  results: FigureView[];
  targets: FigureView[];
  /** Commune-level figures counted per province when too many to list. */
  communeSummary: CommuneSummaryRow[];
}

export function indicatorPageView(model: Model, ind: Indicator): IndicatorPageView {
  const list = model.observationsByIndicator.get(ind.id) ?? [];
  const facts: IndicatorPageView['facts'] = [
    { label: t('indicator.unit'), value: t(`unit.${ind.unit}`) },
  ];
  if (ind.denominator) facts.push({ label: t('indicator.denominator'), value: ind.denominator });
  facts.push({ label: t('indicator.nameEn'), value: ind.nameEn, lang: 'en' });
  facts.push({ label: t('indicator.direction'), value: t(ind.higherIsBetter ? 'indicator.higherBetter' : 'indicator.lowerBetter') });
  facts.push({ label: t('nav.indicators'), value: t(`group.${ind.group}`) });
  for (const id of ind.legalBasis) {
    const s = model.sourceById.get(id)!;
    facts.push({ label: t('indicator.legalBasis'), value: s.number ?? s.title, href: sourceHref(id) });
  }
  const { listed, communeSummary } = splitCommuneFigures(model, list);
  return {
    indicator: ind,
    facts,
    results: sortFigures(model, listed.filter((o) => o.kind === 'result')),
    targets: sortFigures(model, listed.filter((o) => o.kind === 'target')),
    communeSummary,
  };
}

export interface IndicatorListItem {
  id: string;
  name: string;
  href: string;
  groupText: string;
  countText: string;
  count: number;
}

export function indicatorList(model: Model): { groupText: string; items: IndicatorListItem[] }[] {
  const groups = new Map<string, IndicatorListItem[]>();
  for (const ind of model.indicators) {
    const n = model.observationsByIndicator.get(ind.id)?.length ?? 0;
    const item = { id: ind.id, name: ind.nameVi, href: indicatorHref(ind.id), groupText: t(`group.${ind.group}`), count: n, countText: t('figures.count', { count: formatNumber(n) }) };
    const list = groups.get(ind.group) ?? [];
    list.push(item);
    groups.set(ind.group, list);
  }
  return [...groups.entries()].map(([g, items]) => ({ groupText: t(`group.${g}`), items: items.sort((a, b) => compareVi(a.name, b.name)) }));
}

export interface SourcePageView {
  source: Source;
  facts: { label: string; value: string; href?: string }[];
  figures: FigureView[];
  asPlan: FigureView[];
  communeSummary: CommuneSummaryRow[];
  usedBy: { name: string; href: string }[];
}

export function sourcePageView(model: Model, s: Source): SourcePageView {
  const facts: SourcePageView['facts'] = [{ label: t('place.type'), value: t(`source.type.${s.type}`) }];
  if (s.number) facts.push({ label: t('source.number'), value: s.number });
  if (s.issuer) facts.push({ label: t('source.issuer'), value: s.issuer });
  if (s.publisher) facts.push({ label: t('source.publisher'), value: s.publisher });
  if (s.date) facts.push({ label: t('source.date'), value: formatDate(s.date) });
  facts.push(s.url ? { label: t('source.link'), value: s.url, href: s.url } : { label: t('source.link'), value: t('source.noLink') });
  if (s.language !== 'vi') facts.push({ label: t('source.language'), value: t(`source.lang.${s.language}`) });
  const list = model.observationsBySource.get(s.id) ?? [];
  const usedBy = model.indicators.filter((i) => i.legalBasis.includes(s.id)).map((i) => ({ name: i.nameVi, href: indicatorHref(i.id) }));
  const { listed, communeSummary } = splitCommuneFigures(model, list);
  return {
    source: s,
    facts,
    figures: sortFigures(model, listed.filter((o) => o.sourceId === s.id)),
    asPlan: sortFigures(model, listed.filter((o) => o.sourceId !== s.id && o.planId === s.id)),
    communeSummary,
    usedBy,
  };
}

export function sourceList(model: Model) {
  return [...model.sources]
    .sort((a, b) => (a.type === b.type ? compareVi(a.title, b.title) : a.type < b.type ? 1 : -1))
    .map((s) => ({
      title: s.title,
      href: sourceHref(s.id),
      meta: [t(`source.type.${s.type}`), s.number, s.date ? formatDate(s.date) : undefined].filter(Boolean).join(' · '),
      count: model.observationsBySource.get(s.id)?.length ?? 0,
    }));
}

/** Where a former unit's figure now lives: links to the current units that succeeded it. */
export function successorLinks(model: Model, placeKey: string): { name: string; href: string }[] {
  const p = model.places.get(placeKey)!;
  return currentPlacesOf(model, p).map((c) => ({ name: c.fullName, href: placeHref(c)! }));
}
