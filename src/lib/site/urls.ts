/**
 * Stable URLs, built from official codes (documented on the about page):
 *   /                     the nation          /tinh/01/        a province (GSO code)
 *   /xa/00004/            a commune           /chi-tieu/<id>/  an indicator
 *   /van-ban/<id>/        a source document   /cum-thi-dua/<code>/ an emulation cluster
 * Names are not in URLs: names change, codes do not.
 */
/** What a URL needs of a place (data/model.ts `Place` fits): the site layer knows no model. */
export interface PlaceRef {
  level: string;
  code: string;
}

/** Site base path ("/" locally, "/repo/" on GitHub Pages), always with a trailing slash. */
export const BASE = ((process.env.SITE_BASE ?? '/').replace(/\/?$/, '/')).replace(/^(?!\/)/, '/');

export const href = (path: string): string => BASE + path.replace(/^\//, '');

export function placePath(place: PlaceRef): string | undefined {
  switch (place.level) {
    case 'national':
      return '/';
    case 'province':
      return `/tinh/${place.code}/`;
    case 'commune':
      return `/xa/${place.code}/`;
    case 'region':
      return `/cum-thi-dua/${place.code}/`;
    default:
      return undefined;
  }
}

export const placeHref = (place: PlaceRef): string | undefined => {
  const p = placePath(place);
  return p ? href(p) : undefined;
};
export const indicatorHref = (id: string): string => href(`/chi-tieu/${id}/`);
export const sourceHref = (id: string): string => href(`/van-ban/${id}/`);
