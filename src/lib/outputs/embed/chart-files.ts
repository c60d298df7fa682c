/**
 * Everything published for one chart, as text, from the chart and the build's context (pure):
 * the latest and pinned embed pages, oEmbed JSON, the standalone SVG card and the CSV. There is
 * no PNG file: the page's "Ảnh PNG" button draws the SVG card in the reader's browser
 * (components/embed/png-download.ts), and oEmbed's thumbnail is the share card of the chart's place,
 * indicator or province (home.ts `cardPageOf`).
 */
import type { ChartOutput } from '../../present/charts/types.ts';
import { chartCsv } from './chart-csv.ts';
import { embedCode, estimateHeight } from './code.ts';
import { cardPageOf } from './home.ts';
import { oembedJson } from './oembed.ts';
import { embedPage } from './page.ts';
import { absoluteUrl, downloadPath, embedPath, oembedPath, pinnedPath, RESIZE_SCRIPT_PATH, shareImagePath } from '../../site/urls.ts';
import type { PinEntry } from './pinned.ts';
import { standaloneSvg } from './standalone-svg.ts';
import { SHARE_CARD_SIZE } from '../../page-models/share-card.ts';

export interface BuildContext {
  version: string;
  date: string;
  illustrative: boolean;
}

export interface ChartFiles {
  id: string;
  /** Site paths (no base) → contents. */
  text: Map<string, string>;
  /** Site paths → the site path of a file in `text` with the same bytes (written as a hard link). */
  links: Map<string, string>;
}

export function chartFiles(chart: ChartOutput, pageHref: string, pin: PinEntry, ctx: BuildContext, height = estimateHeight(chart)): ChartFiles {
  const abs = absoluteUrl;
  // The chart's own place on its page, anchor included (a ranking and its map share a page).
  const pageUrl = new URL(pageHref, abs('/')).href;
  const code = (src: string) => embedCode({ src, title: chart.title, height, scriptSrc: abs(RESIZE_SCRIPT_PATH) });
  // Like the embed page, the SVG card names the version that first published its content.
  const card = standaloneSvg(chart, { pageUrl, version: pin.version, date: pin.date, illustrative: ctx.illustrative });
  const base = { pageHref, pageUrl, illustrative: ctx.illustrative };
  const thumbnail = { url: abs(shareImagePath(cardPageOf(chart.id))), ...SHARE_CARD_SIZE };

  const text = new Map<string, string>();
  // The latest and the pinned URL serve the same page (page.ts): one file, linked.
  text.set(embedPath(chart.id), embedPage(chart, { ...base, oembedUrl: abs(oembedPath(chart.id)), version: pin.version, date: pin.date }));
  const links = new Map([[pinnedPath(pin.version, chart.id), embedPath(chart.id)]]);
  text.set(oembedPath(chart.id), oembedJson(chart, { html: code(abs(embedPath(chart.id))).full, height, providerUrl: abs('/'), thumbnail }));
  text.set(downloadPath(chart.id, 'svg'), card.svg);
  text.set(downloadPath(chart.id, 'csv'), chartCsv(chart));
  return { id: chart.id, text, links };
}
