/**
 * What both the page (the embed code under a chart) and the embed generator need about a chart:
 * its content hash (which pinned version it has) and the embed page's starting height. Computed
 * once where the page prints the chart and handed over with it (registry.ts).
 */
import type { ChartOutput } from '../../present/charts/types.ts';
import { estimateHeight } from './code.ts';
import { contentHash } from './pinned.ts';

export interface EmbedFacts {
  hash: string;
  height: number;
}

export function embedFacts(chart: ChartOutput): EmbedFacts {
  return { hash: contentHash(chart), height: estimateHeight(chart) };
}
