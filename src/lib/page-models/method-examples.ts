/**
 * The real figures the methodology page quotes, looked up in the model at build time, so the page
 * prints the value as stored and links each to its data row (tests/unit/progress/real-examples.test.ts
 * recomputes the statuses the page states).
 */
import type { Model } from '../data/model.ts';
import { formatFigure } from '../present/format/vi.ts';
import { rowLinks, type LinkView } from '../present/progress/calc.ts';
import { t } from '../../i18n/index.ts';
import { href, paths } from '../site/urls.ts';

export interface ExampleFigure {
  value: string;
  row: LinkView;
}

/** A figure the page quotes; in another data set (illustrative data) it may be absent, and the page says so. */
export function exampleFigure(model: Model, placeKey: string, indicatorId: string, year: number, kind: 'result' | 'target' = 'result'): ExampleFigure {
  const o = (model.observationsByPlace.get(placeKey) ?? []).find((x) => x.indicatorId === indicatorId && x.year === year && x.kind === kind);
  if (!o) return { value: t('method.absent'), row: { text: t('method.absentRow'), href: href(paths.data) } };
  const unit = model.indicatorById.get(indicatorId)!.unit;
  return { value: formatFigure(o, unit), row: rowLinks([o])[0]! };
}
