/**
 * Hands every chart a page prints to the embed generator while Astro renders the pages, so the
 * generator need not compute the 4,000 charts a second time (≈ 7 s of a core).
 *
 * The integration (src/integrations/embed-files.ts) installs a collector on `globalThis` at
 * build start; ChartFigure.astro calls `collectChart` for each chart it prints. The page code and
 * the integration are different module instances (Vite bundles the pages), hence the global.
 * Without a collector (`astro dev`, tests) nothing happens.
 */
import type { ChartOutput } from '../../present/charts/types.ts';
import type { EmbedFacts } from './facts.ts';

export interface Collected {
  chart: ChartOutput;
  illustrative: boolean;
  facts: EmbedFacts;
}

export type Collector = (c: Collected) => void;

const KEY = Symbol.for('xhht.embed.collector');
type WithCollector = typeof globalThis & { [KEY]?: Collector };

export function installCollector(collector: Collector | undefined): void {
  if (collector) (globalThis as WithCollector)[KEY] = collector;
  else delete (globalThis as WithCollector)[KEY];
}

export function collectChart(chart: ChartOutput, illustrative: boolean, facts: EmbedFacts): void {
  (globalThis as WithCollector)[KEY]?.({ chart, illustrative, facts });
}
