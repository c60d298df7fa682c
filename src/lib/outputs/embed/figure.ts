/**
 * What the page needs to print a chart's "Nhúng, tải về" control: the chart's embed facts and the
 * data version its pinned embed code names. Printing a chart also hands it to the embed generator
 * (registry.ts), which writes its embed page and downloads.
 */
import { getModel } from '../../data/site-model.ts';
import type { ChartOutput } from '../../present/charts/types.ts';
import { siteConfig } from '../../site/config.ts';
import { embedFacts, type EmbedFacts } from './facts.ts';
import { buildArchive, pinFor, type PinEntry } from './pinned.ts';
import { collectChart } from './registry.ts';

export interface PrintedChart {
  facts: EmbedFacts;
  pin: PinEntry;
}

export function printChart(chart: ChartOutput): PrintedChart {
  const facts = embedFacts(chart);
  collectChart(chart, getModel().dataset.illustrative, facts);
  const c = siteConfig();
  return { facts, pin: pinFor(chart, buildArchive(), { version: c.dataVersion, date: c.dataVersionDay }, facts.hash) };
}
