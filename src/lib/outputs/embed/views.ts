/**
 * `?nam=` on embed pages: an embed page of a map or ranking opened with the year of another view
 * of its selector (src/lib/site/compare-url.ts) moves to that view's embed page, as the site's own
 * pages show that year. Pinned pages (/nhung/phien-ban/…) stay what they are: a fixed view.
 */
import type { ChartOutput } from '../../present/charts/types.ts';
import { PINNED_ROOT } from '../../site/urls.ts';
import { YEAR_PARAM } from '../../site/compare-url.ts';

/** A short inline script, or '' for a chart without views. Ids are checked paths (urls.ts `checkId`). */
export function viewScript(chart: ChartOutput): string {
  if (!chart.views?.length) return '';
  const views = Object.fromEntries(chart.views.map((v) => [v.param, v.id]));
  return (
    `(function(){var v=${JSON.stringify(views)},end=${JSON.stringify(`${chart.id}.html`)},p=location.pathname,` +
    `y=new URLSearchParams(location.search).get(${JSON.stringify(YEAR_PARAM)}),to=y&&Object.prototype.hasOwnProperty.call(v,y)&&v[y];` +
    `if(to&&to+".html"!==end&&p.indexOf("/${PINNED_ROOT}/")<0&&p.slice(-end.length)===end)location.replace(p.slice(0,-end.length)+to+".html"+location.search+location.hash)})();`
  );
}
