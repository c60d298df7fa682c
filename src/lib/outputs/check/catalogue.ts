/**
 * The catalogue the browser check reads (/du-lieu/kiem-tra/danh-muc.json): every place, indicator
 * and source of the build, compact, and for every place the page its figures appear on. The
 * reader (catalogueFrom) turns it back into the data layer's own types, so the check in the
 * browser runs the validator's code on the deployed data.
 */
import type { Indicator, Model, Place, PlaceLevel, Source } from '../../data/model.ts';
import type { Catalogue } from '../../data/check-file.ts';
import { currentPlacesOf } from '../../model/related-places.ts';

/** [level, code, name, fullName, other names ("; "), page href ("" when none), indices of the places whose pages show it] */
export type PlaceRow = [PlaceLevel, string, string, string, string, string, number[]];

export interface CatalogueJson {
  version: string;
  illustrative: boolean;
  places: PlaceRow[];
  indicators: Indicator[];
  sources: Source[];
}

export function catalogueJson(model: Model, version: string, pageHref: (p: Place) => string | undefined): CatalogueJson {
  const all = [model.nation, ...model.provinces, ...model.communes, ...model.regions, ...model.formerProvinces, ...model.formerDistricts, ...model.formerCommunes];
  const index = new Map(all.map((p, i) => [p.key, i]));
  const places = all.map((p): PlaceRow => {
    const own = pageHref(p) ?? '';
    const shown = own ? [] : currentPlacesOf(model, p).map((c) => index.get(c.key)!).filter((i) => i !== undefined);
    return [p.level, p.code, p.name, p.fullName, (p.altNames ?? []).join('; '), own, shown];
  });
  return { version, illustrative: model.dataset.illustrative, places, indicators: model.indicators, sources: model.sources };
}

/** A place of the catalogue with the pages its figures appear on. */
export interface CataloguePlace extends Place {
  href?: string;
  pages: number[];
}

export function catalogueFrom(json: CatalogueJson): Catalogue & { placeList: CataloguePlace[] } {
  const placeList = json.places.map(([level, code, name, fullName, alt, href, pages]): CataloguePlace => {
    const p: CataloguePlace = { key: `${level}:${code}`, level, code, name, fullName, type: '', pages };
    if (alt) p.altNames = alt.split('; ');
    if (href) p.href = href;
    return p;
  });
  return { places: placeList, placeList, indicators: json.indicators, sources: json.sources, illustrative: json.illustrative };
}
