/**
 * The model's indexes of figures by place, indicator and source. One function, so a model of
 * the data at an earlier commit (snapshot.ts) has exactly the indexes of the one loaded today.
 */
import type { Model, Observation } from './model.ts';

export type FigureIndexes = Pick<Model, 'observationsByPlace' | 'observationsByIndicator' | 'observationsBySource'>;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function indexFigures(observations: readonly Observation[]): FigureIndexes {
  const observationsByPlace = new Map<string, Observation[]>();
  const observationsByIndicator = new Map<string, Observation[]>();
  const observationsBySource = new Map<string, Observation[]>();
  for (const o of observations) {
    push(observationsByPlace, o.placeKey, o);
    push(observationsByIndicator, o.indicatorId, o);
    push(observationsBySource, o.sourceId, o);
    if (o.planId && o.planId !== o.sourceId) push(observationsBySource, o.planId, o);
  }
  return { observationsByPlace, observationsByIndicator, observationsBySource };
}
