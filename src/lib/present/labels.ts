/** How places are named in running text and tables. */
import type { Model, Place } from '../data/model.ts';
import { t } from '../../i18n/index.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const isFormer = (p: Place) => p.level === 'former_province' || p.level === 'former_district' || p.level === 'former_commune';

/** "Tỉnh Hà Tây (cũ)" for former units, the full name otherwise. */
export function placeLabel(place: Place): string {
  return isFormer(place) ? t('place.formerLabel', { name: place.fullName }) : place.fullName;
}

/** The short name for lists ("Ba Đình"), but the full name of a numbered ward ("Phường 7", never "7"). */
export function shortName(place: Place): string {
  return /^\d/.test(place.name) ? place.fullName : place.name;
}

/**
 * Former unit with its former parents: "Xã Quảng Vinh (cũ), huyện Quảng Xương, tỉnh Thanh Hóa";
 * a unit dissolved before 2025-03-01 also says which unit absorbed it.
 */
export function placeLabelWithParents(model: Model, place: Place): string {
  const parts = [placeLabel(place)];
  if (place.level === 'former_commune' || place.level === 'former_district') {
    const district = place.level === 'former_commune' && place.parentKey ? model.places.get(place.parentKey) : undefined;
    if (district) parts.push(lowerFirst(district.fullName));
    const province = place.provinceKey ? model.places.get(place.provinceKey) : undefined;
    if (province) parts.push(lowerFirst(province.fullName));
    const into = place.absorbedIntoKey ? model.places.get(place.absorbedIntoKey) : undefined;
    if (into) parts.push(t('place.absorbedInto', { name: lowerFirst(into.fullName) }));
  }
  if (place.level === 'commune' && place.provinceKey) {
    const province = model.places.get(place.provinceKey);
    if (province) parts.push(province.fullName);
  }
  return parts.join(', ');
}

/** "A", "A và B", "A, B và C"; beyond `max` items "A, B và 3 đơn vị khác". */
export function listText(items: string[], max = Infinity): string {
  if (items.length > max) return t('common.andMore', { list: items.slice(0, max - 1).join(', '), count: items.length - max + 1 });
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t('common.and')} ${items[items.length - 1]}`;
}
