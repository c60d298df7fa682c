/**
 * Loads a whole data folder into the typed model, in phases:
 * admin units → indicators and sources → observations → cross-checks → indexes.
 * Returns every problem found; the model is only usable when there is no error.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { DatasetInfo, Model, Place, RowOrigin } from './model.ts';
import { loadAdmin } from './load-admin.ts';
import { indexFigures } from './figure-index.ts';
import { loadNews } from './load-news.ts';
import { INDICATOR_COLUMNS, SOURCE_COLUMNS, readIndicators, readSources } from './load-catalogue.ts';
import { OBSERVATION_COLUMNS, readObservations } from './load-observations.ts';
import { msg } from './messages.ts';
import { sortProblems, type Problem } from './problems.ts';
import { readTable, type ColumnSpec, type TableRecord } from './read-table.ts';
import { compareVi } from '../text/collate.ts';
import { looseKey } from '../text/fold.ts';

export interface LoadResult {
  model?: Model;
  problems: Problem[];
  /** Number of CSV files read, for the report. */
  files: number;
}

function listCsv(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listCsv(full));
    else if (name.toLowerCase().endsWith('.csv')) out.push(full);
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * @param dataDir folder with dataset.json, admin/, indicators/, sources/, observations/
 * @param rootDir paths in messages are shown relative to this folder (the project root)
 */
export function loadDataset(dataDir: string, rootDir: string = process.cwd()): LoadResult {
  const problems: Problem[] = [];
  const display = (full: string) => relative(rootDir, full).split(sep).join('/');
  let files = 0;

  // Phase 1: dataset description.
  const datasetFile = join(dataDir, 'dataset.json');
  let dataset: DatasetInfo = { name: '', illustrative: false };
  if (!existsSync(datasetFile)) problems.push(msg.missingFolder(display(datasetFile)));
  else {
    try {
      const raw = JSON.parse(readFileSync(datasetFile, 'utf8')) as Partial<DatasetInfo>;
      if (typeof raw.name !== 'string' || typeof raw.illustrative !== 'boolean') {
        problems.push(msg.datasetInvalid(display(datasetFile), '"name" hoặc "illustrative" thiếu hay sai kiểu'));
      } else dataset = { name: raw.name.normalize('NFC'), illustrative: raw.illustrative };
    } catch (e) {
      problems.push(msg.datasetInvalid(display(datasetFile), (e as Error).message));
    }
  }

  // Phase 2: administrative units and crosswalk.
  const admin = loadAdmin(
    (rel) => {
      const full = join(dataDir, rel);
      if (!existsSync(full)) return undefined;
      files++;
      return readFileSync(full);
    },
    (rel) => display(join(dataDir, rel)),
    problems,
  );

  const readFolder = (folder: string, columns: readonly ColumnSpec[]): TableRecord[] => {
    const dir = join(dataDir, folder);
    if (!existsSync(dir)) {
      problems.push(msg.missingFolder(display(dir)));
      return [];
    }
    const records: TableRecord[] = [];
    for (const file of listCsv(dir)) {
      files++;
      const res = readTable(display(file), readFileSync(file), columns);
      problems.push(...res.problems);
      records.push(...res.records);
    }
    return records;
  };

  // Phase 3: indicators and sources.
  const writtenIndicators = new Map<string, RowOrigin>();
  const writtenSources = new Map<string, RowOrigin>();
  const indicators = readIndicators(readFolder('indicators', INDICATOR_COLUMNS), writtenIndicators, problems);
  const sources = readSources(readFolder('sources', SOURCE_COLUMNS), writtenSources, problems);
  const indicatorById = new Map(indicators.map((i) => [i.id, i]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  for (const ind of indicators) {
    for (const id of ind.legalBasis) {
      if (!sourceById.has(id)) {
        problems.push(
          msg.unknownRef(
            { file: ind.origin.file, line: ind.origin.line, column: INDICATOR_COLUMNS.findIndex((c) => c.name === 'legal_basis') + 1, columnName: 'legal_basis', value: id },
            { vi: 'văn bản', en: 'document', where: 'data/sources/' },
          ),
        );
      }
    }
  }

  // Phase 4: observations, checked against everything above.
  const allPlaces: Place[] = [
    admin.nation,
    ...admin.provinces,
    ...admin.communes,
    ...admin.formerProvinces,
    ...admin.formerDistricts,
    ...admin.formerCommunes,
    ...admin.regions,
  ];
  const places = new Map(allPlaces.map((p) => [p.key, p]));
  const placesByLevelName = new Map<string, Place[]>();
  for (const p of allPlaces) {
    push(placesByLevelName, `${p.level}:${looseKey(p.fullName)}`, p);
    push(placesByLevelName, `${p.level}:${looseKey(p.name)}`, p);
  }
  const observations = readObservations(readFolder('observations', OBSERVATION_COLUMNS), { places, placesByLevelName, indicators: indicatorById, sources: sourceById, writtenIds: new Set([...writtenIndicators.keys(), ...writtenSources.keys()]) }, problems);

  // Phase 4b: news posts, which name places and indicators.
  const news = loadNews(dataDir, display, { places, indicatorById }, problems);

  // Phase 5: cross-checks that need every table.
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
  if (sorted.some((p) => p.severity === 'error')) return { problems: sorted, files };

  // Phase 6: indexes for the pages.
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
    dataset,
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
  return { model, problems: sorted, files };
}
