/** What each page gives Pagefind, on the small dataset (Lai Châu and Huế). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { indicatorRecord, newsRecord, placeRecord, sourceRecord } from '../../../src/lib/outputs/search/record.ts';

const { model } = loadDataset(resolve('tests/fixtures/datasets/small'));
const m = model!;

describe('search records', () => {
  it('a commune: own names, province, former units with their districts', () => {
    const r = placeRecord(m, m.places.get('commune:19885')!);
    expect(r).toMatchObject({ title: 'Xã Đan Điền', kind: 'xa', province: '46' });
    expect(r.names).toBe('Đan Điền Dan Dien dandien');
    expect(r.provinceNames).toBe('Huế');
    expect(r.formerNames.split(' ')).toEqual(expect.arrayContaining(['Quảng', 'Vinh', 'Thái', 'Lợi']));
    expect(r.formerDistricts).toBe('Quảng Điền Dien quangdien');
    expect(r.formerProvinces).toBe('Huế');
    expect(r.types.split(' ')).toEqual(expect.arrayContaining(['Xã', 'Thành', 'phố', 'Huyện']));
    expect(r.data?.f).toContainEqual(['Xã', 'Quảng Vinh', 'Huyện', 'Quảng Điền', 'Thành phố', 'Huế', 'full', expect.any(String), expect.any(String)]);
    expect(r.body[0]).toEqual({ text: 'Đan Điền Dan Dien', weight: 10 });
  });

  it('a news post: its title and summary as text, kind tin-tuc, no unit names (place ranking untouched)', () => {
    const r = newsRecord({ slug: '2026-12-01-bao-cao', title: 'Báo cáo năm của Đồng Nai', date: '2026-12-01', summary: 'Tóm tắt.', placeKeys: [], indicatorIds: [], file: 'tin-tuc/x.mdx' });
    expect(r).toMatchObject({ title: 'Báo cáo năm của Đồng Nai', kind: 'tin-tuc', names: '', types: '' });
    expect(r.body).toEqual([{ text: 'Báo cáo năm của Đồng Nai Dong', weight: 6 }, { text: 'Tóm tắt.', weight: 1 }]);
  });

  it('a province: its former provinces', () => {
    const r = placeRecord(m, m.places.get('province:46')!);
    expect(r).toMatchObject({ kind: 'tinh', province: '46', provinceNames: '' });
    expect(r.data?.p).toBeUndefined();
  });

  it('a document: its number as typed with and without "đ"', () => {
    const r = sourceRecord(m.sourceById.get('qd-387-2022')!);
    expect(r.kind).toBe('van-ban');
    expect(r.names).toContain('387/QĐ-TTg 387/QD-TTg');
    expect(r.body[0]).toEqual({ text: '387/QĐ-TTg 387/QD-TTg', weight: 10 });
  });

  it('an indicator: name and definition', () => {
    const ind = m.indicators[0]!;
    const r = indicatorRecord(ind);
    expect(r).toMatchObject({ title: ind.nameVi, kind: 'chi-tieu' });
    expect(r.body.map((b) => b.text).join(' ')).toContain(ind.definition.slice(0, 20));
  });
});
