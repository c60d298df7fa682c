/**
 * The prepared geometry in data/geo/prepared/ is what `npm run geo:prepare` makes from the
 * committed boundary files and the map sizes: a changed input, size or prepare step without a new
 * run fails here. (The whole step runs again: a few seconds.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { feature } from 'topojson-client';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { PREPARED_DIR, prepareAll } from '../../../scripts/lib/geo/prepare.ts';

const geoDir = resolve('data/geo');
const dir = join(geoDir, PREPARED_DIR);

describe('prepared map geometry', () => {
  it('is up to date with data/geo/ and the map sizes (else run `npm run geo:prepare`)', () => {
    const fresh = prepareAll(geoDir);
    const committed = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(dir, join(e.parentPath, e.name)))
      .sort();
    expect(committed).toEqual([...fresh.keys()].sort());
    const stale = [...fresh].filter(([path, text]) => readFileSync(join(dir, path), 'utf8') !== text).map(([path]) => path);
    expect(stale).toEqual([]);
  }, 120_000);

  it('keeps every island: each polygon of Trường Sa is still there, to be drawn as a shape or a dot', () => {
    const polygons = (file: string, code: string) => {
      const topo = JSON.parse(readFileSync(file, 'utf8')) as Topology;
      const g = Object.values(topo.objects).flatMap((o) => (o as GeometryCollection).geometries).find((x) => String((x.properties as { code?: string } | undefined)?.code ?? x.id) === code)!;
      return ((feature(topo, g) as Feature<MultiPolygon | Polygon>).geometry.coordinates as unknown[]).length;
    };
    const source = polygons(join(geoDir, 'communes-by-province/56.topo.json'), '22736');
    expect(source).toBeGreaterThan(100);
    for (const file of ['provinces', 'former-provinces', 'communes/56', 'locators/56']) expect(polygons(join(dir, `${file}.topo.json`), '22736')).toBe(source);
  });

  it('has a map and a locator for every province', () => {
    const provinces = readdirSync(join(geoDir, 'communes-by-province')).sort();
    expect(readdirSync(join(dir, 'communes')).sort()).toEqual(provinces);
    expect(readdirSync(join(dir, 'locators')).sort()).toEqual(provinces);
  });
});
