/**
 * Chart identity: one stable id per chart, documented in README.md. Embed pages and downloads
 * will be addressed by these ids, so they are built from official codes and indicator ids only.
 */
import type { Place } from '../../data/model.ts';
import { chartPageHref } from '../../site/urls.ts';

/** "province:01" → "province-01" (a path segment). */
export const placeSegment = (place: Place): string => place.key.replace(':', '-');

export type MapLayer = 'provinces' | 'former-provinces' | 'communes';

/** A map or ranking choice: a layer, a year, and the basis when figures are on the registered basis. */
export interface LayerChoice {
  layer: MapLayer;
  /** Current province code for the communes layer. */
  provinceCode?: string;
  year: number | null;
  registered: boolean;
}

function choicePath(c: LayerChoice, indicatorId: string): string {
  const scope = c.layer === 'communes' ? `communes/${c.provinceCode}` : c.layer;
  const year = c.year === null ? '' : `/${c.year}${c.registered ? '-dang-ky' : ''}`;
  return `${scope}/${indicatorId}${year}`;
}

export const chartIds = {
  trend: (place: Place, indicatorId: string): string => `trend/${placeSegment(place)}/${indicatorId}`,
  ranking: (c: LayerChoice, indicatorId: string): string => `ranking/${choicePath(c, indicatorId)}`,
  map: (c: LayerChoice, indicatorId: string): string => `map/${choicePath(c, indicatorId)}`,
  locator: (communeCode: string): string => `locator/${communeCode}`,
};

export { chartPageHref };
