/**
 * What changed between two models of the data: figures added, changed and removed (results and
 * targets apart), and the progress statuses that change as a result. The one diff engine: the
 * public changelog compares each commit with the one before, `npm run data:diff` a git ref with
 * the working tree.
 *
 * - Figures are matched by id (data/figure-id.ts), so reordering rows or moving them between
 *   files is no change.
 * - A figure changes when what it says changes: value, upper value, qualifier, numerator,
 *   denominator, reliability, or the plan of a target. Quote, note and place name are wording.
 * - A figure whose only difference is its source (same place, indicator, kind, year, basis) is
 *   one change "old source → new source", not a removal and an addition, when that pairing is
 *   unambiguous.
 * - Statuses come from the one assessment (progress/place-progress.ts `placeStatus`), asked of
 *   both models for every place whose status the changed figures or targets can move.
 */
import type { Indicator, Model, Observation, Place, Source } from '../../data/model.ts';
import { figureSlot } from '../../data/figure-id.ts';
import { planChain } from '../related-places.ts';
import { placeStatus, type PlaceStatus } from '../progress/place-progress.ts';

export type ChangeKind = 'added' | 'changed' | 'removed';

export interface FigureChange {
  kind: ChangeKind;
  /** The figure in the older model (changed, removed). */
  before?: Observation;
  /** The figure in the newer model (added, changed). */
  after?: Observation;
  /** Only the source (and variant) differ: `before` and `after` have different ids. */
  sourceChanged: boolean;
}

export interface StatusChange {
  place: Place;
  indicatorId: string;
  before: PlaceStatus;
  after: PlaceStatus;
}

export interface ModelDiff {
  results: FigureChange[];
  targets: FigureChange[];
  statuses: StatusChange[];
  /**
   * The indicators and sources the changes name, as each side defined them (the newer side's
   * when both do): enough to print the changes without keeping both models.
   */
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
}

const byIdCache = new WeakMap<Model, Map<string, Observation>>();
function byId(model: Model): Map<string, Observation> {
  let map = byIdCache.get(model);
  if (!map) byIdCache.set(model, (map = new Map(model.observations.map((o) => [o.id, o]))));
  return map;
}

/** Whether a figure says something different (not only other wording). */
export function figureDiffers(a: Observation, b: Observation): boolean {
  return (
    a.value !== b.value ||
    a.valueMax !== b.valueMax ||
    a.qualifier !== b.qualifier ||
    a.numerator !== b.numerator ||
    a.denominator !== b.denominator ||
    a.reliability !== b.reliability ||
    a.planId !== b.planId
  );
}

const slotOf = (o: Observation) => figureSlot(o);

/** Unmatched removals and additions with the same slot, one each, become a change of source. */
function pairSources(removed: Observation[], added: Observation[]): { changes: FigureChange[]; removed: Observation[]; added: Observation[] } {
  const count = (list: Observation[]) => {
    const m = new Map<string, Observation[]>();
    for (const o of list) (m.get(slotOf(o)) ?? m.set(slotOf(o), []).get(slotOf(o))!).push(o);
    return m;
  };
  const r = count(removed);
  const a = count(added);
  const changes: FigureChange[] = [];
  const paired = new Set<Observation>();
  for (const [slot, olds] of r) {
    const news = a.get(slot);
    if (olds.length === 1 && news?.length === 1) {
      changes.push({ kind: 'changed', before: olds[0]!, after: news[0]!, sourceChanged: true });
      paired.add(olds[0]!).add(news[0]!);
    }
  }
  return { changes, removed: removed.filter((o) => !paired.has(o)), added: added.filter((o) => !paired.has(o)) };
}

/** What can differ: every figure, or only those that left and came (a snapshot's delta). */
export interface Candidates {
  removed: readonly Observation[];
  added: readonly Observation[];
}

function figureChanges(before: Model, after: Model, candidates?: Candidates): FigureChange[] {
  const old = candidates ? new Map(candidates.removed.map((o) => [o.id, o])) : byId(before);
  const now = candidates ? new Map(candidates.added.map((o) => [o.id, o])) : byId(after);
  const changes: FigureChange[] = [];
  const added: Observation[] = [];
  const removed: Observation[] = [];
  for (const o of now.values()) {
    const prev = old.get(o.id);
    if (!prev) added.push(o);
    else if (figureDiffers(prev, o)) changes.push({ kind: 'changed', before: prev, after: o, sourceChanged: false });
  }
  for (const o of old.values()) if (!now.has(o.id)) removed.push(o);
  const paired = pairSources(removed, added);
  return [
    ...paired.added.map((o): FigureChange => ({ kind: 'added', after: o, sourceChanged: false })),
    ...changes,
    ...paired.changes,
    ...paired.removed.map((o): FigureChange => ({ kind: 'removed', before: o, sourceChanged: false })),
  ];
}

/** Places with a result for an indicator in either model. */
function placesWithResults(before: Model, after: Model, indicatorId: string): Set<string> {
  const out = new Set<string>();
  for (const m of [before, after]) for (const o of m.observationsByIndicator.get(indicatorId) ?? []) if (o.kind === 'result') out.add(o.placeKey);
  return out;
}

