import { describe, expect, it } from 'vitest';
import { figureView } from '../../../src/lib/present/figures.ts';
import { DATASETS, model } from '../export/helpers.ts';

describe('a figure as printed', () => {
  const m = model(DATASETS.real);
  const o = m.observations.find((x) => x.kind === 'result' && x.year !== null)!;

  it('names its unit, year, source and data row', () => {
    const v = figureView(m, o);
    expect(v.yearText).toBe(String(o.year));
    expect(v.placeLabel).toContain(m.places.get(o.placeKey)!.fullName);
    expect(v.row.text).toMatch(/^Dòng \d+, tệp .+\.csv$/);
    expect(v.publishedText).toBeUndefined();
  });

  it('shows how the source wrote it, when the row keeps that', () => {
    const v = figureView(m, { ...o, valueAsPublished: '24,464 tỷ đồng' });
    expect(v.publishedText).toBe('nguồn viết: 24,464 tỷ đồng');
  });
});
