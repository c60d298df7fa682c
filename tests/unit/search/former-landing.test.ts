/** The line a current unit's page shows when opened at one of its former units (small dataset: Huế). */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/load-dataset.ts';
import { formerLandingLines } from '../../../src/lib/page-models/former-landing.ts';
import { placeRecord } from '../../../src/lib/outputs/search/record.ts';

const m = loadDataset(resolve('tests/fixtures/datasets/small')).model!;
const danDien = m.places.get('commune:19885')!;

describe('formerLandingLines', () => {
  it('names each former commune with its district and province, and what it is now part of', () => {
    const lines = formerLandingLines(m, danDien);
    expect(lines).toContainEqual({ id: 'cu-xa-19885', text: 'Xã Quảng Vinh (cũ), huyện Quảng Điền, thành phố Huế, nay thuộc Xã Đan Điền.', others: [] });
  });

  it('names the former district with its communes that went into this unit', () => {
    const line = formerLandingLines(m, danDien).find((l) => l.id === 'cu-huyen-477')!;
    expect(line.text).toBe('Huyện Quảng Điền (cũ), thành phố Huế: Xã Quảng Lợi (cũ), Xã Quảng Phú (cũ), Xã Quảng Thái (cũ), Xã Quảng Vinh (cũ) nay thuộc Xã Đan Điền.');
  });

  it('gives every line its own id, the one the search record links to', () => {
    const lines = formerLandingLines(m, danDien);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    const record = placeRecord(m, danDien);
    for (const f of record.data!.f!) {
      expect(lines.map((l) => l.id)).toContain(f[7]);
      expect(lines.map((l) => l.id)).toContain(f[8]);
    }
  });

  it('has nothing for the nation', () => {
    expect(formerLandingLines(m, m.nation)).toEqual([]);
  });
});
