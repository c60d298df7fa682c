/**
 * View models of the place pages (nation, province, commune, region): what is known first (one
 * section per indicator with figures), then the main indicators without any figure as one compact
 * list, then the former units; everything as ready-to-print strings.
 */
import type { Indicator, Model, Place } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { formatFigure, formatNumber } from '../present/format/vi.ts';
import { placeLabelWithParents, shortName } from '../present/labels.ts';
import { qaNoteText } from '../present/qa-notes.ts';
import { appliesAt, relatedPlaces } from '../model/related-places.ts';
import { applicableTargets } from '../model/targets.ts';
import { href, indicatorHref, paths, placeHref } from '../site/urls.ts';
import { comparePath, MAX_COMPARED } from '../site/compare-url.ts';
import { compareVi } from '../text/collate.ts';
import { indicatorSection, type IndicatorSectionView } from './indicator-section.ts';

export interface Crumb {
  label: string;
  href: string;
}

export interface FormerUnitView {
  label: string;
  shareText: string;
  partial: boolean;
  qaNote?: string;
  hasFigures: boolean;
}

export interface CommuneRowView {
  name: string;
  /** "Bến Thành"; "Phường 7" for a numbered ward. */
  shortName: string;
  fullName: string;
  type: string;
  href: string;
  code: string;
  figureCount: number;
  figureText: string;
  formerNames: string;
}

export interface MissingItemView {
  name: string;
  href: string;
  /** "70% (2025), 80% (2030) — mục tiêu quốc gia", or '' when no target applies. */
  targetsText: string;
}

export interface CompareLinkView {
  label: string;
  href: string;
}

export interface PlacePageView {
  place: Place;
  title: string;
  lead: string;
  crumbs: Crumb[];
  facts: { label: string; value: string; href?: string }[];
  notes: string[];
  formerUnits: FormerUnitView[];
  /** Indicators with figures for the place or its former units, main ones first. */
  sections: IndicatorSectionView[];
  /** Main indicators that mean something at this level and have no figure yet. */
  missing: MissingItemView[];
  hasFigures: boolean;
  communes?: CommuneRowView[];
  /** "So sánh với…": the parent province and the nation first, then the former units, then any place. */
  compare: CompareLinkView[];
}

const GROUP_ORDER = ['models', 'association', 'fund', 'centres', 'education', 'digital'];
const byImportance = (a: Indicator, b: Indicator) => Number(b.main) - Number(a.main) || GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group);

function crumbsFor(model: Model, place: Place): Crumb[] {
  const crumbs: Crumb[] = [];
  if (place.level !== 'national') crumbs.push({ label: t('nav.home'), href: href(paths.home) });
  if (place.level === 'commune' && place.provinceKey) {
    const prov = model.places.get(place.provinceKey)!;
    crumbs.push({ label: prov.fullName, href: placeHref(prov)! });
  }
  return crumbs;
}

function formerUnits(model: Model, place: Place): FormerUnitView[] {
  const links = model.predecessors.get(place.key) ?? [];
  return links
    .map((l) => {
      const former = model.places.get(l.key)!;
      // The former province is named only when it is not the current one's namesake (Hà Nội in Hà Nội).
      let label = placeLabelWithParents(model, former);
      const prov = former.provinceKey ? model.places.get(former.provinceKey) : undefined;
      const now = place.level === 'province' ? place : place.provinceKey ? model.places.get(place.provinceKey) : undefined;
      if (prov && now && prov.name === now.name && former.level !== 'former_province') label = label.replace(`, ${prov.fullName.charAt(0).toLowerCase()}${prov.fullName.slice(1)}`, '');
      const v: FormerUnitView = {
        label,
        shareText: t(l.share === 'full' ? 'place.shareFull' : 'place.sharePartial'),
        partial: l.share === 'partial',
        hasFigures: model.observationsByPlace.has(former.key),
      };
      if (l.qaNote) v.qaNote = qaNoteText(l.qaNote);
      return v;
    })
    .sort((a, b) => compareVi(a.label, b.label));
}

/** Figures known for a current commune and its former communes (a district's totals are not the commune's). */
export function figureCountFor(model: Model, place: Place): number {
  let n = 0;
  for (const r of relatedPlaces(model, place)) {
    if (r.relation === 'former_district') continue;
    n += (model.observationsByPlace.get(r.place.key) ?? []).filter((o) => o.kind === 'result').length;
  }
  return n;
}

