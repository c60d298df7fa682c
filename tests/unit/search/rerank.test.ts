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
const NAM_SAM_SON = commune('Nam Sầm Sơn', 'Thanh Hóa', [['Phường', 'Quảng Vinh', 'Thành phố', 'Sầm Sơn', 'Tỉnh', 'Thanh Hóa', 'full', 'cu-xa-16522', 'cu-huyen-380']]);
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
    expect(explains(['tay', 'ninh'], [['tay', 'ninh']], false)).toBe('whole');
    expect(explains(['tay', 'tay', 'ninh'], [['tay', 'ninh']], false)).toBe(false);
    expect(explains(['dong', 'n'], [['dong', 'nai']], true)).toBe('whole');
    expect(explains(['tinh'], [['dong', 'nai']], true)).toBe('open');
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

  it('reads an address with commas, type words and abbreviations', () => {
    expect(match('Xã Tân Phú, Tỉnh Đồng Nai', TAN_PHU_DN)).toMatchObject({ tier: TIER.current, exact: true });
    expect(match('x. tan phu, dong nai', TAN_PHU_DN).tier).toBe(TIER.current);
    expect(match('P. Quảng Vinh, TP. Sầm Sơn', NAM_SAM_SON).tier).toBe(TIER.former);
    // A name does not run across a comma: "tân, phú" is two parts.
    expect(match('tân, phú đồng nai', TAN_PHU_DN).tier).toBe(TIER.none);
  });

  it('takes "d" typed for "đ" as a missing diacritic', () => {
    const dongTam = commune('Đồng Tâm', 'Hà Nội');
    expect(match('Dồng Tâm', dongTam)).toMatchObject({ tier: TIER.current, exact: false });
    expect(match('Đồng Tâm', dongTam)).toMatchObject({ tier: TIER.current, exact: true });
    expect(match('Đông Tâm', dongTam).tier).toBe(TIER.partial);
  });

  it('marks a type word that is not the unit\'s, and a trailing type word as unfinished', () => {
    const ward = { t: 'Phường', n: 'Tân Phú', p: ['Tỉnh', 'Đồng Nai'] } as ResultData;
    expect(match('xã tân phú đồng nai', ward).typeConflict).toBe(true);
    expect(match('phường tân phú đồng nai', ward).typeConflict).toBeUndefined();
    expect(match('tan phu dong nai tinh', TAN_PHU_DN)).toMatchObject({ tier: TIER.current, complete: false });
  });

  it('takes "tỉnh" and "thành phố" as the same for a province', () => {
    const dongNai: ResultData = { t: 'Thành phố', n: 'Đồng Nai' };
    expect(match('tỉnh đồng nai', dongNai)).toMatchObject({ tier: TIER.current, province: true });
    expect(match('tỉnh đồng nai', dongNai).typeConflict).toBeUndefined();
  });

  it('accepts a name cut short by the end of the query, after whole names', () => {
    const m = match('tan ph', TAN_PHU_DN);
    expect(m).toMatchObject({ tier: TIER.current, complete: false });
  });
});

describe('rerank', () => {
  it('puts the named place first, then places named in part, and leaves out places the words do not name', () => {
    // Pagefind finds Phước Tân for "tan phu dong nai" ("phu" begins "phước"): not an answer.
    const list = [PHUOC_TAN_DN, TAN_PHU_PT, NAM_SAM_SON, TAN_PHU_DN];
    const out = rerank('tan phu dong nai', list, (d) => d).map((r) => r.item);
    expect(out).toEqual([TAN_PHU_DN, TAN_PHU_PT]);
  });

  it('puts the unit of the type typed first, and a province before a commune of its name', () => {
    const ward: ResultData = { t: 'Phường', n: 'Tân Phú', p: ['Tỉnh', 'Đồng Nai'] };
    expect(rerank('xã tân phú, tỉnh đồng nai', [ward, TAN_PHU_DN], (d) => d).map((r) => r.item)).toEqual([TAN_PHU_DN, ward]);
    const province: ResultData = { t: 'Tỉnh', n: 'Ninh Bình', f: [['Tỉnh', 'Hà Nam', '', '', '', '', 'full', '35', '']] };
    const wardHaNam: ResultData = { t: 'Phường', n: 'Hà Nam', p: ['Tỉnh', 'Hưng Yên'] };
    expect(rerank('hà nam', [wardHaNam, province], (d) => d).map((r) => r.item)).toEqual([province, wardHaNam]);
    expect(rerank('phường hà nam', [province, wardHaNam], (d) => d).map((r) => r.item)).toEqual([wardHaNam, province]);
  });

  it('ranks whole names before names the query cuts short', () => {
    const tanPhuoc = commune('Tân Phước', 'Đồng Nai');
    const out = rerank('tan phu', [tanPhuoc, NAM_SAM_SON, TAN_PHU_PT], (d) => d).map((r) => r.item);
    expect(out).toEqual([TAN_PHU_PT, tanPhuoc]);
  });
});