/** Indicators whose reading by the assessment changed (direction, unit, levels it applies at). */
function redefined(before: Model, after: Model): string[] {
  return after.indicators
    .filter((i) => {
      const old = before.indicatorById.get(i.id);
      return old !== undefined && (old.higherIsBetter !== i.higherIsBetter || old.unit !== i.unit || String(old.levels) !== String(i.levels));
    })
    .map((i) => i.id);
}

/** How a place's status is asked for: `placeStatus`, or a memo of it (statusMemo). */
export type StatusOf = (model: Model, place: Place, indicator: Indicator) => PlaceStatus;

/**
 * `placeStatus` remembered across models: a status depends only on the indicator, the place's
 * figures and those of the plans in its chain, so when a later model shares those lists
 * (data/figure-index.ts `updateFigureIndexes`) the status is the one already computed.
 */
export function statusMemo(): StatusOf {
  const memo = new Map<string, { inputs: unknown[]; status: PlaceStatus }>();
  return (model, place, indicator) => {
    const inputs = [indicator, model.observationsByPlace.get(place.key), ...planChain(model, place).map((p) => model.observationsByPlace.get(p.key))];
    const key = `${place.key}|${indicator.id}`;
    const hit = memo.get(key);
    if (hit && hit.inputs.length === inputs.length && hit.inputs.every((x, i) => x === inputs[i])) return hit.status;
    const status = placeStatus(model, place, indicator);
    memo.set(key, { inputs, status });
    return status;
  };
}

function statusChanges(before: Model, after: Model, figures: FigureChange[], statusOf: StatusOf): StatusChange[] {
  // place key → indicators whose status there may have moved
  const affected = new Map<string, Set<string>>();
  const mark = (placeKey: string, indicatorId: string) => (affected.get(placeKey) ?? affected.set(placeKey, new Set()).get(placeKey)!).add(indicatorId);
  const setters = new Map<string, Set<string>>(); // indicator → setter keys of changed targets
  for (const c of figures) {
    for (const o of [c.before, c.after]) {
      if (!o) continue;
      if (o.kind === 'result') mark(o.placeKey, o.indicatorId);
      else (setters.get(o.indicatorId) ?? setters.set(o.indicatorId, new Set()).get(o.indicatorId)!).add(o.placeKey);
    }
  }
  for (const [indicatorId, keys] of setters) {
    for (const placeKey of placesWithResults(before, after, indicatorId)) {
      const place = after.places.get(placeKey);
      if (place && planChain(after, place).some((p) => keys.has(p.key))) mark(placeKey, indicatorId);
    }
  }
  for (const indicatorId of redefined(before, after)) for (const placeKey of placesWithResults(before, after, indicatorId)) mark(placeKey, indicatorId);

  const none: PlaceStatus = { status: 'insufficient', reason: 'no_data' };
  const statusIn = (m: Model, place: Place, ind: Indicator | undefined) => (ind ? statusOf(m, place, ind) : none);
  const out: StatusChange[] = [];
  for (const [placeKey, indicators] of affected) {
    const place = after.places.get(placeKey);
    if (!place) continue;
    for (const indicatorId of indicators) {
      const was = statusIn(before, place, before.indicatorById.get(indicatorId));
      const is = statusIn(after, place, after.indicatorById.get(indicatorId));
      if (was.status !== is.status) out.push({ place, indicatorId, before: was, after: is });
    }
  }
  return out;
}

/**
 * Everything that differs between two models of the data, older first. `candidates` limits the
 * comparison to the figures that left and came (the history's snapshots know them).
 */
export function diffModels(before: Model, after: Model, opts: { candidates?: Candidates; statusOf?: StatusOf } = {}): ModelDiff {
  const figures = figureChanges(before, after, opts.candidates);
  const statuses = statusChanges(before, after, figures, opts.statusOf ?? placeStatus);
  const indicators = new Map<string, Indicator>();
  const sources = new Map<string, Source>();
  const name = (m: Model, o: Observation | undefined) => {
    if (!o) return;
    const i = m.indicatorById.get(o.indicatorId);
    if (i) indicators.set(i.id, i);
    for (const id of [o.sourceId, o.planId]) {
      const s = id ? m.sourceById.get(id) : undefined;
      if (s) sources.set(s.id, s);
    }
  };
  for (const c of figures) name(before, c.before);
  for (const c of figures) name(after, c.after);
  for (const c of statuses) {
    const i = after.indicatorById.get(c.indicatorId) ?? before.indicatorById.get(c.indicatorId);
    if (i) indicators.set(i.id, i);
  }
  return {
    results: figures.filter((c) => (c.after ?? c.before)!.kind === 'result'),
    targets: figures.filter((c) => (c.after ?? c.before)!.kind === 'target'),
    statuses,
    indicators,
    sources,
  };
}

export const isEmptyDiff = (d: ModelDiff): boolean => d.results.length === 0 && d.targets.length === 0 && d.statuses.length === 0;
