/**
 * The one typed, normalised model every page is built from.
 * All text is NFC; codes are full-length strings; numbers are numbers.
 */
import type { Basis, IndicatorGroup, Kind, LevelClass, PlaceLevel, Qualifier, Reliability, Share, SourceType, Unit } from './choices.ts';

/** The enumerations come from the table schemas' codes (choices.ts, tables/). */
export type { Basis, IndicatorGroup, Kind, LevelClass, PlaceLevel, Qualifier, Reliability, Share, SourceType, Unit } from './choices.ts';

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
  share: Share;
  qaNote?: string;
}

export interface PredecessorLink {
  /** Key of a former unit. */
  key: string;
  share: Share;
  qaNote?: string;
}

export interface Region extends Place {
  memberFormerProvinceKeys: string[];
  sourceId?: string;
  note?: string;
}


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


/** Where a row came from, so every number on the site can be traced to its line in data/. */
export interface RowOrigin {
  file: string;
  /** Line of a CSV file; row of a workbook's sheet. */
  line: number;
  /** Sheet of a workbook. */
  sheet?: string;
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
  /** The figure as the source prints it ("24,464 tỷ đồng"), when `value` was converted from it. */
  valueAsPublished?: string;
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
