/**
 * Static oEmbed (https://oembed.com, §2.3.4 type "rich") for each chart: the iframe code, its
 * size, and the PNG as thumbnail. Discovered through <link rel="alternate"
 * type="application/json+oembed"> on the embed page and on the pages showing the chart.
 */
import { t } from '../../../i18n/index.ts';
import type { ChartOutput } from '../../present/charts/types.ts';
import { EMBED_WIDTH } from './code.ts';

export interface OEmbedContext {
  /** The iframe code (with the resize script). */
  html: string;
  height: number;
  providerUrl: string;
  thumbnail?: { url: string; width: number; height: number };
}

/** One day: a chart changes only with a data commit. */
export const OEMBED_CACHE_AGE = 86400;

export function oembedJson(chart: ChartOutput, ctx: OEmbedContext): string {
  const out: Record<string, string | number> = {
    version: '1.0',
    type: 'rich',
    title: chart.title,
    provider_name: t('site.title'),
    provider_url: ctx.providerUrl,
    cache_age: OEMBED_CACHE_AGE,
    html: ctx.html,
    width: EMBED_WIDTH,
    height: ctx.height,
  };
  if (ctx.thumbnail) {
    out.thumbnail_url = ctx.thumbnail.url;
    out.thumbnail_width = ctx.thumbnail.width;
    out.thumbnail_height = ctx.thumbnail.height;
  }
  return `${JSON.stringify(out, null, 1)}\n`;
}
