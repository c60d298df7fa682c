/** How places are named in running text and tables. */
import type { Model, Place } from '../data/model.ts';
import { t } from '../../i18n/index.ts';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const isFormer = (p: Place) => p.level === 'former_province' || p.level === 'former_district' || p.level === 'former_commune';

/** "Tỉnh Hà Tây (cũ)" for former units, the full name otherwise. */
export function placeLabel(place: Place): string {
  return isFormer(place) ? t('place.formerLabel', { name: place.fullName }) : place.fullName;
}

/** Former unit with its former parents: "Xã Quảng Vinh (cũ), huyện Quảng Xương, tỉnh Thanh Hóa". */
export function placeLabelWithParents(model: Model, place: Place): string {
  const parts = [placeLabel(place)];
  if (place.level === 'former_commune' || place.level === 'former_district') {
    const district = place.level === 'former_commune' && place.parentKey ? model.places.get(place.parentKey) : undefined;
    if (district) parts.push(lowerFirst(district.fullName));
    const province = place.provinceKey ? model.places.get(place.provinceKey) : undefined;
    if (province) parts.push(lowerFirst(province.fullName));
  }
  if (place.level === 'commune' && place.provinceKey) {
    const province = model.places.get(place.provinceKey);
    if (province) parts.push(province.fullName);
  }
  return parts.join(', ');
}
