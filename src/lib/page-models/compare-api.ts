/**
 * The fields of the static JSON API (src/lib/outputs/export/api.ts writes them) that the compare
 * page reads in the browser. Only what it reads: the files hold more. An absent key is an empty cell.
 */
import type { Basis, Qualifier, Unit } from '../data/model.ts';
import type { InsufficientReason, ProgressStatus } from '../model/progress/status.ts';
import type { TargetLevel } from '../model/targets.ts';

export interface ApiFigure {
  id: string;
  place_level: string;
  place_code: string;
  relation?: string;
  indicator: string;
  kind: 'result' | 'target';
  year?: number;
  value: number;
  qualifier?: Qualifier;
  basis?: Basis;
  source: string;
}

export interface ApiUsedFigure {
  year: number;
  value: number;
  qualifier?: Qualifier;
  figure: string;
}

export interface ApiTarget {
  year: number | null;
  value?: number;
  min?: number;
  max?: number;
  qualifier?: Qualifier;
  set_by_level: string;
  set_by_code: string;
  scope: TargetLevel;
}

export interface ApiAssessment {
  indicator: string;
  basis?: Basis;
  status: ProgressStatus;
  reason?: InsufficientReason;
  approximate: boolean;
  base?: ApiUsedFigure;
  latest?: ApiUsedFigure;
  context?: ApiUsedFigure;
  target?: ApiTarget;
  other_targets?: ApiAssessment[];
  /** Only in former_unit_assessments: whose series it is. */
  place_level?: string;
  place_code?: string;
  relation?: string;
}

export interface ApiUnitRef {
  level: string;
  code: string;
  full_name?: string;
  label?: string;
  api_url?: string;
}

export interface ApiPlaceFile {
  data_version: string;
  illustrative?: boolean;
  place: { level: string; code: string; full_name: string; label?: string; province_code?: string; page_url: string };
  successors?: ApiUnitRef[];
  former_units?: ApiUnitRef[];
  former_districts?: ApiUnitRef[];
  communes?: { code: string; full_name: string }[];
  figures: ApiFigure[];
  assessments: ApiAssessment[];
  former_unit_assessments?: ApiAssessment[];
  indicators: Record<string, { name_vi: string; unit: Unit }>;
  sources: Record<string, { title: string; number?: string; page_url: string }>;
}

export interface ApiIndexFile {
  data_version: string;
  illustrative?: boolean;
  places: { level: string; code: string; full_name: string }[];
  former_places?: { level: string; code: string; label: string }[];
  indicators: { id: string; name_vi: string; unit: Unit; main?: boolean; group: string; figure_count: number }[];
}

/** A site path from an absolute API URL (same site by construction): links stay on the origin the page was opened from. */
export function localPath(url: string): string {
  const u = new URL(url, 'http://x.invalid');
  return u.pathname + u.search + u.hash;
}
