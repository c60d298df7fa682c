/**
 * The real figures the methodology page quotes, looked up in the model at build time, so the page
 * prints the value as stored and links each to its data row (tests/unit/progress/real-examples.test.ts
 * recomputes the statuses the page states).
 */
import type { Model } from '../data/model.ts';
import { formatFigure } from '../present/format/vi.ts';
import { rowLinks, type LinkView } from '../present/progress/calc.ts';

export interface ExampleFigure {
  value: string;
  row: LinkView;
}

export function exampleFigure(model: Model, placeKey: string, indicatorId: string, year: number, kind: 'result' | 'target' = 'result'): ExampleFigure {
  const o = (model.observationsByPlace.get(placeKey) ?? []).find((x) => x.indicatorId === indicatorId && x.year === year && x.kind === kind);
  if (!o) throw new Error(`methodology page: no ${kind} ${indicatorId} ${year} for ${placeKey} in the data`);
  const unit = model.indicatorById.get(indicatorId)!.unit;
  return { value: formatFigure(o, unit), row: rowLinks([o])[0]! };
}
