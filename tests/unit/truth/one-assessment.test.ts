/**
 * One assessment for pages and API: over every place with an API file and every indicator, the
 * status a page prints for the place's own series is the status its API file gives; and every
 * status in the API can be recomputed from the inputs the file holds.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { allApiPlaces, apiPlaces } from '../../../src/lib/outputs/export/api.ts';
import { placeAssessments, relatedAssessments } from '../../../src/lib/outputs/export/assessments.ts';
import { indicatorSection } from '../../../src/lib/page-models/indicator-section.ts';
import { recomputeAll } from './recompute.ts';
import { t } from '../../../src/i18n/index.ts';

let model: Model;
beforeAll(() => {
  model = loadDataset(resolve('data')).model!;
});

type Json = Record<string, any>;

describe('pages and API (real data)', () => {
  it('print the same status for every place × indicator pair', () => {
    let compared = 0;
    for (const place of apiPlaces(model)) {
      const api = placeAssessments(model, place) as Json[];
      const related = relatedAssessments(model, place) as Json[];
      for (const ind of model.indicators) {
        const mine = api.filter((a) => a.indicator === ind.id);
        const section = place.level === 'national' ? undefined : indicatorSection(model, place, ind);
        const own = section?.groups.find((g) => g.id === `ct-${ind.id}`)?.progress.filter((p) => !p.isFormer) ?? [];
        const formerOnPage = section?.groups.flatMap((g) => g.progress.filter((p) => p.isFormer)) ?? [];
        const formerInApi = related.filter((a) => a.indicator === ind.id);
        expect(formerOnPage.map((p) => p.badge.text), `${place.key} ${ind.id} former units`).toEqual(formerInApi.map((a) => t(`progress.status.${a.status}`)));
        if (place.level === 'national') continue; // the national page is an overview: compared on indicator pages
        expect(own.length, `${place.key} ${ind.id}`).toBe(mine.length);
        own.forEach((p, i) => {
          expect(p.badge.text, `${place.key} ${ind.id}`).toBe(t(`progress.status.${mine[i]!.status}`));
          compared++;
        });
      }
    }
    expect(compared).toBeGreaterThan(0);
  }, 180_000);

  it('give every status with the inputs to recompute it', () => {
    // Former units' own files too (the compare page reads them).
    recomputeAll(model, allApiPlaces(model));
  });

  it('name every status the API documents', () => {
    const seen = new Set<string>();
    for (const place of apiPlaces(model)) for (const a of placeAssessments(model, place) as Json[]) seen.add(a.status);
    for (const s of seen) expect(['achieved', 'not_yet_achieved', 'on_track', 'needs_acceleration', 'limited_progress', 'deterioration', 'insufficient']).toContain(s);
  });
});
