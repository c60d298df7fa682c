/**
 * The compare page reads the API files as a browser would (JSON text, parsed): every figure it
 * prints is a figure of the file under the name of its unit, every status is the file's own.
 */
import { describe, expect, it } from 'vitest';
import { apiIndex, placeApi, formerApiPlaces } from '../../../src/lib/outputs/export/api.ts';
import { compareView, type ComparedPlace } from '../../../src/lib/page-models/compare-page.ts';
import type { ApiIndexFile, ApiPlaceFile } from '../../../src/lib/page-models/compare-api.ts';
import { compareSlug } from '../../../src/lib/site/compare-url.ts';
import type { Place } from '../../../src/lib/data/model.ts';
import { t } from '../../../src/i18n/index.ts';
import { DATASETS, model, pageUrl } from '../export/helpers.ts';

const ctx = { version: '0a21a09', date: '2026-11-23', illustrative: false, url: pageUrl };
const m = model(DATASETS.real);
const index = JSON.parse(JSON.stringify(apiIndex(m, ctx, m.dataset.name))) as ApiIndexFile;
const file = (p: Place): ComparedPlace => ({ slug: compareSlug(p)!, file: JSON.parse(JSON.stringify(placeApi(m, p, ctx))) as ApiPlaceFile });

describe('compare view (real data)', () => {
  it('shows Vĩnh Long and Hà Nội with figures, each under the name of its unit', () => {
    const places = [file(m.places.get('province:86')!), file(m.places.get('province:01')!)];
    const view = compareView(places, index);
    expect(view.places.map((p) => [p.slug, p.label, p.href])).toEqual([
      ['tinh-86', 'Tỉnh Vĩnh Long', '/xhht/tinh/86/'],
      ['tinh-01', 'Thành phố Hà Nội', '/xhht/tinh/01/'],
    ]);
    expect(view.indicators.length).toBeGreaterThan(0);
    const families = view.indicators.find((i) => i.id === 'learning_families_pct')!;
    const hanoi = families.cells[1]!.entries[0]!;
    expect([hanoi.whose, hanoi.valueText, hanoi.yearText, hanoi.badge?.status]).toEqual([undefined, 'hơn 67%', '2025', 'not_yet_achieved']);
    expect(hanoi.targetText).toBe('Mục tiêu năm 2025: 70% — mục tiêu quốc gia');
    expect(hanoi.source?.href).toMatch(/^\/xhht\/van-ban\//);
    // Vĩnh Long's figures are those of its former provinces, named as such.
    const vl = view.indicators.flatMap((i) => i.cells[0]!.entries);
    expect(vl.length).toBeGreaterThan(0);
    for (const e of vl) expect(e.whose).toMatch(/^Số liệu của Tỉnh .+ \(cũ\)/);
  });

  it('takes every status from the file, own and former units alike', () => {
    for (const p of [m.nation, ...m.provinces, ...m.regions]) {
      const c = file(p);
      const view = compareView([c, file(m.nation)], index);
      const printed = view.indicators.flatMap((i) => i.cells[0]!.entries).filter((e) => e.badge).map((e) => e.badge!.status);
      const inFile = [...c.file.assessments, ...(c.file.former_unit_assessments ?? [])]
        .filter((a) => view.indicators.some((i) => i.id === a.indicator))
        .filter((a) => a.latest ?? a.context ?? c.file.figures.some((f) => f.indicator === a.indicator && f.kind === 'result'))
        .map((a) => a.status);
      expect(printed.sort(), p.key).toEqual(inFile.sort());
    }
  });

  it('compares former units through their own files', () => {
    const formers = formerApiPlaces(m);
    expect(formers.length).toBeGreaterThan(0);
    const view = compareView([file(formers[0]!), file(formers[1]!)], index);
    expect(view.places[0]!.label).toContain(t('place.formerLabel', { name: formers[0]!.fullName }));
    expect(view.places[0]!.href).toMatch(/#cu-(tinh|huyen|xa)-/);
  });

  it('titles a chart with exactly the units it plots', () => {
    const view = compareView([file(m.places.get('province:86')!), file(m.places.get('province:01')!)], index);
    const charted = view.indicators.filter((i) => i.chart);
    expect(charted.length).toBeGreaterThan(0);
    for (const ind of charted) {
      const units = ind.chart!.legend.map((l) => l.label).filter((l) => !l.startsWith('Số liệu ước lượng'));
      expect(ind.chart!.title, ind.id).toBe(`${ind.name} — ${units.length === 1 ? units[0] : units.join(', ').replace(/, ([^,]*)$/, ' và $1')}`);
    }
  });

  it('draws a combined chart only when a series has figures of two years', () => {
    const all = [m.nation, ...m.provinces].map(file);
    for (let i = 0; i + 1 < all.length; i += 2) {
      for (const ind of compareView([all[i]!, all[i + 1]!], index).indicators) {
        const years = ind.cells.flatMap((c) => c.entries).length;
        if (ind.chart) {
          expect(years).toBeGreaterThan(0);
          expect(ind.chart.svg).toContain('<svg');
          expect(ind.chart.title).toContain(ind.name);
        }
      }
    }
  });
});

describe('comparison in words on place pages (no JavaScript needed)', () => {
  it('says the nation’s latest figure with its year when it has none of the same year, without comparing', async () => {
    const { progressOfPlace } = await import('../../../src/lib/model/progress/place-progress.ts');
    const { compareSentence } = await import('../../../src/lib/present/progress/compare.ts');
    const e = progressOfPlace(m, m.places.get('province:01')!, m.indicatorById.get('learning_families_pct')!)[0]!;
    expect(compareSentence(m, e)).toBe(
      'Năm 2025: hơn 67% — mức chung của cả nước gần nhất là 72,77% (năm 2020); còn thiếu 3 điểm phần trăm so với mục tiêu năm 2025 (70%) (theo số gần đúng).',
    );
  });
});
