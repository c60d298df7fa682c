/** Recomputes, from an API file's own fields, every status it gives (shared by the truth tests). */
import { expect } from 'vitest';
import type { Model, Place } from '../../../src/lib/data/model.ts';
import { indicatorAssessments, placeAssessments, relatedAssessments } from '../../../src/lib/outputs/export/assessments.ts';
import { THRESHOLDS } from '../../../src/lib/model/progress/status.ts';

type Json = Record<string, any>;
const TREND = ['on_track', 'needs_acceleration', 'limited_progress', 'deterioration'];

/** Returns how many ratios R were recomputed. */
export function recomputeAll(model: Model, places: Place[]): number {
  let recomputed = 0;
  const all: Json[] = [
    ...places.flatMap((place) => [...placeAssessments(model, place), ...relatedAssessments(model, place)]),
    ...model.indicators.flatMap((i) => indicatorAssessments(model, i.id)),
  ] as Json[];
  {
    for (const a of all) {
      for (const s of [a, ...(a.other_targets ?? [])] as Json[]) {
        if (!s.target) continue;
        const { base, latest, target } = s;
        const Y = target.value ?? target.min;
        expect(typeof Y).toBe('number');
        const met = latest.value > Y || (latest.value === Y && latest.qualifier !== 'nearly');
        if (s.status === 'achieved') expect(met).toBe(true);
        if (s.status === 'not_yet_achieved') expect([met, base.year]).toEqual([false, latest.year]);
        if (TREND.includes(s.status)) expect(latest.year).toBeGreaterThan(base.year);
        if (s.ratio !== null && s.method === 'cagr') {
          const cagr = (to: number, years: number) => Math.pow(to / base.value, 1 / years) - 1;
          const R = cagr(latest.value, latest.year - base.year) / Math.abs(cagr(Y, target.year - base.year));
          expect(R).toBeCloseTo(s.ratio, 9);
          recomputed++;
          if (TREND.includes(s.status)) {
            const expected = R >= THRESHOLDS.onTrack ? 'on_track' : R >= THRESHOLDS.acceleration ? 'needs_acceleration' : R >= 0 ? 'limited_progress' : 'deterioration';
            expect(s.status).toBe(expected);
          }
        }
        for (const f of [s.base.figure, s.latest.figure, s.target.plan, s.target.set_by_level]) expect(f).toBeTruthy();
      }
    }
  }
  return recomputed;
}