function communeRows(model: Model, province: Place): CommuneRowView[] {
  return (model.communesByProvince.get(province.key) ?? []).map((c) => {
    const count = figureCountFor(model, c);
    const formers = (model.predecessors.get(c.key) ?? []).map((l) => shortName(model.places.get(l.key)!));
    return {
      name: c.name,
      shortName: shortName(c),
      fullName: c.fullName,
      type: c.type,
      href: placeHref(c)!,
      code: c.code,
      figureCount: count,
      figureText: count ? t('figures.count', { count: formatNumber(count) }) : t('figures.none'),
      formerNames: [...new Set(formers)].join(', '),
    };
  });
}

/** "70% (2025), 80% (2030) — mục tiêu quốc gia" for the compact list of indicators without figures. */
function targetsText(model: Model, place: Place, ind: Indicator): string {
  const bySetter = new Map<string, { level: string; values: string[] }>();
  for (const a of applicableTargets(model, place, ind.id)) {
    if (a.target.year === null || a.target.year <= 2020) continue;
    const level = a.level === 'own' ? t('targets.own') : a.level === 'national' ? t('targets.nationalShort') : t('targets.formerOwn', { name: a.setter.fullName });
    const entry = bySetter.get(level) ?? { level, values: [] };
    const plan = model.sourceById.get(a.target.planId ?? a.target.sourceId);
    // Two plans may set different levels for one year: each value names its document.
    const v = `${formatFigure(a.target, ind.unit)} (${[a.target.year, plan?.number].filter(Boolean).join(', ')})`;
    if (!entry.values.includes(v)) entry.values.push(v);
    bySetter.set(level, entry);
  }
  return [...bySetter.values()].map((e) => t('missing.targets', { values: e.values.join(', '), level: e.level })).join('; ');
}

/**
 * The compare page with this place and its parents first (/so-sanh/): a commune with its province
 * and the nation, a province or cluster with the nation, a merged province with the former
 * provinces that have figures of their own; then the compare page with the place alone, to pick others.
 */
export function compareLinks(model: Model, place: Place): CompareLinkView[] {
  const link = (label: string, places: Place[]) => ({ label, href: href(comparePath([place, ...places])) });
  const out: CompareLinkView[] = [];
  const province = place.level === 'commune' && place.provinceKey ? model.places.get(place.provinceKey) : undefined;
  if (province) out.push(link(province.fullName, [province]));
  if (place.level !== 'national') out.push(link(t('compare.withNation'), [model.nation]));
  const formers = (model.predecessors.get(place.key) ?? []).map((l) => model.places.get(l.key)!).filter((p) => model.observationsByPlace.has(p.key));
  if (place.level === 'province' && formers.length > 1) out.push(link(t('compare.withFormers'), formers.slice(0, MAX_COMPARED - 1)));
  out.push(link(t('compare.withOther'), []));
  return out;
}

export function placePageView(model: Model, place: Place): PlacePageView {
  const facts: PlacePageView['facts'] = [];
  const notes: string[] = [];
  let lead = '';
  if (place.level !== 'national') facts.push({ label: t('place.code'), value: place.code });
  if (place.level === 'commune' && place.provinceKey) {
    const prov = model.places.get(place.provinceKey)!;
    lead = t('place.inProvince', { type: place.type, province: prov.fullName });
  }
  if (place.level === 'province') {
    const n = model.communesByProvince.get(place.key)?.length ?? 0;
    lead = t('place.communesCount', { count: formatNumber(n) });
  }
  if (place.formerFullName) notes.push(t('place.renamed', { name: place.formerFullName }));
  for (const alt of place.altNames ?? []) notes.push(t('place.altName', { name: alt }));
  if (place.gsoCode) notes.push(t('place.gsoCode', { code: place.gsoCode }));

  const sections: IndicatorSectionView[] = [];
  const missing: MissingItemView[] = [];
  for (const ind of [...model.indicators].sort(byImportance)) {
    const section = place.level === 'national' ? undefined : indicatorSection(model, place, ind);
    if (section) sections.push(section);
    else if (ind.main && appliesAt(ind.levels, place)) missing.push({ name: ind.nameVi, href: indicatorHref(ind.id), targetsText: targetsText(model, place, ind) });
  }
  const view: PlacePageView = {
    place,
    title: place.fullName,
    lead,
    crumbs: crumbsFor(model, place),
    facts,
    notes,
    formerUnits: place.level === 'province' || place.level === 'commune' ? formerUnits(model, place) : [],
    sections,
    missing,
    hasFigures: sections.length > 0,
    compare: compareLinks(model, place),
  };
  if (place.level === 'province') view.communes = communeRows(model, place);
  return view;
}
