/**
 * The lines a current unit's page shows only when it is opened at one of its former units: a
 * search result found by a former name links to `#cu-…` (`formerAnchor`), and the page then
 * says which unit the person was looking for and that it is now part of this one, "Xã Quang Kim
 * (cũ), huyện Bát Xát, tỉnh Lào Cai, nay thuộc Xã Bát Xát." CSS `:target` shows the line, so it
 * works without JavaScript. A former commune split between several units names the others.
 */
import type { Model, Place } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { placeLabel, placeLabelWithParents } from '../present/labels.ts';
import { formerAnchor, placeHref } from '../site/urls.ts';
import { compareVi } from '../text/collate.ts';

export interface FormerLandingLine {
  /** Element id, the fragment a search result links to. */
  id: string;
  /** The sentence up to the other units: "Một phần Xã A (cũ), huyện B, tỉnh C, nay thuộc Xã D". */
  text: string;
  /** Other current units that took part of it, linked at the same former unit. */
  others: { label: string; href: string }[];
}

type FormerLevel = 'former_commune' | 'former_district' | 'former_province';

const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

function othersOf(model: Model, former: Place, place: Place): FormerLandingLine['others'] {
  return (model.successors.get(former.key) ?? [])
    .filter((s) => s.key !== place.key)
    .map((s) => model.places.get(s.key)!)
    .map((p) => ({ label: p.fullName, href: `${placeHref(p)}#${formerAnchor(former.level as FormerLevel, former.code)}` }))
    .sort((a, b) => compareVi(a.label, b.label));
}

/** One line per former commune (or former province, on a province page) and per former district. */
export function formerLandingLines(model: Model, place: Place): FormerLandingLine[] {
  if (place.level !== 'commune' && place.level !== 'province') return [];
  const links = model.predecessors.get(place.key) ?? [];
  const lines: FormerLandingLine[] = links.map((l) => {
    const former = model.places.get(l.key)!;
    const others = othersOf(model, former, place);
    const key = l.share === 'partial' ? (others.length ? 'search.landing.partOthers' : 'search.landing.part') : 'search.landing.whole';
    return {
      id: formerAnchor(former.level as FormerLevel, former.code),
      text: t(key, { former: placeLabelWithParents(model, former), unit: place.fullName }),
      others: l.share === 'partial' ? others : [],
    };
  });
  for (const districtKey of model.formerDistrictsOfCommune.get(place.key) ?? []) {
    const district = model.places.get(districtKey)!;
    const communes = links.map((l) => model.places.get(l.key)!).filter((c) => c.parentKey === districtKey);
    const id = formerAnchor('former_district', district.code);
    if (!communes.length || lines.some((l) => l.id === id)) continue;
    const province = district.provinceKey ? model.places.get(district.provinceKey) : undefined;
    lines.push({
      id,
      text: t('search.landing.district', {
        district: [placeLabel(district), province && lowerFirst(province.fullName)].filter(Boolean).join(', '),
        communes: communes.map(placeLabel).sort(compareVi).join(', '),
        unit: place.fullName,
      }),
      others: [],
    });
  }
  return lines;
}
