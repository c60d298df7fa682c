/**
 * What the search page prints for people without JavaScript: a static page cannot read the
 * words in its own address (`?q=…`), so it offers the way to every commune that needs no
 * search: the 34 provinces, each listing its communes with their former names, and the 63
 * former provinces with the province each is now part of.
 */
import type { Model } from '../data/model.ts';
import { placeLabel } from '../present/labels.ts';
import { placeHref } from '../site/urls.ts';
import { sortByVi } from '../text/collate.ts';

export interface SearchPageLink {
  label: string;
  href: string;
}

export interface SearchPageView {
  /** Province filter options and the no-JavaScript list: "Tỉnh An Giang" … */
  provinces: (SearchPageLink & { code: string })[];
  /** "Tỉnh Hà Giang (cũ)" → the province(s) it is now part of. */
  formerProvinces: { label: string; now: SearchPageLink[] }[];
}

export function searchPageView(model: Model): SearchPageView {
  return {
    provinces: sortByVi(model.provinces, (p) => p.name).map((p) => ({ label: p.fullName, href: `${placeHref(p)}#communes`, code: p.code })),
    formerProvinces: sortByVi(model.formerProvinces, (p) => p.name)
      .map((p) => ({
        label: placeLabel(p),
        now: (model.successors.get(p.key) ?? []).map((s) => model.places.get(s.key)!).map((s) => ({ label: s.fullName, href: placeHref(s)! })),
      }))
      .filter((p) => p.now.length > 0),
  };
}
