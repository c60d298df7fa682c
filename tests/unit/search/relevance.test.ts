/**
 * Which pages a query is answered with, and in which order across kinds of pages: places the
 * query names, places whose names make it up, other pages by title or text, places named in
 * part; pages the words do not name are left out (Pagefind answers "xyzqw" with pages holding "xy").
 */
import { describe, expect, it } from 'vitest';
import { rerank, RELEVANCE, TIER } from '../../../src/lib/outputs/search/rerank.ts';
import type { PageText } from '../../../src/lib/outputs/search/relevance.ts';
import type { FormerTuple, ResultData } from '../../../src/lib/outputs/search/result-data.ts';

interface Page {
  data?: ResultData;
  text?: PageText;
}
const former = (type: string, name: string, dType: string, district: string, province: string, code: string): FormerTuple => [type, name, dType, district, 'Tỉnh', province, 'full', `cu-xa-${code}`, `cu-huyen-${code}`];
const place = (t: string, n: string, province: string, f: FormerTuple[] = []): Page => ({ data: { t, n, p: ['Tỉnh', province], f } });
const prose = (title: string, content: string): Page => ({ data: { t: '', n: title }, text: { title, content } });
const run = (q: string, pages: Page[]) => rerank(q, pages, (p) => p.data, (p) => p.text ?? { title: p.data?.n ?? '', content: '' });
const items = (q: string, pages: Page[]) => run(q, pages).map((r) => r.item);

const SA_PA = place('Phường', 'Sa Pa', 'Lào Cai');
const LONG_SAP = place('Xã', 'Lóng Sập', 'Sơn La');
const DAK_LAK: Page = { data: { t: 'Tỉnh', n: 'Đắk Lắk' } };
const EA_NA = place('Xã', 'Ea Na', 'Đắk Lắk');
const A_DOI = place('Xã', 'A Dơi', 'Quảng Trị', [former('Xã', 'Xy', 'Huyện', 'Hướng Hóa', 'Quảng Trị', '19480')]);
const METHOD = prose('Phương pháp tính tiến độ', 'phường 5 có 3 chỉ tiêu liên quan đến thành phố, tính theo phương pháp');
const BAN_CO = place('Phường', 'Bàn Cờ', 'Hồ Chí Minh', [former('Phường', '5', 'Quận', '3', 'Hồ Chí Minh', '27151')]);
const VUNG_TAU = place('Phường', 'Vũng Tàu', 'Hồ Chí Minh', [former('Phường', '5', 'Thành phố', 'Vũng Tàu', 'Bà Rịa - Vũng Tàu', '26500'), former('Phường', '3', 'Thành phố', 'Vũng Tàu', 'Bà Rịa - Vũng Tàu', '26501')]);
const BAC_LIEU = place('Phường', 'Bạc Liêu', 'Cà Mau', [former('Phường', '7', 'Thành phố', 'Bạc Liêu', 'Bạc Liêu', '31825'), former('Phường', '3', 'Thành phố', 'Bạc Liêu', 'Bạc Liêu', '31826')]);
const NAM_SAM_SON = place('Phường', 'Nam Sầm Sơn', 'Thanh Hóa', [former('Phường', 'Quảng Vinh', 'Thành phố', 'Sầm Sơn', 'Thanh Hóa', '16534')]);

describe('names typed as one word', () => {
  it('"sapa" and "thi tran sapa" name Phường Sa Pa, not Lóng Sập', () => {
    for (const q of ['sapa', 'thi tran sapa', 'Sa Pa']) {
      const out = run(q, [LONG_SAP, SA_PA]);
      expect(out.map((r) => r.item), q).toEqual([SA_PA]);
      expect(out[0]!.match.tier, q).toBe(TIER.current);
    }
  });

  it('"daklak", "dac lac" name the province first, then its communes', () => {
    for (const q of ['daklak', 'dac lac', 'Đắk Lắk', 'tinh daklak']) expect(items(q, [EA_NA, DAK_LAK]), q).toEqual([DAK_LAK, EA_NA]);
    expect(run('daklak', [EA_NA])[0]!.match.relevance).toBe(RELEVANCE.related);
  });
});

describe('queries whose words name nothing', () => {
  it('leaves out every page for nonsense, even those Pagefind found by a beginning of the word', () => {
    expect(run('xyzqw', [A_DOI, METHOD])).toEqual([]);
    expect(run('xã xyzqw', [A_DOI, METHOD])).toEqual([]);
  });

  it('does not take a number alone for a place: "phuong 7 quan 3" is no Phường 7 of Bạc Liêu', () => {
    expect(run('phuong 7 quan 3', [BAC_LIEU, METHOD])).toEqual([]);
    expect(run('phường 7', [BAC_LIEU])[0]?.match.tier).toBe(TIER.former);
  });
});

describe('places named in part', () => {
  it('keeps the former unit the query names, its line, and the words that name nothing of it', () => {
    const [hit] = run('quang vinh quang xuong', [NAM_SAM_SON]);
    expect(hit?.match).toMatchObject({ tier: TIER.partial, relevance: RELEVANCE.partial, via: TIER.former, missing: ['quang', 'xuong'] });
    expect(hit?.match.former?.[1]).toBe('Quảng Vinh');
    expect(run('quang vinh sam son', [NAM_SAM_SON])[0]?.match).toMatchObject({ tier: TIER.former, relevance: RELEVANCE.named });
  });
});

describe('prose pages', () => {
  it('rank below every place the query names, and an address finds no prose by its ordinary words', () => {
    expect(items('P.5, Q.3, TP.HCM', [METHOD, VUNG_TAU, BAN_CO])).toEqual([BAN_CO]);
    expect(items('phuong phap', [METHOD])).toEqual([METHOD]);
    // A query without type words finds prose by its text, after the places it names.
    const chiTieu = place('Xã', 'Chỉ Tiêu', 'Hà Nội');
    expect(items('chi tieu', [METHOD, chiTieu])).toEqual([chiTieu, METHOD]);
  });
});
