/** The units of a map or ranking layer, with their names, links and the words that describe them. */
import type { Indicator, Model, Observation, Place } from '../../data/model.ts';
import { t } from '../../../i18n/index.ts';
import { formatQualified } from '../format/vi.ts';
import { placeLabel } from '../labels.ts';
import { currentPlacesOf } from '../../model/related-places.ts';
import { href, placeHref, placePathPattern } from '../../site/urls.ts';
import { sortByVi } from '../../text/collate.ts';
import type { LayerChoice } from './ids.ts';
import { sourceTitle } from './sources.ts';

export interface LayerUnit {
  code: string;
  /** Full name for tables and tooltips: "Thành phố Hà Nội", "Tỉnh Hà Tây (cũ)". */
  label: string;
  /** Short name for bar labels and lists: "Hà Nội", "Hà Tây", "Phường Ba Đình". */
  short: string;
  href?: string;
}

const unitsCache = new WeakMap<Model, Map<string, LayerUnit[]>>();

export function layerUnits(model: Model, c: LayerChoice): LayerUnit[] {
  let cache = unitsCache.get(model);
  if (!cache) unitsCache.set(model, (cache = new Map()));
  const key = `${c.layer}/${c.provinceCode ?? ''}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let units: LayerUnit[];
  if (c.layer === 'provinces') {
    units = model.provinces.map((p) => ({ code: p.code, label: p.fullName, short: p.name, href: placeHref(p)! }));
  } else if (c.layer === 'former-provinces') {
    units = model.formerProvinces.map((p) => {
      const now = currentPlacesOf(model, p)[0];
      const u: LayerUnit = { code: p.code, label: placeLabel(p), short: p.name };
      const h = now ? placeHref(now) : undefined;
      if (h) u.href = h;
      return u;
    });
  } else {
    const province = model.places.get(`province:${c.provinceCode}`);
    units = (province ? (model.communesByProvince.get(province.key) ?? []) : []).map((p) => ({ code: p.code, label: p.fullName, short: p.fullName, href: placeHref(p)! }));
  }
  units = sortByVi(units, (u) => u.short);
  cache.set(key, units);
  return units;
}

export function layerProvince(model: Model, c: LayerChoice): Place | undefined {
  return c.provinceCode ? model.places.get(`province:${c.provinceCode}`) : undefined;
}

/** "34 tỉnh, thành phố", "63 tỉnh, thành phố cũ (trước 01/7/2025)", "các xã, phường, đặc khu của Thành phố Huế". */
export function scopeText(model: Model, c: LayerChoice): string {
  if (c.layer === 'provinces') return t('map.scope.provinces', { count: model.provinces.length });
  if (c.layer === 'former-provinces') return t('map.scope.formerProvinces', { count: model.formerProvinces.length });
  return t('map.scope.communes', { province: layerProvince(model, c)?.fullName ?? c.provinceCode ?? '' });
}

export function unitNoun(c: LayerChoice): string {
  return t(`map.noun.${c.layer}`);
}

export const basisText = (c: LayerChoice): string => (c.registered ? t('map.basisRegistered') : '');

/** What a map and the ranking beside it say about themselves: the same words for the same choice. */
export function layerHeading(model: Model, ind: Indicator, c: LayerChoice) {
  return {
    indicatorName: ind.nameVi,
    scopeText: scopeText(model, c),
    unitNoun: unitNoun(c),
    year: c.year,
    basisText: basisText(c),
    unit: ind.unit,
    higherIsBetter: ind.higherIsBetter,
  };
}

/** Label of a choice in the year selector: "2024", "2023 · 63 tỉnh cũ", "2023 · số đăng ký". */
export function choiceLabel(c: LayerChoice): string {
  const parts = [c.year === null ? t('figures.noYear') : String(c.year)];
  if (c.layer === 'former-provinces') parts.push(t('map.choiceFormer'));
  if (c.registered) parts.push(t('map.choiceRegistered'));
  return parts.join(' · ');
}

/**
 * The `?nam=` values that select a choice: "2023-tinh-cu" (the former provinces' map),
 * "2017-dang-ky" (the registered basis), and the plain year "2023" for the first choice of its
 * year in selector order (the current layer, recognised figures), the one a reader means by a year.
 */
export function choiceParams(c: LayerChoice, firstOfYear: boolean): string[] {
  const full = `${c.year ?? ''}${c.layer === 'former-provinces' ? '-tinh-cu' : ''}${c.registered ? '-dang-ky' : ''}`;
  return firstOfYear && full !== String(c.year) ? [String(c.year), full] : [full];
}

export function credit(c: LayerChoice): string {
  return t(c.layer === 'former-provinces' ? 'map.creditFormer' : 'map.credit');
}

export function hrefPattern(c: LayerChoice): string | undefined {
  if (c.layer === 'provinces') return href(placePathPattern('province'));
  if (c.layer === 'communes') return href(placePathPattern('commune'));
  return undefined;
}

export interface UnitValue {
  code: string;
  value: number;
  approx: boolean;
  valueText: string;
  sourceTitle: string;
}

export function unitValue(model: Model, code: string, o: Observation): UnitValue {
  const ind = model.indicatorById.get(o.indicatorId)!;
  return {
    code,
    value: o.value,
    approx: o.qualifier !== 'exact',
    // A figure to verify says so wherever a map or ranking prints it (table, tooltip, summary).
    valueText: formatQualified(o.value, ind.unit, o.qualifier) + (o.reliability ? t('figures.checkSuffix') : ''),
    sourceTitle: sourceTitle(model, o.sourceId),
  };
}
