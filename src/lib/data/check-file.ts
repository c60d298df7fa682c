/**
 * The browser check (/du-lieu/kiem-tra/): files a person drops, checked against the published
 * catalogue with the same readers and messages as `npm run validate`. New sources and indicators
 * in the files join the catalogue for the figures beside them; an id or URL already published is
 * reported as it would be in the repository.
 */
import type { Indicator, Observation, Place, RowOrigin, Source } from './model.ts';
import { placeIndexes } from './check-dataset.ts';
import { recordsOf, tablesOf, type DataFile } from './data-files.ts';
import { readIndicators, readSources } from './load-catalogue.ts';
import { readObservations } from './load-observations.ts';
import { sortProblems, type Problem } from './problems.ts';
import { INDICATORS, SOURCES } from './tables/catalogue.ts';
import { OBSERVATIONS } from './tables/observations.ts';

export interface Catalogue {
  places: Place[];
  indicators: Indicator[];
  sources: Source[];
  illustrative: boolean;
}

export interface FileCheck {
  problems: Problem[];
  observations: Observation[];
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
}

const indexes = new WeakMap<Catalogue, ReturnType<typeof placeIndexes>>();

export function checkFiles(catalogue: Catalogue, files: readonly DataFile[]): FileCheck {
  const problems: Problem[] = [];
  for (const f of files) {
    tablesOf(f);
    problems.push(...f.problems);
  }
  const writtenIndicators = new Map<string, RowOrigin>(catalogue.indicators.map((i) => [i.id, i.origin]));
  const writtenSources = new Map<string, RowOrigin>(catalogue.sources.map((s) => [s.id, s.origin]));
  const urls = new Map<string, { id: string } & RowOrigin>();
  for (const s of catalogue.sources) if (s.url) urls.set(s.url.replace(/\/+$/, '').replace(/^http:/, 'https:'), { id: s.id, ...s.origin });

  const indicators = new Map(catalogue.indicators.map((i) => [i.id, i]));
  for (const i of readIndicators(recordsOf(files, INDICATORS, problems), writtenIndicators, problems)) indicators.set(i.id, i);
  const sources = new Map(catalogue.sources.map((s) => [s.id, s]));
  for (const s of readSources(recordsOf(files, SOURCES, problems), writtenSources, problems, urls)) sources.set(s.id, s);

  let idx = indexes.get(catalogue);
  if (!idx) indexes.set(catalogue, (idx = placeIndexes(catalogue.places)));
  const observations = readObservations(
    recordsOf(files, OBSERVATIONS, problems),
    { ...idx, indicators, sources, writtenIds: new Set([...writtenIndicators.keys(), ...writtenSources.keys()]), illustrative: catalogue.illustrative },
    problems,
  );
  return { problems: sortProblems(problems), observations, indicators, sources };
}
