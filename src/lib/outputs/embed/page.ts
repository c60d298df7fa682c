/**
 * Embed pages as HTML strings: one chart, its title, SVG, legend, summary sentence, notes, source
 * and credit, the data version and date, and a link back to its full page; no site chrome, one
 * stylesheet shared by every embed page (css.ts), inline SVG, nothing else to load, readable without
 * JavaScript. The small inline script only reports the page height to a host page (resize.ts).
 *
 * One page serves both URLs of a chart, the latest (/nhung/<id>.html) and the pinned one
 * (/nhung/phien-ban/<version>/<id>.html, a hard link to the same file): it names the data version
 * that first published what it shows (pinned.ts), which is that of the pinned URL. It holds
 * NEWER_MARK, where scripts/archive-embeds.ts writes the "newer data" notice into its archived copy
 * once the chart has changed (the latest URL then has the new page).
 */
import { t } from '../../../i18n/index.ts';
import { formatDate } from '../../present/format/vi.ts';
import { domId, esc } from '../../present/charts/svg.ts';
import type { ChartOutput } from '../../present/charts/types.ts';
import { href } from '../../site/urls.ts';
import { embedCssPath } from './css.ts';
import { childScript } from './resize.ts';
import { viewScript } from './views.ts';

export const NEWER_MARK = '<!--xhht-embed-newer-->';

export interface EmbedPageContext {
  /** Full page of the chart (base included, with its anchor): the link back. */
  pageHref: string;
  /** Absolute URL of the full page, for rel=canonical. */
  pageUrl: string;
  /** Absolute URL of the chart's oEmbed JSON. */
  oembedUrl: string;
  illustrative: boolean;
  /** The data version (and its date) that first published this content: the chart's pinned version. */
  version: string;
  date: string;
}

function figure(chart: ChartOutput): string {
  const legend = chart.legend.length
    ? `<ul class="chart-legend" aria-label="${esc(t('chart.legend'))}">${chart.legend.map((i) => `<li>${i.swatch}<span>${esc(i.label)}</span></li>`).join('')}</ul>`
    : '';
  return (
    `<figure class="chart chart-${chart.kind}" id="${domId(chart.id)}" data-embed="${esc(chart.id)}">` +
    `<div class="chart-svg">${chart.svg}</div>` +
    legend +
    `<p class="chart-summary">${esc(chart.summary)}</p>` +
    chart.notes.map((n) => `<p class="chart-note">${esc(n)}</p>`).join('') +
    (chart.sourceLine ? `<p class="chart-source">${esc(chart.sourceLine)}</p>` : '') +
    (chart.credit ? `<p class="chart-source">${esc(chart.credit)}</p>` : '') +
    '</figure>'
  );
}

export function embedPage(chart: ChartOutput, ctx: EmbedPageContext): string {
  const versionText = t('embed.page.version', { version: ctx.version, date: formatDate(ctx.date) });
  const head =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">' +
    `<title>${esc(`${chart.title} — ${t('site.shortTitle')}`)}</title>` +
    `<meta name="description" content="${esc(chart.summary)}">` +
    // Search engines are pointed at the full page, from the latest and the pinned URL alike.
    `<link rel="canonical" href="${esc(ctx.pageUrl)}">` +
    `<link rel="alternate" type="application/json+oembed" href="${esc(ctx.oembedUrl)}" title="${esc(chart.title)}">` +
    `<link rel="icon" href="${esc(href('/favicon.svg'))}" type="image/svg+xml">` +
    '<meta name="color-scheme" content="light dark">' +
    // Links leave the frame: a reader clicking through wants the site, not the site inside a box.
    '<base target="_blank">' +
    `<link rel="stylesheet" href="${esc(href(embedCssPath()))}">` +
    (chart.views?.length ? `<script>${viewScript(chart)}</script>` : '');
  const body =
    '<main>' +
    (ctx.illustrative ? `<p class="embed-demo" role="note">${esc(t('site.illustrative'))}</p>` : '') +
    NEWER_MARK +
    `<h1>${esc(chart.title)}</h1>` +
    figure(chart) +
    `<p class="embed-meta">${esc(versionText)} <a href="${esc(ctx.pageHref)}">${esc(t('embed.page.full', { site: t('site.title') }))}</a></p>` +
    '</main>' +
    `<script>${childScript(chart.id)}</script>`;
  return `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>\n`;
}

/** The notice written into a pinned page whose chart has changed (no JavaScript needed). */
export function newerNotice(latestHref: string): string {
  return `<p class="embed-newer" role="note"><a href="${esc(latestHref)}" target="_self">${esc(t('embed.page.newer'))}</a></p>`;
}
