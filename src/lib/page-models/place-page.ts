/**
 * View models of the place pages (nation, province, commune, region): the strings and lists
 * each page prints, computed once from the model.
 */
import type { Model, Place } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../present/format/vi.ts';
import { indicatorBlocks, type IndicatorBlockView } from '../present/figures.ts';
import { placeLabelWithParents } from '../present/labels.ts';
import { relatedPlaces } from '../model/related-places.ts';
import { href, placeHref } from '../site/urls.ts';
import { compareVi } from '../text/collate.ts';

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
  fullName: string;
  type: string;
  href: string;
  code: string;
  figureCount: number;
  figureText: string;
  formerNames: string;
}

export interface PlacePageView {
  place: Place;
  title: string;
  lead: string;
  crumbs: Crumb[];
  facts: { label: string; value: string; href?: string }[];
  notes: string[];
  formerUnits: FormerUnitView[];
  blocks: IndicatorBlockView[];
  hasFigures: boolean;
  communes?: CommuneRowView[];
}

function crumbsFor(model: Model, place: Place): Crumb[] {
  const crumbs: Crumb[] = [];
  if (place.level !== 'national') crumbs.push({ label: t('nav.home'), href: href('/') });
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
      const v: FormerUnitView = {
        label: placeLabelWithParents(model, former),
        shareText: t(l.share === 'full' ? 'place.shareFull' : 'place.sharePartial'),
        partial: l.share === 'partial',
        hasFigures: model.observationsByPlace.has(former.key),
      };
      if (l.qaNote) v.qaNote = l.qaNote;
      return v;
    })
    .sort((a, b) => compareVi(a.label, b.label));
}

/** Figures known for a current commune, its former communes and their districts. */
export function figureCountFor(model: Model, place: Place): number {
  let n = 0;
  for (const r of relatedPlaces(model, place)) {
    if (r.relation === 'former_district') continue; // district-wide figures are not the commune's
    n += (model.observationsByPlace.get(r.place.key) ?? []).filter((o) => o.kind === 'result').length;
  }
  return n;
}

function communeRows(model: Model, province: Place): CommuneRowView[] {
  return (model.communesByProvince.get(province.key) ?? []).map((c) => {
    const count = figureCountFor(model, c);
    const formers = (model.predecessors.get(c.key) ?? []).map((l) => model.places.get(l.key)!.name);
    return {
      name: c.name,
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

export function placePageView(model: Model, place: Place): PlacePageView {
  const facts: PlacePageView['facts'] = [];
  const notes: string[] = [];
  let lead = '';
  if (place.level !== 'national') facts.push({ label: t('place.code'), value: place.code });
  facts.push({ label: t('place.type'), value: place.type });
  if (place.level === 'commune' && place.provinceKey) {
    const prov = model.places.get(place.provinceKey)!;
    facts.push({ label: t('place.parent'), value: prov.fullName, href: placeHref(prov)! });
    lead = t('place.inProvince', { type: place.type, province: prov.fullName });
  }
  if (place.level === 'province') {
    const n = model.communesByProvince.get(place.key)?.length ?? 0;
    facts.push({ label: t('place.parent'), value: t('place.nation'), href: href('/') });
    lead = t('place.communesCount', { count: formatNumber(n) });
  }
  if (place.formerFullName) notes.push(t('place.renamed', { name: place.formerFullName }));
  for (const alt of place.altNames ?? []) notes.push(t('place.altName', { name: alt }));
  if (place.gsoCode) notes.push(t('place.gsoCode', { code: place.gsoCode }));

  const blocks = indicatorBlocks(model, place, { includeEmptyMain: place.level !== 'region' });
  const view: PlacePageView = {
    place,
    title: place.fullName,
    lead,
    crumbs: crumbsFor(model, place),
    facts,
    notes,
    formerUnits: place.level === 'province' || place.level === 'commune' ? formerUnits(model, place) : [],
    blocks,
    hasFigures: blocks.some((b) => b.results.length > 0),
  };
  if (place.level === 'province') view.communes = communeRows(model, place);
  return view;
}
