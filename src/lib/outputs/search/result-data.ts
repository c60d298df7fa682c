/**
 * What a search result shows and the re-ranker compares, but nobody searches for: the unit's
 * type, its province, and the former units it absorbed with their districts and provinces.
 *
 * Pagefind has no unsearchable metadata: every `data-pagefind-meta` field is indexed word by
 * word, so these strings would grow the index chunks that a first query downloads. Filter values
 * are not indexed as words and a filter's values are only downloaded when a search filters by it,
 * so this record rides, as one JSON string, on the filter key `d` that the UI never filters by.
 * It reaches the browser inside each result's fragment (`result.data().filters.d[0]`).
 */

/** Filter key carrying the JSON of {@link ResultData}; never used to filter. */
export const DATA_FILTER = 'd';

/** Filter key set on province pages only (value "tinh"): the engine's search among provinces. */
export const PROVINCE_FILTER = 'cap';

/**
 * One former unit: [type, name, district type, district name, province type, province name,
 * share, anchor, district anchor]. The anchors are the ids of the lines on the successor's page
 * that name the unit and its district (`formerAnchor` in site/urls.ts).
 */
export type FormerTuple = [
  type: string,
  name: string,
  districtType: string,
  district: string,
  provinceType: string,
  province: string,
  share: 'full' | 'partial',
  anchor: string,
  districtAnchor: string,
];

export interface ResultData {
  /** Type word of the unit: "Xã", "Phường", "Đặc khu", "Tỉnh", "Thành phố"; empty for non-places. */
  t: string;
  /** Name without the type word: "Tân Phú". */
  n: string;
  /** Other official spellings of the name, without type word. */
  a?: string[];
  /** Province of a commune: [type, name]. */
  p?: [string, string];
  /** Former units it absorbed (communes or districts for a commune, provinces for a province). */
  f?: FormerTuple[];
}

export function encodeResultData(d: ResultData): string {
  return JSON.stringify(d);
}

/** Reads the record back from a fragment's filters; `undefined` for pages without one (about page). */
export function decodeResultData(filters: Record<string, string[]> | undefined): ResultData | undefined {
  const raw = filters?.[DATA_FILTER]?.[0];
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as ResultData;
  } catch {
    return undefined;
  }
}
