/**
 * Prints the compare view (src/lib/page-models/compare-page.ts) as HTML: one table per indicator
 * (a row per series, the place named once), then its combined chart in the markup of
 * components/charts/ChartFigure.astro, so the site's chart styles and enhancement apply. Badges
 * are copies of the page's <template>s (components/progress/StatusBadge.astro). Prints only.
 */
import type { CompareEntryView, CompareIndicatorView, CompareView } from '../../lib/page-models/compare-page.ts';
import type { ChartOutput } from '../../lib/present/charts/types.ts';
import type { BadgeView } from '../../lib/present/progress/badge.ts';
import { domId, esc, svgForPage } from '../../lib/present/charts/svg.ts';
import { formatNumber } from '../../lib/present/format/vi.ts';
import { t } from '../../i18n/index.ts';

const link = (href: string, text: string) => `<a href="${esc(href)}">${esc(text)}</a>`;

function badge(doc: Document, b: BadgeView): string {
  const tpl = doc.querySelector<HTMLTemplateElement>(`template[data-badge="${b.status}"]`);
  const html = tpl ? tpl.innerHTML.trim() : `<span class="pg-badge pg-${b.status}"><span>${esc(b.text)}</span></span>`;
  return b.approxText ? html.replace(/<\/span>\s*$/, `<span class="pg-approx">(${esc(b.approxText)})</span></span>`) : html;
}

function entryCells(doc: Document, e: CompareEntryView): string {
  const value =
    `<strong>${esc(e.valueText)}</strong>${e.yearText ? ` <span class="note">(${esc(e.yearText)})</span>` : ''}` +
    (e.basisText ? ` <span class="tag">${esc(e.basisText)}</span>` : '') +
    (e.whose ? `<br><span class="note">${esc(e.whose)}</span>` : '');
  const status = (e.badge ? badge(doc, e.badge) : '') + (e.note ? `<br><span class="note">${esc(e.note)}</span>` : '');
  return (
    `<td data-label="${esc(t('compare.col.latest'))}">${value}</td>` +
    `<td data-label="${esc(t('compare.col.status'))}">${status || '—'}</td>` +
    `<td data-label="${esc(t('compare.col.target'))}">${e.targetText ? esc(e.targetText) : '—'}</td>` +
    `<td data-label="${esc(t('compare.col.source'))}">${e.source ? link(e.source.href, e.source.title) : '—'}</td>`
  );
}

function table(doc: Document, ind: CompareIndicatorView): string {
  const head = ['compare.col.place', 'compare.col.latest', 'compare.col.status', 'compare.col.target', 'compare.col.source'].map((k) => `<th scope="col">${esc(t(k))}</th>`).join('');
  const rows = ind.cells
    .map((c) => {
      const place = (span: number) => `<th scope="row"${span > 1 ? ` rowspan="${span}"` : ''}>${link(c.place.href, c.place.label)}</th>`;
      if (!c.entries.length) return `<tr>${place(1)}<td colspan="4" class="compare-none">${esc(t('compare.none'))}</td></tr>`;
      return c.entries.map((e, i) => `<tr${i ? ' class="compare-more"' : ''}>${i === 0 ? place(c.entries.length) : ''}${entryCells(doc, e)}</tr>`).join('');
    })
    .join('');
  return `<div class="table-wrap"><table class="compare-table"><caption class="visually-hidden">${esc(ind.name)}</caption><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** components/charts/ChartFigure.astro without the embed control (this chart has no file of its own). */
export function chartFigure(chart: ChartOutput): string {
  const id = domId(chart.id);
  const { svg, hasDesc } = svgForPage(chart.svg, chart.id);
  const cell = (c: ChartOutput['table']['rows'][number][number]) => (typeof c === 'string' ? esc(c) : c.href ? link(c.href, c.text) : esc(c.text));
  const legend = chart.legend.length ? `<ul class="chart-legend" aria-label="${esc(t('chart.legend'))}">${chart.legend.map((i) => `<li>${i.swatch}<span>${esc(i.label)}</span></li>`).join('')}</ul>` : '';
  const num = (i: number) => (chart.table.numeric.includes(i) ? ' class="num"' : '');
  return (
    `<figure class="chart chart-${chart.kind}" id="${id}" data-chart="${esc(chart.id)}">` +
    `<figcaption class="chart-title">${esc(chart.title)}</figcaption>` +
    `<div class="chart-svg">${svg}</div>${legend}` +
    `<p class="chart-summary"${hasDesc ? ` id="${id}-d"` : ''}>${esc(chart.summary)}</p>` +
    chart.notes.map((n) => `<p class="chart-note">${esc(n)}</p>`).join('') +
    `<details class="chart-table"><summary>${esc(t('chart.table.show'))}</summary><div class="table-wrap"><table><caption>${esc(chart.table.caption)}</caption>` +
    `<thead><tr>${chart.table.columns.map((c, i) => `<th scope="col"${num(i)}>${esc(c)}</th>`).join('')}</tr></thead>` +
    `<tbody>${chart.table.rows.map((r) => `<tr>${r.map((c, i) => `<td${num(i)}>${cell(c)}</td>`).join('')}</tr>`).join('')}</tbody></table></div></details>` +
    (chart.sourceLine ? `<p class="chart-source">${esc(chart.sourceLine)}</p>` : '') +
    '</figure>'
  );
}

export function renderBody(doc: Document, view: CompareView, indicatorHref: (id: string) => string): string {
  const parts: string[] = [];
  if (view.illustrative) parts.push(`<p class="demo-banner" role="note">${esc(t('site.illustrative'))}</p>`);
  parts.push(`<section aria-labelledby="cmp-ind"><h2 id="cmp-ind">${esc(t('compare.byIndicator'))}</h2>`);
  if (!view.indicators.length) parts.push(`<p class="missing">${esc(t('compare.noFigures'))}</p>`);
  else parts.push(`<p class="note">${esc(t('compare.onlyWithFigures', { count: formatNumber(view.indicators.length) }))}</p>`);
  for (const ind of view.indicators) {
    parts.push(
      `<section class="block compare-ind" aria-labelledby="cmp-${esc(ind.id)}"><h3 id="cmp-${esc(ind.id)}">${link(indicatorHref(ind.id), ind.name)}</h3>` +
        table(doc, ind) +
        (ind.chart ? chartFigure(ind.chart) : '') +
        '</section>',
    );
  }
  parts.push('</section>');
  if (view.versions.length) parts.push(`<p class="missing">${esc(t('compare.versions', { versions: view.versions.join(', ') }))}</p>`);
  return parts.join('');
}
