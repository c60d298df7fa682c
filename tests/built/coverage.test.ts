/**
 * Checks the built site (dist/) against the data: every commune and province page exists with
 * the right name, every former unit of the crosswalk is named on its successor's page, and every
 * figure is on the page of its place (or its successor) with its source link and data row.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/data/load-dataset.ts';
import type { Model, Observation } from '../../src/lib/data/model.ts';
import { placeLabel } from '../../src/lib/present/labels.ts';
import { currentPlacesOf } from '../../src/lib/model/related-places.ts';
import { placePath } from '../../src/lib/site/urls.ts';

const DIST = resolve(process.env.SITE_DIST ?? 'dist');
let model: Model;
const pages = new Map<string, string>();

/** HTML of a page, with entities that Astro escapes turned back into text. */
function page(path: string): string {
  let html = pages.get(path);
  if (html === undefined) {
    const file = join(DIST, path, 'index.html');
    html = existsSync(file) ? readFileSync(file, 'utf8').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&') : '';
    pages.set(path, html);
  }
  return html;
}

beforeAll(() => {
  const res = loadDataset(resolve(process.env.DATA_DIR ?? 'data'));
  if (!res.model) throw new Error('data does not validate');
  model = res.model;
});

describe('place pages', () => {
  it('has a page with the right name for each of the 34 provinces and every commune', () => {
    expect(model.provinces).toHaveLength(34);
    const missing: string[] = [];
    for (const p of [...model.provinces, ...model.communes]) {
      const html = page(placePath(p)!);
      if (!html.includes(`<h1`) || !html.includes(p.fullName)) missing.push(`${p.code} ${p.fullName}`);
    }
    expect(missing).toEqual([]);
  });

  it('names every former unit of the crosswalk on its successor page', () => {
    const missing: string[] = [];
    for (const [formerKey, links] of model.successors) {
      const former = model.places.get(formerKey)!;
      for (const l of links) {
        const successor = model.places.get(l.key)!;
        if (!page(placePath(successor)!).includes(placeLabel(former))) missing.push(`${former.fullName} → ${successor.fullName}`);
      }
    }
    expect(missing.slice(0, 10)).toEqual([]);
  });
});

/**
 * The pages a figure must appear on: its current place's page (or its successors'); the nation's
 * figures are on their indicator pages (the national page is an overview that links to them).
 */
function pagesOf(o: Observation): string[] {
  const place = model.places.get(o.placeKey)!;
  if (place.level === 'national') return [`/chi-tieu/${o.indicatorId}/`];
  return currentPlacesOf(model, place).map((p) => placePath(p)!);
}

/** How a page links a figure to its row: the data file at that line in the repository. */
const rowLink = (o: Observation) => `${o.origin.file}#L${o.origin.line}`;

describe('figures', () => {
  it('shows every figure on the page of its place or successor, with its source link and data row', () => {
    const missing: string[] = [];
    for (const o of model.observations) {
      for (const path of pagesOf(o)) {
        const html = page(path);
        if (!html.includes(rowLink(o)) || !html.includes(`/van-ban/${o.sourceId}/`)) missing.push(`${o.id} → ${path}`);
      }
    }
    expect(missing.slice(0, 10)).toEqual([]);
  });

  it('shows every figure on its indicator page or counts it there', () => {
    const missing: string[] = [];
    for (const o of model.observations) {
      const html = page(`/chi-tieu/${o.indicatorId}/`);
      const level = model.places.get(o.placeKey)!.level;
      const counted = (level === 'commune' || level === 'former_commune') && html.includes('commune-summary');
      if (!counted && !html.includes(rowLink(o))) missing.push(`${o.id} → /chi-tieu/${o.indicatorId}/`);
    }
    expect(missing.slice(0, 10)).toEqual([]);
  });
});

describe('Huyện Hoa Lư', () => {
  it('is named as itself on the page of Tỉnh Ninh Bình, and on no commune page', () => {
    expect(page('/tinh/37/')).toContain('Huyện Hoa Lư (cũ)');
    expect(page('/tinh/37/')).not.toContain('Thành phố Hoa Lư (cũ), tỉnh Ninh Bình (');
    for (const c of model.communesByProvince.get('province:37') ?? []) expect(page(placePath(c)!), c.fullName).not.toContain('Huyện Hoa Lư');
  });
});
