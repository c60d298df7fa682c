/**
 * The re-ranker on hand-made result records: how a query names a place (current name, former
 * name, district), diacritics typed, tone placement, type words, queries still being typed.
 */
import { describe, expect, it } from 'vitest';
import { explains, matchPage, rerank, TIER, toneKey } from '../../../src/lib/outputs/search/rerank.ts';
import { tokenize } from '../../../src/lib/outputs/search/query.ts';
import type { ResultData } from '../../../src/lib/outputs/search/result-data.ts';

const commune = (n: string, province: string, f: ResultData['f'] = []): ResultData => ({ t: 'Xã', n, p: ['Tỉnh', province], f });
const TAN_PHU_DN = commune('Tân Phú', 'Đồng Nai');
const PHUOC_TAN_DN = commune('Phước Tân', 'Đồng Nai');
const TAN_PHU_PT = commune('Tân Phú', 'Phú Thọ');
const NAM_SAM_SON = commune('Nam Sầm Sơn', 'Thanh Hóa', [['Phường', 'Quảng Vinh', 'Thành phố', 'Sầm Sơn', 'Tỉnh', 'Thanh Hóa', 'full']]);
const match = (q: string, d: ResultData) => matchPage(tokenize(q), d);

describe('matchPage', () => {
  it('current name with its province, without diacritics', () => {
    expect(match('tan phu dong nai', TAN_PHU_DN).tier).toBe(TIER.current);
    expect(match('tan phu dong nai', PHUOC_TAN_DN).tier).toBe(TIER.none);
    expect(match('tan phu dong nai', TAN_PHU_PT).tier).toBe(TIER.partial);
  });

  it('lets type words stand anywhere and the province come first', () => {
    expect(match('xã tân phú tỉnh đồng nai', TAN_PHU_DN).tier).toBe(TIER.current);
    expect(match('dong nai tan phu', TAN_PHU_DN).tier).toBe(TIER.current);
  });

  it('needs whole context names: "tay tay ninh" is not "Tây Ninh"', () => {
    expect(explains(['tay', 'ninh'], [['tay', 'ninh']], false)).toBe(true);
    expect(explains(['tay', 'tay', 'ninh'], [['tay', 'ninh']], false)).toBe(false);
    expect(explains(['dong', 'n'], [['dong', 'nai']], true)).toBe(true);
  });

  it('former name with its former district, and the district alone', () => {
    const m = match('quang vinh sam son', NAM_SAM_SON);
    expect(m.tier).toBe(TIER.former);
    expect(m.former?.[1]).toBe('Quảng Vinh');
    expect(match('thanh pho sam son', NAM_SAM_SON).tier).toBe(TIER.formerDistrict);
    expect(match('xa quang vinh cu', NAM_SAM_SON).tier).toBe(TIER.former);
  });

  it('respects the diacritics typed, word by word', () => {
    const vinh = commune('Vinh An', 'Nghệ An');
    const vinhTilde = commune('Vĩnh An', 'Nghệ An');
    expect(match('Vĩnh An', vinhTilde)).toMatchObject({ tier: TIER.current, exact: true });
    expect(match('Vĩnh An', vinh).tier).toBe(TIER.partial);
    expect(match('vinh an', vinh).tier).toBe(TIER.current);
    expect(match('vinh an', vinhTilde).tier).toBe(TIER.current);
  });

  it('takes old and new tone placement as the same word', () => {
    expect(toneKey('hoá')).toBe(toneKey('hóa'));
    expect(toneKey('hoà')).not.toBe(toneKey('hóa'));
    expect(match('Thanh Hoá', { t: 'Tỉnh', n: 'Thanh Hóa' })).toMatchObject({ tier: TIER.current, exact: true });
  });

  it('reads NFD input like NFC', () => {
    expect(match('Tân Phú Đồng Nai'.normalize('NFD'), TAN_PHU_DN)).toMatchObject({ tier: TIER.current, exact: true });
  });

  it('accepts a name cut short by the end of the query, after whole names', () => {
    const m = match('tan ph', TAN_PHU_DN);
    expect(m).toMatchObject({ tier: TIER.current, complete: false });
  });
});

describe('rerank', () => {
  it('puts the named place first and keeps Pagefind order otherwise', () => {
    const list = [PHUOC_TAN_DN, TAN_PHU_PT, NAM_SAM_SON, TAN_PHU_DN];
    const out = rerank('tan phu dong nai', list, (d) => d).map((r) => r.item);
    expect(out).toEqual([TAN_PHU_DN, TAN_PHU_PT, PHUOC_TAN_DN, NAM_SAM_SON]);
  });

  it('ranks whole names before names the query cuts short', () => {
    const tanPhuoc = commune('Tân Phước', 'Đồng Nai');
    const out = rerank('tan phu', [tanPhuoc, NAM_SAM_SON, TAN_PHU_PT], (d) => d).map((r) => r.item);
    expect(out).toEqual([TAN_PHU_PT, tanPhuoc, NAM_SAM_SON]);
  });
});
