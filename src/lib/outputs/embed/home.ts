/**
 * The full page a chart links back to, from its id alone (src/lib/present/charts/README.md):
 * - a map or ranking with a year: its year page /bieu-do/<map id>/ (every map a page shows has one);
 * - a map or ranking without a year (no figures yet): the indicator page, or the province page;
 * - a trend: the place's page; the nation's trends are on every indicator page;
 * - a locator: the commune's page.
 * The anchor is the chart's DOM id on that page. tests/built/embed.test.ts checks every one.
 */
import { domId } from '../../present/charts/svg.ts';
import { chartPageHref } from '../../present/charts/ids.ts';
import { href, indicatorHref, indicatorPath, placePath } from '../../site/urls.ts';

function page(id: string): string {
  const parts = id.split('/');
  const [kind] = parts;
  if (kind === 'locator') return href(placePath({ level: 'commune', code: parts[1]! })!);
  if (kind === 'trend') {
    const [level, ...code] = parts[1]!.split('-');
    if (level === 'national') return indicatorHref(parts[2]!);
    const path = level === 'national' ? undefined : placePath({ level: level!, code: code.join('-') });
    if (path) return href(path);
  }
  if (kind === 'map' || kind === 'ranking') {
    const mapId = `map/${parts.slice(1).join('/')}`;
    const withYear = parts[1] === 'communes' ? parts.length === 5 : parts.length === 4;
    if (withYear) return chartPageHref(mapId);
    return parts[1] === 'communes' ? href(placePath({ level: 'province', code: parts[2]! })!) : indicatorHref(parts[2]!);
  }
  throw new Error(`embed: no page known for chart "${id}"`);
}

/** Base included, with the chart's anchor: "/tinh/01/#c-trend-province-01-x". */
export function homeHref(id: string): string {
  return `${page(id)}#${domId(id)}`;
}

/**
 * The page whose share card stands for a chart (its oEmbed thumbnail; the og:image of the map
 * pages): the place of a trend or a locator (the indicator page for the nation's trends), the
 * province of a map of communes, the indicator of a map of provinces.
 */
export function cardPageOf(id: string): string {
  const parts = id.split('/');
  const [kind] = parts;
  if (kind === 'locator') return placePath({ level: 'commune', code: parts[1]! })!;
  if (kind === 'trend') {
    const [level, ...code] = parts[1]!.split('-');
    const path = level === 'national' ? indicatorPath(parts[2]!) : placePath({ level: level!, code: code.join('-') });
    if (path) return path;
  }
  if (kind === 'map' || kind === 'ranking') return parts[1] === 'communes' ? placePath({ level: 'province', code: parts[2]! })! : indicatorPath(parts[2]!);
  throw new Error(`embed: no card known for chart "${id}"`);
}
