/**
 * The one typed, normalised model every page is built from.
 * All text is NFC; codes are full-length strings; numbers are numbers.
 */

/** Current units have pages; former units appear on their successors' pages. */
export type PlaceLevel =
  | 'national'
  | 'province'
  | 'commune'
  | 'former_province'
  | 'former_district'
  | 'former_commune'
  | 'region';

export interface Place {
  /** `${level}:${code}`, unique across levels (former and current codes overlap). */
  key: string;
  level: PlaceLevel;
  code: string;
  /** Short name without the type word: "Hà Nội", "Ba Đình". */
  name: string;
  /** Official full name with the type word: "Thành phố Hà Nội", "Phường Ba Đình". */
  fullName: string;
  /** Type word: "Tỉnh", "Thành phố", "Xã", "Phường", "Đặc khu", "Huyện", "Quận"… */
  type: string;
  /** Key of the parent unit at the same date (province of a commune, district of a former commune). */
  parentKey?: string;
  /** Province key of a commune (current) or of a former commune or district (2025-03-01 province). */
  provinceKey?: string;
  /** Official full name on 2025-07-01 when a later decision changed the type (Đồng Nai, 2026). */
  formerFullName?: string;
  /** Other official spellings (GSO letter 1027), kept so search finds them. */
  altNames?: string[];
  /** Code in GSO letter 1027 when it differs from the list used here (known problem, shown). */
  gsoCode?: string;
  /** Known problem from the crosswalk's quality notes. */
  qaNote?: string;
  /**
   * A unit that no longer existed on 2025-03-01 (data/admin/dissolved-units.csv): the unit of the
   * same level that absorbed it, and why it is kept under its own name.
   */
  absorbedIntoKey?: string;
  dissolvedNote?: string;
}

export interface SuccessorLink {
  /** Key of a current unit. */
  key: string;
  /** Whether the whole former unit went into it or only part of it. */
  share: 'full' | 'partial';
  qaNote?: string;
}

export interface PredecessorLink {
  /** Key of a former unit. */
  key: string;
  share: 'full' | 'partial';
  qaNote?: string;
}

export interface Region extends Place {
  memberFormerProvinceKeys: string[];
  sourceId?: string;
  note?: string;
}

/**
 * Levels at which an indicator can apply. Some count or share units of a level ("tỷ lệ xã có
 * TTHTCĐ", "số huyện đạt chuẩn"): they mean nothing for a single commune. Former units count
 * as their level: a former commune as a commune, a former district as a district.
 */
export type LevelClass = 'national' | 'province' | 'district' | 'commune';

export type Unit = 'percent' | 'count' | 'vnd' | 'vnd_per_person' | 'ratio' | 'percent_change';
export type IndicatorGroup = 'models' | 'association' | 'fund' | 'centres' | 'education' | 'digital';

export interface Indicator {
  id: string;
  nameVi: string;
  nameEn: string;
  unit: Unit;
  denominator?: string;
  higherIsBetter: boolean;
  group: IndicatorGroup;
  main: boolean;
  /** Levels it applies to; all when the catalogue leaves the cell empty. */
  levels: LevelClass[];
  definition: string;
  legalBasis: string[];
  note?: string;
  origin: RowOrigin;
}

export type SourceType = 'legal' | 'plan' | 'article' | 'report' | 'website';

export interface Source {
  id: string;
  type: SourceType;
  title: string;
  number?: string;
  issuer?: string;
  publisher?: string;
  /** ISO, possibly partial: "2021-07-30", "2021-07", "2021". */
  date?: string;
  url?: string;
  language: string;
  note?: string;
  origin: RowOrigin;
}

export type Kind = 'target' | 'result';
export type Qualifier = 'exact' | 'more_than' | 'at_least' | 'about' | 'nearly' | 'less_than';
export type Basis = 'recognised' | 'registered';
/**
 * Why a figure cannot decide a status on its own: its own note says it contradicts other figures
 * (`disputed`) or it was read in a copy that cannot be trusted (`unverified_copy`).
 */
export type Reliability = 'disputed' | 'unverified_copy';

/** Where a row came from, so every number on the site can be traced to its line in data/. */
export interface RowOrigin {
  file: string;
  line: number;
}

export interface Observation {
  /** Derived from what the figure is, not where its row sits (data/figure-id.ts). */
  id: string;
  placeKey: string;
  placeName?: string;
  indicatorId: string;
  kind: Kind;
  year: number | null;
  value: number;
  /** Upper end of a target published as a range ("từ 32.000 đến 35.000 đồng"); `value` is the lower end. */
  valueMax?: number;
  qualifier: Qualifier;
  basis?: Basis;
  /** Set when the figure must be checked before it can decide a status (docs: /phuong-phap/). */
  reliability?: Reliability;
  numerator?: number;
  denominator?: number;
  sourceId: string;
  /** Tells apart two figures one source gives for the same place, indicator, kind, year and basis. */
  variant?: string;
  planId?: string;
  quote: string;
  note?: string;
  origin: RowOrigin;
}

/** A news post of the association (tin-tuc/*.mdx; its body is rendered by Astro). */
export interface NewsPost {
  /** File name without ".mdx": the post's address and its id in the content collection. */
  slug: string;
  title: string;
  /** YYYY-MM-DD */
  date: string;
  summary: string;
  /** Keys of the places it names. */
  placeKeys: string[];
  indicatorIds: string[];
  /** Path shown in messages and links to the repository. */
  file: string;
}

export interface DatasetInfo {
  name: string;
  /** True only for generated demo data: every page then says "dữ liệu minh họa". */
  illustrative: boolean;
}

export interface Model {
  dataset: DatasetInfo;
  nation: Place;
  provinces: Place[];
  communes: Place[];
  formerProvinces: Place[];
  formerDistricts: Place[];
  formerCommunes: Place[];
  regions: Region[];
  /** Every place by key. */
  places: Map<string, Place>;
  /** Current communes of each current province key, in Vietnamese collation order. */
  communesByProvince: Map<string, Place[]>;
  /** Former unit key → the current units it went into. */
  successors: Map<string, SuccessorLink[]>;
  /** Current unit key → the former units it absorbed (communes for communes, provinces for provinces). */
  predecessors: Map<string, PredecessorLink[]>;
  /** Current commune key → former districts at least one of whose communes went wholly into it. */
  formerDistrictsOfCommune: Map<string, string[]>;
  /** Former district key → every current commune that received any part of it. */
  communesOfFormerDistrict: Map<string, string[]>;
  indicators: Indicator[];
  indicatorById: Map<string, Indicator>;
  sources: Source[];
  sourceById: Map<string, Source>;
  observations: Observation[];
  /** Observations by place key (the key written in the data, current or former). */
  observationsByPlace: Map<string, Observation[]>;
  observationsByIndicator: Map<string, Observation[]>;
  observationsBySource: Map<string, Observation[]>;
  /** News posts, newest first. */
  news: NewsPost[];
}
