/**
 * "Whose number it is", on the real data: a chart is titled with the units whose figures it plots;
 * a former district's figures never stand under a commune's name or give a commune a status; the
 * one target rule; indicators that mean nothing for one commune are not listed on commune pages;
 * the Hoa Lư figures stay under Huyện Hoa Lư.
 */
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import type { Model } from '../../../src/lib/data/model.ts';
import { placeStatus } from '../../../src/lib/model/progress/place-progress.ts';
import { appliesAt, currentPlacesOf, relatedPlaces } from '../../../src/lib/model/related-places.ts';
import { applicableTargets } from '../../../src/lib/model/targets.ts';
import { placePageView } from '../../../src/lib/page-models/place-page.ts';
import { trendCharts } from '../../../src/lib/present/charts/page-charts.ts';
import { placeLabel, placeLabelWithParents, shortName } from '../../../src/lib/present/labels.ts';

let model: Model;
beforeAll(() => {
  model = loadDataset(resolve('data')).model!;
});

describe('whose number it is (real data)', () => {
  it('titles every trend chart with each unit it plots, and a former district with the commune it is now part of', () => {
    let districtCharts = 0;
    for (const place of [model.nation, ...model.provinces, ...model.communes, ...model.regions]) {
      if (!model.observationsByPlace.has(place.key) && relatedPlaces(model, place).length === 1) continue;
      for (const ind of model.indicators) {
        for (const chart of trendCharts(model, place, ind)) {
          const units = new Set(chart.records.filter((r) => r.kind === 'result').map((r) => r.place));
          for (const r of chart.records.filter((x) => x.kind === 'result')) {
            const unit = model.places.get([...model.places.values()].find((p) => p.code === r.placeCode && placeLabelWithParents(model, p) === r.place)!.key)!;
            expect(chart.title, chart.id).toContain(unit.level === 'national' ? 'Việt Nam' : placeLabel(unit));
          }
          if (place.level === 'commune' && chart.id.split('/').length === 4) {
            districtCharts++;
            expect(chart.title, chart.id).toMatch(/\(cũ\), nay thuộc /);
            expect(units.size).toBe(1);
          }
        }
      }
    }
    expect(districtCharts).toBeGreaterThan(0);
  });

  it('never gives a commune a status from a former district’s figures', () => {
    for (const c of model.communes) {
      for (const ind of model.indicators) {
        const s = placeStatus(model, c, ind);
        if (s.entry) expect(s.entry.series.place.key, `${c.key} ${ind.id}`).toBe(c.key);
      }
    }
  });

  it('shows a former district on a commune page only when one of its communes went wholly into it', () => {
    for (const c of model.communes) {
      for (const r of relatedPlaces(model, c).filter((x) => x.relation === 'former_district')) {
        const full = (model.predecessors.get(c.key) ?? []).some((l) => {
          const p = model.places.get(l.key)!;
          return l.share === 'full' && (p.parentKey === r.place.key || p.key === r.place.key);
        });
        expect(full, `${c.fullName} ← ${r.place.fullName}`).toBe(true);
      }
    }
  });

  it('keeps the figures of Huyện Hoa Lư under its own name, on the province page only', () => {
    const hoaLu = model.places.get('former_district:374h')!;
    expect(placeLabelWithParents(model, hoaLu)).toBe('Huyện Hoa Lư (cũ), tỉnh Ninh Bình, đã nhập vào thành phố Hoa Lư trước 01/3/2025');
    expect(model.observationsByPlace.get(hoaLu.key)).toHaveLength(3);
    expect(currentPlacesOf(model, hoaLu).map((p) => p.key)).toEqual(['province:37']);
    expect(relatedPlaces(model, model.places.get('province:37')!).some((r) => r.place.key === hoaLu.key)).toBe(true);
    for (const c of model.communes) expect(relatedPlaces(model, c).some((r) => r.place.key === hoaLu.key)).toBe(false);
    expect(model.observationsByPlace.has('former_district:374')).toBe(false);
  });

  it('does not list or target, on a commune page, an indicator about shares of communes', () => {
    const ind = model.indicatorById.get('community_learning_centres_coverage_pct')!;
    const commune = model.communes[0]!;
    expect(appliesAt(ind.levels, commune)).toBe(false);
    expect(applicableTargets(model, commune, ind.id)).toEqual([]);
    expect(appliesAt(ind.levels, model.nation)).toBe(true);
    const view = placePageView(model, commune);
    expect(view.missing.map((m) => m.name)).not.toContain(ind.nameVi);
    expect(view.sections.map((s) => s.name)).not.toContain(ind.nameVi);
  });

  it('names a numbered ward "Phường 7", never "7"', () => {
    const ward = model.formerCommunes.find((p) => /^\d+$/.test(p.name))!;
    expect(shortName(ward)).toMatch(/^Phường \d+$/);
  });
});
