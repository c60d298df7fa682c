/**
 * Which maps and rankings exist for an indicator: one per layer × year × basis that has figures.
 *
 * Units are never merged: figures of former provinces are drawn on the map of the 63 former
 * provinces (geoBoundaries), figures of the 34 provinces on the 2025 map, each in its own year.
 * Figures on the registered basis get their own map (never mixed with recognised ones).
 * The default is the choice with the most figures, then the latest year, then the current layer.
 */
import type { Indicator, Model, Observation, Place } from '../../data/model.ts';
import type { LayerChoice, MapLayer } from './ids.ts';

export interface ChoiceFigures {
  choice: LayerChoice;
  /** Results by unit code, in data order. */
  byCode: Map<string, Observation[]>;
  count: number;
}

export type Scope = { kind: 'country' } | { kind: 'province'; province: Place };

/** Results with a year by indicator, then by layer key ("provinces", "former-provinces", "communes/01"). */
const index = new WeakMap<Model, Map<string, Map<string, Observation[]>>>();

function layerKeyOf(model: Model, o: Observation): string | undefined {
  const p = model.places.get(o.placeKey);
  if (!p) return undefined;
  if (p.level === 'province') return 'provinces';
  if (p.level === 'former_province') return 'former-provinces';
  if (p.level === 'commune' && p.provinceKey) return `communes/${model.places.get(p.provinceKey)!.code}`;
  return undefined;
}

function indexOf(model: Model): Map<string, Map<string, Observation[]>> {
  let idx = index.get(model);
  if (idx) return idx;
  idx = new Map();
  for (const o of model.observations) {
    if (o.kind !== 'result' || o.year === null) continue;
    const layer = layerKeyOf(model, o);
    if (!layer) continue;
    let byLayer = idx.get(o.indicatorId);
    if (!byLayer) idx.set(o.indicatorId, (byLayer = new Map()));
    const list = byLayer.get(layer);
    if (list) list.push(o);
    else byLayer.set(layer, [o]);
  }
  index.set(model, idx);
  return idx;
}

function layersOf(scope: Scope): { layer: MapLayer; key: string; provinceCode?: string }[] {
  if (scope.kind === 'province') return [{ layer: 'communes', key: `communes/${scope.province.code}`, provinceCode: scope.province.code }];
  return [
    { layer: 'provinces', key: 'provinces' },
    { layer: 'former-provinces', key: 'former-provinces' },
  ];
}

/**
 * Which of a unit's figures a map colours and a ranking places, when sources give several for one
 * year: the progress method's choice (a figure not to verify, exact before qualified, then the least
 * favourable), never the order of rows in the files, so reordering rows changes no chart.
 */
function preferred(higherIsBetter: boolean) {
  return (a: Observation, b: Observation): number =>
    Number(Boolean(a.reliability)) - Number(Boolean(b.reliability)) ||
    Number(a.qualifier !== 'exact') - Number(b.qualifier !== 'exact') ||
    (higherIsBetter ? a.value - b.value : b.value - a.value) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every choice with figures, by year then layer (current first). */
export function choicesFor(model: Model, ind: Indicator, scope: Scope): ChoiceFigures[] {
  const byLayer = indexOf(model).get(ind.id);
  const out: ChoiceFigures[] = [];
  for (const l of layersOf(scope)) {
    const groups = new Map<string, ChoiceFigures>();
    for (const o of byLayer?.get(l.key) ?? []) {
      const registered = o.basis === 'registered';
      const gk = `${o.year}|${registered}`;
      let g = groups.get(gk);
      if (!g) {
        const choice: LayerChoice = { layer: l.layer, year: o.year, registered };
        if (l.provinceCode) choice.provinceCode = l.provinceCode;
        groups.set(gk, (g = { choice, byCode: new Map(), count: 0 }));
      }
      const code = model.places.get(o.placeKey)!.code;
      const list = g.byCode.get(code);
      if (list) list.push(o);
      else {
        g.byCode.set(code, [o]);
        g.count++;
      }
    }
    for (const g of groups.values()) for (const list of g.byCode.values()) list.sort(preferred(ind.higherIsBetter));
    out.push(...groups.values());
  }
  const layerOrder = (c: LayerChoice) => (c.layer === 'former-provinces' ? 1 : 0);
  return out.sort((a, b) => a.choice.year! - b.choice.year! || layerOrder(a.choice) - layerOrder(b.choice) || Number(a.choice.registered) - Number(b.choice.registered));
}

/** The choice shown first: most places with a figure, then the latest year, then the current layer. */
export function defaultChoice(choices: ChoiceFigures[]): ChoiceFigures | undefined {
  let best: ChoiceFigures | undefined;
  for (const c of choices) {
    if (
      !best ||
      c.count > best.count ||
      (c.count === best.count && (c.choice.year! > best.choice.year! || (c.choice.year === best.choice.year && c.choice.layer !== 'former-provinces' && best.choice.layer === 'former-provinces')))
    ) {
      best = c;
    }
  }
  return best;
}

/** A choice without figures: the current layer, no year (the map shows "chưa có số liệu"). */
export function emptyChoice(scope: Scope): ChoiceFigures {
  const choice: LayerChoice = scope.kind === 'province' ? { layer: 'communes', provinceCode: scope.province.code, year: null, registered: false } : { layer: 'provinces', year: null, registered: false };
  return { choice, byCode: new Map(), count: 0 };
}

/**
 * The indicator a page's map shows: among main indicators, the one whose default choice has the
 * most places with a figure (catalogue order on ties, so the first main indicator when none has any).
 */
export function headlineIndicator(model: Model, scope: Scope): Indicator | undefined {
  let best: { ind: Indicator; count: number } | undefined;
  for (const ind of model.indicators) {
    if (!ind.main) continue;
    const count = defaultChoice(choicesFor(model, ind, scope))?.count ?? 0;
    if (!best || count > best.count) best = { ind, count };
  }
  return best?.ind ?? model.indicators[0];
}

const valuesCache = new WeakMap<Model, Map<string, number[]>>();

/**
 * Every value of an indicator on a family of layers (provinces and former provinces together, or
 * all communes of the country), one basis: the class breaks of its maps, so that a colour means the
 * same thing on every year's map and in every province.
 */
export function familyValues(model: Model, indicatorId: string, layer: MapLayer, registered: boolean): number[] {
  let cache = valuesCache.get(model);
  if (!cache) valuesCache.set(model, (cache = new Map()));
  const family = layer === 'communes' ? 'communes' : 'provinces';
  const key = `${indicatorId}|${family}|${registered}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out: number[] = [];
  for (const [layerKey, list] of indexOf(model).get(indicatorId) ?? []) {
    if ((family === 'communes') !== layerKey.startsWith('communes/')) continue;
    for (const o of list) if ((o.basis === 'registered') === registered) out.push(o.value);
  }
  cache.set(key, out);
  return out;
}
