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

/**
 * The indexes after some figures left and others came, sharing every list no figure touched:
 * a history of hundreds of commits does not rebuild them from scratch each time, and an
 * untouched list keeps its identity (history.ts reuses a status when its inputs are the same).
 */
export function updateFigureIndexes(prev: FigureIndexes, removed: readonly Observation[], added: readonly Observation[]): FigureIndexes {
  if (removed.length === 0 && added.length === 0) return prev;
  const gone = new Set(removed);
  const update = (map: Map<string, Observation[]>, keysOf: (o: Observation) => string[]): Map<string, Observation[]> => {
    const out = new Map(map);
    const touched = new Set<string>();
    for (const o of removed) for (const k of keysOf(o)) touched.add(k);
    const came = new Map<string, Observation[]>();
    for (const o of added) for (const k of keysOf(o)) push(came, k, o);
    for (const k of came.keys()) touched.add(k);
    for (const k of touched) {
      const list = (map.get(k) ?? []).filter((o) => !gone.has(o));
      list.push(...(came.get(k) ?? []));
      if (list.length) out.set(k, list);
      else out.delete(k);
    }
    return out;
  };
  return {
    observationsByPlace: update(prev.observationsByPlace, (o) => [o.placeKey]),
    observationsByIndicator: update(prev.observationsByIndicator, (o) => [o.indicatorId]),
    observationsBySource: update(prev.observationsBySource, (o) => (o.planId && o.planId !== o.sourceId ? [o.sourceId, o.planId] : [o.sourceId])),
  };
}
