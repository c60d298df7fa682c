/** The CSV record of a figure a chart shows: whose, what, when, how much, from where. */
import type { Model, Observation } from '../../data/model.ts';
import { placeLabelWithParents } from '../labels.ts';
import { formatFigure } from '../format/vi.ts';
import type { ChartRecord } from './types.ts';

export function chartRecord(model: Model, o: Observation): ChartRecord {
  const place = model.places.get(o.placeKey)!;
  const ind = model.indicatorById.get(o.indicatorId)!;
  const src = model.sourceById.get(o.sourceId)!;
  const r: ChartRecord = {
    place: placeLabelWithParents(model, place),
    placeCode: place.code,
    indicator: ind.nameVi,
    indicatorId: ind.id,
    kind: o.kind,
    year: o.year,
    value: o.value,
    valueText: formatFigure(o, ind.unit),
    qualifier: o.qualifier,
    sourceTitle: src.title,
    figureId: o.id,
  };
  if (o.valueMax !== undefined) r.valueMax = o.valueMax;
  if (o.basis) r.basis = o.basis;
  if (src.url) r.sourceUrl = src.url;
  if (o.reliability) r.reliability = o.reliability;
  return r;
}
