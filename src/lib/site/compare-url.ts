/**
 * Addresses of the compare page and the view parameters of pages, without any import: the browser
 * scripts read and write them too (site/urls.ts, which reads the configuration, cannot go there).
 *
 *   /so-sanh/?ma=tinh-86,tinh-01    2 to 4 places, each as the kind of its page URL and its code:
 *     ca-nuoc                       the nation (its page is the home page: no code)
 *     tinh-01, xa-00004             a province, a commune        (/tinh/01/, /xa/00004/)
 *     cum-thi-dua-<code>            an emulation cluster          (/cum-thi-dua/<code>/)
 *     tinh-cu-01, huyen-cu-271,     a former province, district or commune (before 2025), when it
 *     xa-cu-09619                   has figures of its own (it then has an API file)
 *
 *   ?nam=2023                       the year of the maps and rankings of a page (see charts/README)
 *   ?chi-tieu=<indicator id>        the indicator of the national page's map and ranking
 */

export const COMPARE_PATH = '/so-sanh/';
export const COMPARE_PARAM = 'ma';
export const YEAR_PARAM = 'nam';
export const INDICATOR_PARAM = 'chi-tieu';
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export interface LevelCode {
  level: string;
  code: string;
}

const NATION = 'ca-nuoc';
const NATION_CODE = 'VN';

/** Kind slugs, the longest first so that "tinh-cu-01" is not read as a province "cu-01". */
const KINDS: [slug: string, level: string][] = [
  ['cum-thi-dua', 'region'],
  ['huyen-cu', 'former_district'],
  ['tinh-cu', 'former_province'],
  ['xa-cu', 'former_commune'],
  ['tinh', 'province'],
  ['xa', 'commune'],
];

/** "tinh-01" for a province, "ca-nuoc" for the nation; undefined for a level that cannot be compared. */
export function compareSlug(place: LevelCode): string | undefined {
  if (place.level === 'national') return NATION;
  const kind = KINDS.find(([, level]) => level === place.level);
  return kind ? `${kind[0]}-${place.code}` : undefined;
}

/** The place a slug names, or undefined when it is not one (the page then says which one it could not read). */
export function parseCompareSlug(slug: string): LevelCode | undefined {
  const s = slug.trim().toLowerCase();
  if (s === NATION) return { level: 'national', code: NATION_CODE };
  for (const [kind, level] of KINDS) {
    if (!s.startsWith(`${kind}-`)) continue;
    const code = slug.trim().slice(kind.length + 1);
    return /^[A-Za-z0-9_-]+$/.test(code) ? { level, code } : undefined;
  }
  return undefined;
}

/** The slugs of a `ma` value, in order, without repeats and empty items. */
export function compareSlugs(value: string | null): string[] {
  const out: string[] = [];
  for (const part of (value ?? '').split(',')) {
    const s = part.trim().toLowerCase();
    if (s && !out.includes(s)) out.push(s);
  }
  return out;
}

/** "/so-sanh/?ma=tinh-86,tinh-01" (without the base); commas stay readable in the address. */
export function comparePath(places: LevelCode[]): string {
  const slugs = places.map(compareSlug).filter((s): s is string => Boolean(s));
  return slugs.length ? `${COMPARE_PATH}?${COMPARE_PARAM}=${slugs.join(',')}` : COMPARE_PATH;
}
