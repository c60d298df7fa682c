/** The static JSON API: a commune's file holds its former units and their figures; targets follow the site's rule. */
import { describe, expect, it } from 'vitest';
import { apiIndex, apiPlaces, applicableTargetsByIndicator, indicatorApi, placeApi } from '../../../src/lib/outputs/export/api.ts';
import { placeApiPath } from '../../../src/lib/site/urls.ts';
import { applicableTargets } from '../../../src/lib/model/targets.ts';
import { DATASETS, model, pageUrl } from './helpers.ts';

const ctx = { version: '3822e1d2c5', versionDate: '2026-12-05', date: '2026-12-06', illustrative: false, url: pageUrl };
type Json = Record<string, any>;

describe('place files (real data)', () => {
  const m = model(DATASETS.real);

  it('has one file per current place with a page, at /api/v1/dia-phuong/<level>/<code>.json', () => {
    const places = apiPlaces(m);
    expect(places).toHaveLength(1 + m.provinces.length + m.communes.length + m.regions.length);
    expect(placeApiPath(m.nation)).toBe('/api/v1/dia-phuong/national/VN.json');
    expect(new Set(places.map(placeApiPath)).size).toBe(places.length);
  });

  it('gives a commune its former units and their figures, with source and quote (Quảng Vinh, 19885)', () => {
    const commune = m.places.get('commune:19885')!;
    const json = JSON.parse(JSON.stringify(placeApi(m, commune, ctx))) as Json;
    expect(json.place).toMatchObject({ level: 'commune', code: '19885', full_name: commune.fullName });
    const formerKeys = (m.predecessors.get(commune.key) ?? []).map((l) => l.key);
    expect(formerKeys.length).toBeGreaterThan(0);
    expect(json.former_units.map((f: Json) => `${f.level}:${f.code}`).sort()).toEqual([...formerKeys].sort());
    const formerFigures = formerKeys.flatMap((k) => m.observationsByPlace.get(k) ?? []);
    expect(formerFigures.length).toBeGreaterThan(0);
    const ids = new Set(json.figures.map((f: Json) => f.id));
    for (const o of formerFigures) expect(ids.has(o.id), o.id).toBe(true);
    for (const f of json.figures) {
      expect(f.quote).toBeTruthy();
      expect(json.sources[f.source]?.title, f.source).toBeTruthy();
      if (f.place_level.startsWith('former_')) expect(f.relation).toMatch(/^former/);
    }
    expect(json.citation).toContain('phiên bản dữ liệu 3822e1d2c5 (ngày 05/12/2026)');
  });

  it('lists applicable targets by the one rule of the pages', () => {
    const sample = [m.nation, ...m.provinces, ...m.communes.slice(0, 200), m.places.get('commune:19885')!, ...m.regions];
    for (const place of sample) {
      const byIndicator = applicableTargetsByIndicator(m, place);
      for (const ind of m.indicators) {
        const slow = applicableTargets(m, place, ind.id).map((a) => a.target.id).sort();
        const mine = byIndicator.filter((a) => a.indicator === ind.id).flatMap((a) => a.targets.map((o) => o.id)).sort();
        expect(mine, `${place.key} ${ind.id}`).toEqual(slow);
      }
    }
  });

  it('refers to targets by their setter file, so commune files stay small', () => {
    const commune = m.communes[0]!;
    const json = placeApi(m, commune, ctx) as Json;
    const national = json.targets.find((t: Json) => t.scope === 'national');
    expect(national).toMatchObject({ set_by_level: 'national', set_by_code: 'VN', api_url: pageUrl('/api/v1/dia-phuong/national/VN.json') });
    const text = JSON.stringify(json);
    expect(text).not.toMatch(/\n/);
    expect(text.length).toBeLessThan(20_000);
  });

  it('gives a province its communes and a cluster its members', () => {
    const prov = placeApi(m, m.provinces[0]!, ctx) as Json;
    expect(prov.communes).toHaveLength(m.communesByProvince.get(m.provinces[0]!.key)!.length);
    const region = m.regions.find((r) => r.memberFormerProvinceKeys.length)!;
    expect((placeApi(m, region, ctx) as Json).member_former_provinces).toHaveLength(region.memberFormerProvinceKeys.length);
  });
});

describe.each(Object.entries(DATASETS))('indicator files and index (%s)', (_n, dir) => {
  const m = model(dir);
  it('hold every figure of each indicator, and the index lists every indicator', () => {
    let total = 0;
    for (const i of m.indicators) {
      const json = indicatorApi(m, i.id, ctx) as Json;
      expect(json.indicator.id).toBe(i.id);
      total += json.figures.length;
    }
    expect(total).toBe(m.observations.length);
    const index = apiIndex(m, ctx, m.dataset.name) as Json;
    expect(index.indicators).toHaveLength(m.indicators.length);
    // The braces stay as written: a client fills them in, as RFC 6570 templates are read.
    expect(index.url_templates.place).toBe(`${pageUrl('/api/v1/dia-phuong/')}{level}/{code}.json`);
    expect(index.url_templates.indicator).toBe(`${pageUrl('/api/v1/chi-tieu/')}{id}.json`);
    expect(index.data_version_date).toBe('2026-12-05');
  });
});
