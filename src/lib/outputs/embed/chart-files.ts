/**
 * Everything published for one chart, as text, from the chart and the build's context (pure):
 * the latest and pinned embed pages, oEmbed JSON, the standalone SVG card and the CSV. The PNG is
 * the card rasterised later (generate.ts), at the size given here.
 */
import type { ChartOutput } from '../../present/charts/types.ts';
import { chartCsv } from './chart-csv.ts';
import { embedCode, estimateHeight } from './code.ts';
import { oembedJson } from './oembed.ts';
import { embedPage } from './page.ts';
import { absoluteUrl, downloadPath, embedPath, oembedPath, pinnedPath, RESIZE_SCRIPT_PATH } from '../../site/urls.ts';
import type { PinEntry } from './pinned.ts';
import { PNG_SCALE } from './png.ts';
import { standaloneSvg, svgSize } from './standalone-svg.ts';

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
  png: { path: string; svg: string; width: number; height: number };
}

/** Size of the PNG resvg draws for a card `width`×`height` at `scale` (fitTo width, height rounded up). */
export function pngSize(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.round(width * scale), height: Math.ceil(height * scale) };
}

export function chartFiles(chart: ChartOutput, pageHref: string, pin: PinEntry, ctx: BuildContext, height = estimateHeight(chart)): ChartFiles {
  const abs = absoluteUrl;
  const pageUrl = new URL(pageHref, abs('/')).href;
  const code = (src: string) => embedCode({ src, title: chart.title, height, scriptSrc: abs(RESIZE_SCRIPT_PATH) });
  // Like the embed page, the SVG card names the version that first published its content.
  const cardCtx = { pageUrl: pageUrl.replace(/#.*$/, ''), version: pin.version, date: pin.date, illustrative: ctx.illustrative };
  const card = standaloneSvg(chart, cardCtx);
  // Locators (3,321, a province outline with one commune filled) are drawn bare: their card text
  // would double the time of the build's PNGs, and the page shows them without it too.
  const pngCard = chart.kind === 'locator' ? { svg: chart.svg, ...svgSize(chart.svg) } : standaloneSvg(chart, cardCtx, { full: false });
  const png = pngSize(pngCard.width, pngCard.height, PNG_SCALE[chart.kind]);
  const pngPath = downloadPath(chart.id, 'png');
  const base = { pageHref, pageUrl, illustrative: ctx.illustrative };

  const text = new Map<string, string>();
  // The latest and the pinned URL serve the same page (page.ts): one file, linked.
  text.set(embedPath(chart.id), embedPage(chart, { ...base, oembedUrl: abs(oembedPath(chart.id)), version: pin.version, date: pin.date }));
  const links = new Map([[pinnedPath(pin.version, chart.id), embedPath(chart.id)]]);
  text.set(
    oembedPath(chart.id),
    oembedJson(chart, { html: code(abs(embedPath(chart.id))).full, height, providerUrl: abs('/'), thumbnail: { url: abs(pngPath), ...png } }),
  );
  text.set(downloadPath(chart.id, 'svg'), card.svg);
  text.set(downloadPath(chart.id, 'csv'), chartCsv(chart));
  return { id: chart.id, text, links, png: { path: pngPath, svg: pngCard.svg, ...png } };
}
