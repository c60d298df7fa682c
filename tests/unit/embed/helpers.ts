/** Shared by the embed tests: every chart of a dataset, computed once per file. */
import { resolve } from 'node:path';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import type { ChartOutput } from '../../../src/lib/present/charts/types.ts';
import { chartCatalogue } from '../../../src/lib/outputs/embed/catalogue.ts';
import type { BuildContext } from '../../../src/lib/outputs/embed/chart-files.ts';
import { normalizeConfig, useSiteConfig } from '../../../src/lib/site/config.ts';

export const DATASETS = { real: resolve('data'), small: resolve('tests/fixtures/datasets/small') } as const;

const cache = new Map<string, { model: Model; charts: ChartOutput[] }>();
export function catalogue(dir: string): { model: Model; charts: ChartOutput[] } {
  let hit = cache.get(dir);
  if (!hit) {
    const model = loadDataset(dir).model;
    if (!model) throw new Error(`dataset ${dir} does not load`);
    hit = { model, charts: chartCatalogue(model) };
    cache.set(dir, hit);
  }
  return hit;
}

/** Embed files name absolute URLs: the site these tests publish to. */
useSiteConfig(normalizeConfig({ SITE_URL: 'https://example.org', DATA_VERSION: 'abc1234567' }));
export const CTX: BuildContext = { version: 'abc1234567', date: '2025-07-01', illustrative: false };

/** One chart of each kind, the largest SVG of its kind (the worst case for sizes). */
export function largestOfEachKind(charts: ChartOutput[]): ChartOutput[] {
  const best = new Map<string, ChartOutput>();
  for (const c of charts) if ((best.get(c.kind)?.svg.length ?? -1) < c.svg.length) best.set(c.kind, c);
  return [...best.values()];
}
