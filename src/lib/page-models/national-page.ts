/** The national page's province table and cluster list. */
import type { Model } from '../data/model.ts';
import { t } from '../../i18n/index.ts';
import { formatNumber } from '../present/format/vi.ts';
import { relatedPlaces } from '../model/related-places.ts';
import { placeHref } from '../site/urls.ts';

export interface ProvinceRowView {
  fullName: string;
  href: string;
  formerNames: string;
  figureCount: number;
  figureText: string;
}

export function nationalExtras(model: Model) {
  const provinces: ProvinceRowView[] = model.provinces.map((p) => {
    let count = 0;
    for (const r of relatedPlaces(model, p)) count += (model.observationsByPlace.get(r.place.key) ?? []).filter((o) => o.kind === 'result').length;
    const formers = (model.predecessors.get(p.key) ?? []).map((l) => model.places.get(l.key)!.name);
    return {
      fullName: p.fullName,
      href: placeHref(p)!,
      formerNames: formers.join(', '),
      figureCount: count,
      figureText: count ? formatNumber(count) : t('figures.none'),
    };
  });
  const regions = model.regions.map((r) => {
    const n = model.observationsByPlace.get(r.key)?.length ?? 0;
    return { name: r.name, href: placeHref(r)!, figureText: t('figures.count', { count: formatNumber(n) }) };
  });
  return { provinces, regions };
}
