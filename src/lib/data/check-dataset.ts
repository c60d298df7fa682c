/**
 * A whole data set, from its files to the typed model, in phases:
 * admin units → indicators and sources → observations → cross-checks → indexes.
 * Returns every problem found; the model is only usable when there is no error. No file system:
 * the files come in already read (load-dataset.ts on disk, the browser check from a drop).
 */
import type { DatasetInfo, Indicator, Model, NewsPost, Place, RowOrigin } from './model.ts';
import { indexFigures } from './figure-index.ts';
import { loadAdmin, type AdminData } from './load-admin.ts';
import { readIndicators, readSources } from './load-catalogue.ts';
import { readObservations } from './load-observations.ts';
import { msg } from './messages.ts';
import { sortProblems, type Problem } from './problems.ts';
import { recordsOf, tablesOf, type DataFile } from './data-files.ts';
import { INDICATORS, SOURCES } from './tables/catalogue.ts';
import { OBSERVATIONS } from './tables/observations.ts';
import type { Table } from './tables/column.ts';
import { compareVi } from '../text/collate.ts';
import { looseKey } from '../text/fold.ts';

export interface LoadResult {
  model?: Model;
  problems: Problem[];
  /** Number of data files read, for the report. */
  files: number;
}

export interface DatasetInput {
  dataset: DatasetInfo & { adminExtract?: boolean };
  files: DataFile[];
  /** Problems found before the files could be read: missing folders, odd entries, dataset.json. */
  problems: Problem[];
  /** Problems of files that are not tables (boundaries), checked against the model's places. */
  extraChecks?: (admin: AdminData) => Problem[];
  /** News posts, read once the places and indicators they name are known (none in the browser check). */
  news?: (refs: { places: Map<string, Place>; indicatorById: Map<string, Indicator> }, sink: Problem[]) => NewsPost[];
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Every place by key, and places by level and folded name for "did you mean" hints: that one is
 * built on first use, as only a row with a wrong code or name needs it (folding 28,000 names
 * costs more than reading 470 figures, and four times more on a phone).
 */
export function placeIndexes(all: readonly Place[]): { places: Map<string, Place>; placesByLevelName: () => Map<string, Place[]> } {
  const places = new Map(all.map((p) => [p.key, p]));
  let byName: Map<string, Place[]> | undefined;
  const placesByLevelName = () => {
    if (!byName) {
      byName = new Map();
      for (const p of all) {
        push(byName, `${p.level}:${looseKey(p.fullName)}`, p);
        push(byName, `${p.level}:${looseKey(p.name)}`, p);
      }
    }
    return byName;
  };
  return { places, placesByLevelName };
}

export function checkDataset(input: DatasetInput): LoadResult {
  const problems: Problem[] = [...input.problems];
  const { files } = input;
  // Matching sheets to tables first: a sheet of unknown name is a problem of its file.
  for (const f of files) {
    tablesOf(f);
    problems.push(...f.problems);
  }
  const records = (t: Table) => recordsOf(files, t, problems);

  // Phase 1: administrative units and crosswalk.
  const admin = loadAdmin(records, problems, { extract: input.dataset.adminExtract === true, display: (rel) => files.find((f) => f.rel === rel)?.display ?? rel });
  if (input.extraChecks) problems.push(...input.extraChecks(admin));

  // Phase 2: indicators and sources.
  const writtenIndicators = new Map<string, RowOrigin>();
  const writtenSources = new Map<string, RowOrigin>();
  const indicators = readIndicators(records(INDICATORS), writtenIndicators, problems);
  const sources = readSources(records(SOURCES), writtenSources, problems);
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const legalColumn = Object.keys(INDICATORS.columns).indexOf('legal_basis') + 1;
  for (const ind of indicators) {
    for (const id of ind.legalBasis) {
      if (!sourceById.has(id) && !writtenSources.has(id)) {
        problems.push(msg.unknownRef({ ...ind.origin, column: legalColumn, columnName: 'legal_basis', value: id }, INDICATORS.columns.legal_basis.refers!));
      }
    }
  }
  for (const r of admin.regions) {
    if (r.sourceId && !sourceById.has(r.sourceId) && !writtenSources.has(r.sourceId)) {
      problems.push(msg.unknownRef({ file: admin.regionOrigins.get(r.key)?.file ?? 'admin/regions.csv', line: admin.regionOrigins.get(r.key)?.line ?? 0, column: 4, columnName: 'source', value: r.sourceId }, { vi: 'nguồn', en: 'source', where: 'data/sources/' }));
    }
  }

  // Phase 3: observations, checked against everything above.
  const allPlaces: Place[] = [admin.nation, ...admin.provinces, ...admin.communes, ...admin.formerProvinces, ...admin.formerDistricts, ...admin.formerCommunes, ...admin.regions];
  const { places, placesByLevelName } = placeIndexes(allPlaces);
  const observations = readObservations(
    records(OBSERVATIONS),
    { places, placesByLevelName, indicators: indicatorById, sources: sourceById, writtenIds: new Set([...writtenIndicators.keys(), ...writtenSources.keys()]), illustrative: input.dataset.illustrative },
    problems,
  );

  // Phase 3b: news posts, which name places and indicators.
  const news = input.news ? input.news({ places, indicatorById }, problems) : [];

  // Phase 4: cross-checks that need every table.
  const used = new Set<string>();
  for (const o of observations) {
    used.add(o.sourceId);
    if (o.planId) used.add(o.planId);
  }
  for (const i of indicators) for (const id of i.legalBasis) used.add(id);
  for (const r of admin.regions) if (r.sourceId) used.add(r.sourceId);
  // Only meaningful once every row could be read: a row with an error would look like an unused source.
  if (!problems.some((p) => p.severity === 'error')) {
    for (const s of sources) if (!used.has(s.id)) problems.push(msg.unusedSource(s.origin.file, s.origin.line, s.id));
  }

  const sorted = sortProblems(problems);
  const fileCount = files.length;
  if (sorted.some((p) => p.severity === 'error')) return { problems: sorted, files: fileCount };

  // Phase 5: indexes for the pages.
  const communesByProvince = new Map<string, Place[]>();
  for (const c of admin.communes) push(communesByProvince, c.parentKey!, c);
  for (const list of communesByProvince.values()) list.sort((a, b) => compareVi(a.name, b.name) || compareVi(a.fullName, b.fullName));

  // A former district's figures appear on a commune's page only when at least one of its former
  // communes went wholly into it: a sliver of a split commune does not make a district's total relevant.
  const formerDistrictsOfCommune = new Map<string, string[]>();
  const communesOfFormerDistrict = new Map<string, string[]>();
  for (const c of admin.communes) {
    const shown = new Set<string>();
    const touched = new Set<string>();
    for (const pred of admin.predecessors.get(c.key) ?? []) {
      const former = places.get(pred.key);
      const district = former?.level === 'former_commune' ? former.parentKey : former?.level === 'former_district' ? former.key : undefined;
      if (!district) continue;
      touched.add(district);
      if (pred.share === 'full') shown.add(district);
    }
    formerDistrictsOfCommune.set(c.key, [...shown]);
    for (const d of touched) push(communesOfFormerDistrict, d, c.key);
  }

  const model: Model = {
    dataset: { name: input.dataset.name, illustrative: input.dataset.illustrative },
    nation: admin.nation,
    provinces: [...admin.provinces].sort((a, b) => compareVi(a.name, b.name)),
    communes: admin.communes,
    formerProvinces: admin.formerProvinces,
    formerDistricts: admin.formerDistricts,
    formerCommunes: admin.formerCommunes,
    regions: admin.regions,
    places,
    communesByProvince,
    successors: admin.successors,
    predecessors: admin.predecessors,
    formerDistrictsOfCommune,
    communesOfFormerDistrict,
    indicators,
    indicatorById,
    sources,
    sourceById,
    observations,
    ...indexFigures(observations),
    news,
  };
  return { model, problems: sorted, files: fileCount };
}
