/**
 * Which pages a change belongs to, on the real units: `pagesShowing` is exactly the inverse of the
 * pages' own rule (`relatedPlaces`, former units without figures included), so a figure removed
 * from a unit that now has none is still listed on every page that showed it.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { pagesShowing, relatedPlaces } from '../../../src/lib/model/related-places.ts';

let model: Model;
beforeAll(() => {
  model = loadDataset(resolve('data')).model!;
});

describe('pagesShowing (real units)', () => {
  it('is the inverse of relatedPlaces with former units without figures', () => {
    const pages = [model.nation, ...model.provinces, ...model.communes, ...model.regions];
    const shownOn = new Map<string, Set<string>>();
    for (const page of pages) {
      for (const r of relatedPlaces(model, page, { evenWithoutFigures: true })) {
        (shownOn.get(r.place.key) ?? shownOn.set(r.place.key, new Set()).get(r.place.key)!).add(page.key);
      }
    }
    let checked = 0;
    for (const place of model.places.values()) {
      const expected = [...(shownOn.get(place.key) ?? [])].sort();
      expect(pagesShowing(model, place).map((p) => p.key).sort(), place.key).toEqual(expected);
      checked++;
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  it('keeps a former district on its pages when it has no figure left', () => {
    const hoaLu = model.places.get('former_district:374')!;
    const keys = pagesShowing(model, hoaLu).map((p) => p.key);
    expect(keys[0]).toBe('province:37');
    expect(keys).toContain('commune:14329');
    // Huyện Hoa Lư, dissolved before 2025-03-01: its province only.
    expect(pagesShowing(model, model.places.get('former_district:374h')!).map((p) => p.key)).toEqual(['province:37']);
  });
});
